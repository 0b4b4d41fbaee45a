-- The officers who may sign in to the workbench when it listens beyond this machine. A password
-- is kept only as a slow salted hash (PBKDF2-HMAC-SHA256); a changed password is a new row, and
-- an officer's latest row is the one that counts.

CREATE TABLE officers (
    entry_no      INTEGER PRIMARY KEY,
    name          TEXT    NOT NULL,
    algorithm     TEXT    NOT NULL,
    iterations    INTEGER NOT NULL,
    salt          TEXT    NOT NULL,
    password_hash TEXT    NOT NULL,
    recorded_at   TEXT    NOT NULL
);
