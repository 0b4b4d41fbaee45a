-- The officers' table joins the archive's hash chains: each row carries the hash of the row before it
-- and its own, as letters, responses, deliveries and inbox messages do. The rows already there are
-- hashed once, in order, by the Java migration that follows (56, OfficerChainMigration): plain SQL
-- cannot compute SHA-256 on SQLite. New rows always have both.

ALTER TABLE officers ADD COLUMN previous_sha256 CHAR(64);

ALTER TABLE officers ADD COLUMN row_sha256 CHAR(64);
