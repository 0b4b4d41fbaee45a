-- SQLite: an officer's row is never changed or removed; a new password is a new row.

CREATE TRIGGER officers_no_update BEFORE UPDATE ON officers
BEGIN
    SELECT RAISE(ABORT, 'the archive is append-only: an officer''s row cannot be changed');
END;

CREATE TRIGGER officers_no_delete BEFORE DELETE ON officers
BEGIN
    SELECT RAISE(ABORT, 'the archive is append-only: an officer''s row cannot be removed');
END;
