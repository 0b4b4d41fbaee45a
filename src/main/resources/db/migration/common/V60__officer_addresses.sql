-- Each officer's own e-mail address, where the workbench's "Send a test to me" goes
-- (briefgen user email NAME ADDRESS). Only ever added to: a new address is a new row, and an
-- officer's latest row counts. Not evidence of anything sent, so not in a hash chain.

CREATE TABLE officer_addresses (
    entry_no     INTEGER       NOT NULL PRIMARY KEY,
    name         VARCHAR(200)  NOT NULL,
    address      VARCHAR(1000) NOT NULL,
    recorded_at  VARCHAR(40)   NOT NULL
);

CREATE INDEX officer_addresses_name ON officer_addresses (name, entry_no);
