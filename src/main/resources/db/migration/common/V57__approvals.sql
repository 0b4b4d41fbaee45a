-- Four eyes (issue 28). approvals: an officer's approval or rejection of a campaign's letters as they
-- would then have been issued, a hash chain of its own like the others. letters is JSON: per letter
-- its recipient, the reference it would take, what it corrects or chases, the SHA-256 of its rendered
-- files and of its data, templates and house style, and its words (for the workbench's comparison);
-- briefing_sha256 is the research briefing's (null: none). Only ever added to.
CREATE TABLE approvals (
    entry_no          INTEGER       NOT NULL PRIMARY KEY,
    campaign          VARCHAR(200)  NOT NULL,
    decision          VARCHAR(20)   NOT NULL,
    officer           VARCHAR(200)  NOT NULL,
    comment           VARCHAR(4000),
    briefing_sha256   CHAR(64),
    letters           TEXT          NOT NULL,
    recorded_at       VARCHAR(40)   NOT NULL,
    previous_sha256   CHAR(64)      NOT NULL,
    row_sha256        CHAR(64)      NOT NULL,
    CONSTRAINT approvals_decision CHECK (decision IN ('approved', 'rejected'))
);

-- An officer's role (officer, approver, admin), in the officers' chain: a role change is a new row
-- with the same password hash; the latest row counts. Rows from before roles have none (officer), and
-- keep their hashes: the role is hashed only when set.
ALTER TABLE officers ADD COLUMN role VARCHAR(20);
