-- SQLite: the archive refuses to change or remove a row, whoever asks.
-- (Another database gets the same rule in its own folder, named as in its JDBC URL:
-- db/migration/postgresql for jdbc:postgresql:...)

CREATE TRIGGER letters_no_update BEFORE UPDATE ON letters
BEGIN
    SELECT RAISE(ABORT, 'the archive is append-only: an issued letter cannot be changed');
END;

CREATE TRIGGER letters_no_delete BEFORE DELETE ON letters
BEGIN
    SELECT RAISE(ABORT, 'the archive is append-only: an issued letter cannot be removed');
END;

CREATE TRIGGER letter_files_no_update BEFORE UPDATE ON letter_files
BEGIN
    SELECT RAISE(ABORT, 'the archive is append-only: a recorded file cannot be changed');
END;

CREATE TRIGGER letter_files_no_delete BEFORE DELETE ON letter_files
BEGIN
    SELECT RAISE(ABORT, 'the archive is append-only: a recorded file cannot be removed');
END;

CREATE TRIGGER responses_no_update BEFORE UPDATE ON responses
BEGIN
    SELECT RAISE(ABORT, 'the archive is append-only: a response cannot be changed');
END;

CREATE TRIGGER responses_no_delete BEFORE DELETE ON responses
BEGIN
    SELECT RAISE(ABORT, 'the archive is append-only: a response cannot be removed');
END;
