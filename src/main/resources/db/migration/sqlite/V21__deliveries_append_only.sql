-- SQLite: deliveries and inbox messages, like every other table, are only ever added to.

CREATE TRIGGER deliveries_no_update BEFORE UPDATE ON deliveries
BEGIN
    SELECT RAISE(ABORT, 'the archive is append-only: a delivery cannot be changed');
END;

CREATE TRIGGER deliveries_no_delete BEFORE DELETE ON deliveries
BEGIN
    SELECT RAISE(ABORT, 'the archive is append-only: a delivery cannot be removed');
END;

CREATE TRIGGER inbox_messages_no_update BEFORE UPDATE ON inbox_messages
BEGIN
    SELECT RAISE(ABORT, 'the archive is append-only: a recorded message cannot be changed');
END;

CREATE TRIGGER inbox_messages_no_delete BEFORE DELETE ON inbox_messages
BEGIN
    SELECT RAISE(ABORT, 'the archive is append-only: a recorded message cannot be removed');
END;
