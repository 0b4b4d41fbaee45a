-- SQLite: the review list and its decisions, like every other table, are only ever added to.

CREATE TRIGGER review_messages_no_update BEFORE UPDATE ON review_messages
BEGIN
    SELECT RAISE(ABORT, 'the archive is append-only: a message held for review cannot be changed');
END;

CREATE TRIGGER review_messages_no_delete BEFORE DELETE ON review_messages
BEGIN
    SELECT RAISE(ABORT, 'the archive is append-only: a message held for review cannot be removed');
END;

CREATE TRIGGER review_decisions_no_update BEFORE UPDATE ON review_decisions
BEGIN
    SELECT RAISE(ABORT, 'the archive is append-only: a review decision cannot be changed');
END;

CREATE TRIGGER review_decisions_no_delete BEFORE DELETE ON review_decisions
BEGIN
    SELECT RAISE(ABORT, 'the archive is append-only: a review decision cannot be removed');
END;
