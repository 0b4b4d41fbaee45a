-- PostgreSQL: officers' addresses, like every other table, are only ever added to.

CREATE FUNCTION briefgen_officer_addresses_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'the archive is append-only: % cannot be changed or removed', TG_TABLE_NAME;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER officer_addresses_append_only BEFORE UPDATE OR DELETE ON officer_addresses
    FOR EACH ROW EXECUTE FUNCTION briefgen_officer_addresses_append_only();
