-- SQLite: officers' addresses, like every other table, are only ever added to.

CREATE TRIGGER officer_addresses_no_update BEFORE UPDATE ON officer_addresses
BEGIN
    SELECT RAISE(ABORT, 'the archive is append-only: an officer''s address cannot be changed in place');
END;

CREATE TRIGGER officer_addresses_no_delete BEFORE DELETE ON officer_addresses
BEGIN
    SELECT RAISE(ABORT, 'the archive is append-only: an officer''s address cannot be removed');
END;
