-- SQLite: approvals and rejections, like every other table, are only ever added to.

CREATE TRIGGER approvals_no_update BEFORE UPDATE ON approvals
BEGIN
    SELECT RAISE(ABORT, 'the archive is append-only: an approval cannot be changed');
END;

CREATE TRIGGER approvals_no_delete BEFORE DELETE ON approvals
BEGIN
    SELECT RAISE(ABORT, 'the archive is append-only: an approval cannot be removed');
END;
