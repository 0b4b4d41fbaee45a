-- The bytes of recorded files, kept in the archive itself, each content once, by its SHA-256
-- (the letter_files and responses rows name them by their sha256). Append-only, as every table.

CREATE TABLE blobs (
    sha256   CHAR(64) NOT NULL PRIMARY KEY,
    size     BIGINT   NOT NULL,
    content  BYTEA    NOT NULL
);

CREATE TRIGGER blobs_no_update BEFORE UPDATE ON blobs
    FOR EACH ROW EXECUTE FUNCTION briefgen_append_only('a stored file cannot be changed');

CREATE TRIGGER blobs_no_delete BEFORE DELETE ON blobs
    FOR EACH ROW EXECUTE FUNCTION briefgen_append_only('a stored file cannot be removed');

CREATE TRIGGER blobs_no_truncate BEFORE TRUNCATE ON blobs
    FOR EACH STATEMENT EXECUTE FUNCTION briefgen_append_only('stored files cannot be removed');

CREATE TRIGGER settings_no_update BEFORE UPDATE ON settings
    FOR EACH ROW EXECUTE FUNCTION briefgen_append_only('a setting cannot be changed');

CREATE TRIGGER settings_no_delete BEFORE DELETE ON settings
    FOR EACH ROW EXECUTE FUNCTION briefgen_append_only('a setting cannot be removed');
