-- PostgreSQL: the review list and its decisions, like every other table, are only ever added to.

CREATE TRIGGER review_messages_no_update BEFORE UPDATE ON review_messages
    FOR EACH ROW EXECUTE FUNCTION briefgen_append_only('a message held for review cannot be changed');

CREATE TRIGGER review_messages_no_delete BEFORE DELETE ON review_messages
    FOR EACH ROW EXECUTE FUNCTION briefgen_append_only('a message held for review cannot be removed');

CREATE TRIGGER review_messages_no_truncate BEFORE TRUNCATE ON review_messages
    FOR EACH STATEMENT EXECUTE FUNCTION briefgen_append_only('messages held for review cannot be removed');

CREATE TRIGGER review_decisions_no_update BEFORE UPDATE ON review_decisions
    FOR EACH ROW EXECUTE FUNCTION briefgen_append_only('a review decision cannot be changed');

CREATE TRIGGER review_decisions_no_delete BEFORE DELETE ON review_decisions
    FOR EACH ROW EXECUTE FUNCTION briefgen_append_only('a review decision cannot be removed');

CREATE TRIGGER review_decisions_no_truncate BEFORE TRUNCATE ON review_decisions
    FOR EACH STATEMENT EXECUTE FUNCTION briefgen_append_only('review decisions cannot be removed');
