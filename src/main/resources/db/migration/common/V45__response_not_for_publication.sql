-- Whether the company asked that a response be kept private (respond --not-for-publication, the
-- workbench's response form): the publication then says "responded (not for publication)" and never
-- shows its file or summary. 1 = not for publication. Rows recorded before the column existed get 0,
-- and their row hashes, computed without it, stay valid: RowHash includes the column only when it is 1.

ALTER TABLE responses ADD COLUMN not_for_publication INTEGER NOT NULL DEFAULT 0;
