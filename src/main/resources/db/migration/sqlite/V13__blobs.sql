-- The bytes of recorded files, kept in the archive itself, each content once, by its SHA-256
-- (the letter_files and responses rows name them by their sha256). Append-only, as every table.

CREATE TABLE blobs (
    sha256   CHAR(64) NOT NULL PRIMARY KEY,
    size     BIGINT   NOT NULL,
    content  BLOB     NOT NULL
);

CREATE TRIGGER blobs_no_update BEFORE UPDATE ON blobs
BEGIN
    SELECT RAISE(ABORT, 'the archive is append-only: a stored file cannot be changed');
END;

CREATE TRIGGER blobs_no_delete BEFORE DELETE ON blobs
BEGIN
    SELECT RAISE(ABORT, 'the archive is append-only: a stored file cannot be removed');
END;

CREATE TRIGGER settings_no_update BEFORE UPDATE ON settings
BEGIN
    SELECT RAISE(ABORT, 'the archive is append-only: a setting cannot be changed');
END;

CREATE TRIGGER settings_no_delete BEFORE DELETE ON settings
BEGIN
    SELECT RAISE(ABORT, 'the archive is append-only: a setting cannot be removed');
END;
