-- PostgreSQL: the archive refuses to change or remove a row, whoever asks (as db/migration/sqlite
-- does for SQLite). Only a superuser who disables the triggers can get past them; archive verify
-- then names the changed row, because its hash no longer matches.

CREATE FUNCTION briefgen_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the archive is append-only: %', TG_ARGV[0];
END;
$$;

CREATE TRIGGER letters_no_update BEFORE UPDATE ON letters
    FOR EACH ROW EXECUTE FUNCTION briefgen_append_only('an issued letter cannot be changed');

CREATE TRIGGER letters_no_delete BEFORE DELETE ON letters
    FOR EACH ROW EXECUTE FUNCTION briefgen_append_only('an issued letter cannot be removed');

CREATE TRIGGER letter_files_no_update BEFORE UPDATE ON letter_files
    FOR EACH ROW EXECUTE FUNCTION briefgen_append_only('a recorded file cannot be changed');

CREATE TRIGGER letter_files_no_delete BEFORE DELETE ON letter_files
    FOR EACH ROW EXECUTE FUNCTION briefgen_append_only('a recorded file cannot be removed');

CREATE TRIGGER responses_no_update BEFORE UPDATE ON responses
    FOR EACH ROW EXECUTE FUNCTION briefgen_append_only('a response cannot be changed');

CREATE TRIGGER responses_no_delete BEFORE DELETE ON responses
    FOR EACH ROW EXECUTE FUNCTION briefgen_append_only('a response cannot be removed');

-- TRUNCATE skips row triggers: it is refused too
CREATE TRIGGER letters_no_truncate BEFORE TRUNCATE ON letters
    FOR EACH STATEMENT EXECUTE FUNCTION briefgen_append_only('issued letters cannot be removed');

CREATE TRIGGER letter_files_no_truncate BEFORE TRUNCATE ON letter_files
    FOR EACH STATEMENT EXECUTE FUNCTION briefgen_append_only('recorded files cannot be removed');

CREATE TRIGGER responses_no_truncate BEFORE TRUNCATE ON responses
    FOR EACH STATEMENT EXECUTE FUNCTION briefgen_append_only('responses cannot be removed');
