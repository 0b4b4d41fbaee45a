-- SQLite: the messages set aside, like every other table, are only ever added to.

CREATE TRIGGER dismissed_messages_no_update BEFORE UPDATE ON dismissed_messages
BEGIN
    SELECT RAISE(ABORT, 'the archive is append-only: a message set aside cannot be changed');
END;

CREATE TRIGGER dismissed_messages_no_delete BEFORE DELETE ON dismissed_messages
BEGIN
    SELECT RAISE(ABORT, 'the archive is append-only: a message set aside cannot be removed');
END;
