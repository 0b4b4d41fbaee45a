-- What an inbox message's row keeps beside its letter (issue 27): when the organisation received it
-- (received_at: the date of the topmost Received: header its server added, or the IMAP internal
-- date), when its sender says it was sent (sender_date: its Date:, which never becomes the received
-- date), who sent it as shown (sender), and what the organisation's receiving server said of the
-- sender (authentication: "dmarc=pass by mx.example.org"). Rows recorded before have NULL in each, and
-- their row hashes, computed without them, stay valid: RowHash includes a column only when it is set.

ALTER TABLE inbox_messages ADD COLUMN received_at VARCHAR(40);
ALTER TABLE inbox_messages ADD COLUMN sender_date VARCHAR(40);
ALTER TABLE inbox_messages ADD COLUMN sender VARCHAR(1000);
ALTER TABLE inbox_messages ADD COLUMN authentication VARCHAR(1000);
