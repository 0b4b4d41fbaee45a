-- PostgreSQL: approvals and rejections, like every other table, are only ever added to.

CREATE TRIGGER approvals_no_update BEFORE UPDATE ON approvals
    FOR EACH ROW EXECUTE FUNCTION briefgen_append_only('an approval cannot be changed');

CREATE TRIGGER approvals_no_delete BEFORE DELETE ON approvals
    FOR EACH ROW EXECUTE FUNCTION briefgen_append_only('an approval cannot be removed');

CREATE TRIGGER approvals_no_truncate BEFORE TRUNCATE ON approvals
    FOR EACH STATEMENT EXECUTE FUNCTION briefgen_append_only('approvals cannot be removed');
