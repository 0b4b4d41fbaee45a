-- The review list (issue 27): messages that name a letter but are not surely its company's reply (a
-- stranger's address, a sender the receiving server says failed DMARC, an unknown time of arrival).
-- They count for nothing until an officer confirms one ("this is Amazon UK's reply": recorded then as
-- the letter's response) or dismisses it. Both tables are only ever added to, each a hash chain of
-- its own like the others (row_sha256 over the row with previous_sha256, the row before's hash).
--
-- review_messages: each message held, once by its Message-ID, its raw bytes kept as a file under
-- responses/<reference>/ with its hash; officer is who read the inbox.
CREATE TABLE review_messages (
    entry_no          INTEGER       NOT NULL PRIMARY KEY,
    message_id        VARCHAR(1000) NOT NULL UNIQUE,
    reference         VARCHAR(200)  NOT NULL REFERENCES letters (reference),
    matched_by        VARCHAR(20)   NOT NULL,
    sender            VARCHAR(1000) NOT NULL,
    subject           VARCHAR(1000) NOT NULL,
    reason            VARCHAR(4000) NOT NULL,
    received_at       VARCHAR(40),
    sender_date       VARCHAR(40),
    authentication    VARCHAR(1000),
    file_path         VARCHAR(1000) NOT NULL,
    file_size         BIGINT        NOT NULL,
    file_sha256       CHAR(64)      NOT NULL,
    officer           VARCHAR(200)  NOT NULL,
    recorded_at       VARCHAR(40)   NOT NULL,
    previous_sha256   CHAR(64)      NOT NULL,
    row_sha256        CHAR(64)      NOT NULL
);

-- review_decisions: an officer's decision on a held message, once each: 'confirmed' (recorded as
-- response response_entry) or 'dismissed', by name, with an optional comment.
CREATE TABLE review_decisions (
    entry_no          INTEGER       NOT NULL PRIMARY KEY,
    review_entry      INTEGER       NOT NULL UNIQUE REFERENCES review_messages (entry_no),
    decision          VARCHAR(20)   NOT NULL,
    officer           VARCHAR(200)  NOT NULL,
    comment           VARCHAR(4000),
    response_entry    INTEGER       REFERENCES responses (entry_no),
    recorded_at       VARCHAR(40)   NOT NULL,
    previous_sha256   CHAR(64)      NOT NULL,
    row_sha256        CHAR(64)      NOT NULL,
    CONSTRAINT review_decisions_decision CHECK (decision IN ('confirmed', 'dismissed'))
);
