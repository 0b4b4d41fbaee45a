-- What became of each letter's e-mail, per address, and which incoming messages were recorded.
-- Plain SQL that SQLite and PostgreSQL both accept; rows are only ever added.
--
-- deliveries: one row per event, in a hash chain like letters and responses. An address's state
-- is its latest row: 'sending' is written (and committed) before the message is handed to the
-- server, and the outcome after; a 'sending' with nothing after it is uncertain (the run stopped
-- in between) and is never resent unasked. 'uncertain' is the server's connection breaking after
-- the hand-over; 'bounced' a delivery status notification read from the inbox.
-- answered_at is when the server answered (or the bounce was dated); detail the server's reply or reason.

CREATE TABLE deliveries (
    entry_no          INTEGER       NOT NULL PRIMARY KEY,
    reference         VARCHAR(200)  NOT NULL REFERENCES letters (reference),
    address           VARCHAR(1000) NOT NULL,
    status            VARCHAR(20)   NOT NULL,
    message_id        VARCHAR(1000) NOT NULL,
    attempt           INTEGER       NOT NULL,
    answered_at       VARCHAR(40),
    detail            VARCHAR(4000),
    recorded_at       VARCHAR(40)   NOT NULL,
    previous_sha256   CHAR(64)      NOT NULL,
    row_sha256        CHAR(64)      NOT NULL,
    CONSTRAINT deliveries_status CHECK (status IN ('sending', 'sent', 'failed', 'deferred', 'uncertain', 'bounced'))
);

CREATE INDEX deliveries_reference ON deliveries (reference, address);

-- Each incoming message recorded (a reply as its letter's response, a bounce as deliveries), once
-- by its Message-ID: reading the same inbox again records nothing twice. The raw message is kept
-- as a file under responses/<reference>/ with its hash.
CREATE TABLE inbox_messages (
    entry_no          INTEGER       NOT NULL PRIMARY KEY,
    message_id        VARCHAR(1000) NOT NULL UNIQUE,
    reference         VARCHAR(200)  NOT NULL REFERENCES letters (reference),
    kind              VARCHAR(20)   NOT NULL,
    response_entry    INTEGER       REFERENCES responses (entry_no),
    file_path         VARCHAR(1000) NOT NULL,
    file_size         BIGINT        NOT NULL,
    file_sha256       CHAR(64)      NOT NULL,
    recorded_at       VARCHAR(40)   NOT NULL,
    previous_sha256   CHAR(64)      NOT NULL,
    row_sha256        CHAR(64)      NOT NULL,
    CONSTRAINT inbox_messages_kind CHECK (kind IN ('reply', 'bounce'))
);
