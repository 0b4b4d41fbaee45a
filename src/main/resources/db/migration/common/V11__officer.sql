-- Who issued each letter and recorded each response (briefgen's --as, else the system's user).
-- Rows recorded before the column existed have none (NULL), and their row hashes, computed
-- without it, stay valid: RowHash includes the officer only when there is one.

ALTER TABLE letters ADD COLUMN officer VARCHAR(200);

ALTER TABLE responses ADD COLUMN officer VARCHAR(200);
