-- The version of the letter digest data_sha256 was computed with (LetterDigest.VERSION): a later
-- briefgen may hash a letter's data differently, and must not then call every older letter changed.
-- Letters recorded before the column existed were all hashed with version 1.

ALTER TABLE letters ADD COLUMN digest_version INTEGER NOT NULL DEFAULT 1;
