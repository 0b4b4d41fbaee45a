-- Who sent each letter's e-mail (briefgen send --as, the workbench's signed-in officer, else the
-- system's user), and who read the inbox a bounce came in. Rows recorded before the column existed
-- have none (NULL), and their row hashes, computed without it, stay valid: RowHash includes the
-- officer only when there is one.

ALTER TABLE deliveries ADD COLUMN officer VARCHAR(200);
