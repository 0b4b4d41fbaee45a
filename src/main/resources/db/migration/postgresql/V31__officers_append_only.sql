-- PostgreSQL: an officer's row is never changed or removed; a new password is a new row.

CREATE TRIGGER officers_no_update BEFORE UPDATE ON officers
    FOR EACH ROW EXECUTE FUNCTION briefgen_append_only('an officer''s row cannot be changed');

CREATE TRIGGER officers_no_delete BEFORE DELETE ON officers
    FOR EACH ROW EXECUTE FUNCTION briefgen_append_only('an officer''s row cannot be removed');

CREATE TRIGGER officers_no_truncate BEFORE TRUNCATE ON officers
    FOR EACH STATEMENT EXECUTE FUNCTION briefgen_append_only('officers cannot be removed');
