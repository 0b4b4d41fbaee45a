-- PostgreSQL: deliveries and inbox messages, like every other table, are only ever added to.

CREATE FUNCTION briefgen_deliveries_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'the archive is append-only: % cannot be changed or removed', TG_TABLE_NAME;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER deliveries_append_only BEFORE UPDATE OR DELETE ON deliveries
    FOR EACH ROW EXECUTE FUNCTION briefgen_deliveries_append_only();

CREATE TRIGGER inbox_messages_append_only BEFORE UPDATE OR DELETE ON inbox_messages
    FOR EACH ROW EXECUTE FUNCTION briefgen_deliveries_append_only();
