-- Inbox messages that named no letter and that an officer set aside (issue 24): the inbox no longer
-- lists them as waiting. Each once by its Message-ID, with who set it aside and when; only ever added
-- to, a hash chain of its own like the others.
CREATE TABLE dismissed_messages (
    entry_no          INTEGER       NOT NULL PRIMARY KEY,
    message_id        VARCHAR(1000) NOT NULL UNIQUE,
    sender            VARCHAR(1000) NOT NULL,
    subject           VARCHAR(1000) NOT NULL,
    reason            VARCHAR(4000) NOT NULL,
    officer           VARCHAR(200)  NOT NULL,
    comment           VARCHAR(4000),
    recorded_at       VARCHAR(40)   NOT NULL,
    previous_sha256   CHAR(64)      NOT NULL,
    row_sha256        CHAR(64)      NOT NULL
);
