-- What an archive has been set to do, one row per setting, written once and never changed
-- (store_files: 'yes' once an SQLite archive keeps its issued files; a PostgreSQL archive always does).

CREATE TABLE settings (
    name   VARCHAR(100)  NOT NULL PRIMARY KEY,
    value  VARCHAR(1000) NOT NULL
);
