-- PostgreSQL: the messages set aside, like every other table, are only ever added to.

CREATE TRIGGER dismissed_messages_no_update BEFORE UPDATE ON dismissed_messages
    FOR EACH ROW EXECUTE FUNCTION briefgen_append_only('a message set aside cannot be changed');

CREATE TRIGGER dismissed_messages_no_delete BEFORE DELETE ON dismissed_messages
    FOR EACH ROW EXECUTE FUNCTION briefgen_append_only('a message set aside cannot be removed');

CREATE TRIGGER dismissed_messages_no_truncate BEFORE TRUNCATE ON dismissed_messages
    FOR EACH STATEMENT EXECUTE FUNCTION briefgen_append_only('messages set aside cannot be removed');
