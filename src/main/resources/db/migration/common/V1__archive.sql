-- The archive of issued correspondence. Plain SQL that SQLite and PostgreSQL both accept.
-- Rows are only ever added: a correction is a new row that points at the one it corrects.
-- Each table is a hash chain: previous_sha256 is the row_sha256 of the row before it
-- (64 zeros for the first), and row_sha256 covers every other column of the row (and, for a
-- letter, its files).

CREATE TABLE letters (
    entry_no          INTEGER       NOT NULL PRIMARY KEY,
    reference         VARCHAR(200)  NOT NULL UNIQUE,
    campaign          VARCHAR(200)  NOT NULL,
    campaign_title    VARCHAR(1000) NOT NULL,
    subject           VARCHAR(2000) NOT NULL,
    organisation      VARCHAR(1000) NOT NULL,
    seq               INTEGER       NOT NULL,
    recipient_id      VARCHAR(200)  NOT NULL,
    company           VARCHAR(1000) NOT NULL,
    channels          VARCHAR(4000) NOT NULL,
    letter_date       CHAR(10)      NOT NULL,
    deadline          CHAR(10)      NOT NULL,
    data_sha256       CHAR(64)      NOT NULL,
    templates_sha256  CHAR(64)      NOT NULL,
    supersedes        VARCHAR(200)  REFERENCES letters (reference),
    issued_at         VARCHAR(40)   NOT NULL,
    previous_sha256   CHAR(64)      NOT NULL,
    row_sha256        CHAR(64)      NOT NULL,
    CONSTRAINT letters_campaign_seq UNIQUE (campaign, seq)
);

CREATE INDEX letters_recipient ON letters (campaign, recipient_id);

-- Every file written for a letter; path is relative to the output folder, with '/' separators.
CREATE TABLE letter_files (
    reference  VARCHAR(200)  NOT NULL REFERENCES letters (reference),
    path       VARCHAR(1000) NOT NULL UNIQUE,
    size       BIGINT        NOT NULL,
    sha256     CHAR(64)      NOT NULL,
    PRIMARY KEY (reference, path)
);

-- Responses to letters. kind is 'response', 'correction' (replaces the response it supersedes)
-- or 'withdrawal' (takes back the response it supersedes; received is then null).
CREATE TABLE responses (
    entry_no         INTEGER       NOT NULL PRIMARY KEY,
    reference        VARCHAR(200)  NOT NULL REFERENCES letters (reference),
    kind             VARCHAR(20)   NOT NULL,
    received         CHAR(10),
    summary          VARCHAR(4000),
    file_path        VARCHAR(1000),
    file_size        BIGINT,
    file_sha256      CHAR(64),
    supersedes       INTEGER       REFERENCES responses (entry_no),
    recorded_at      VARCHAR(40)   NOT NULL,
    previous_sha256  CHAR(64)      NOT NULL,
    row_sha256       CHAR(64)      NOT NULL,
    CONSTRAINT responses_kind CHECK (kind IN ('response', 'correction', 'withdrawal'))
);

CREATE INDEX responses_reference ON responses (reference);
