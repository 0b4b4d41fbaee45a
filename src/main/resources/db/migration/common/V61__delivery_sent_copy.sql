-- What was handed to the server: send dates each message at the moment of the hand-over (its Date:
-- header; the issued .eml keeps the letter's date), so the bytes sent differ from the issued file's
-- in that header alone (and the draft mark X-Unsent, taken off). A 'sending' row records the moment
-- (sent_at, ISO-8601) and the SHA-256 of the bytes handed over (sent_sha256): archive verify makes
-- them again from the issued file and the moment and compares. Older rows have none (NULL), and
-- their row hashes, computed without them, stay valid: RowHash includes them only when there are.

ALTER TABLE deliveries ADD COLUMN sent_at VARCHAR(40);
ALTER TABLE deliveries ADD COLUMN sent_sha256 CHAR(64);
