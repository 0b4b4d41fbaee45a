package org.briefgen.archive.jdbc;

import java.time.Clock;

import org.briefgen.files.AtomicFiles;

/**
 * What every store of one open archive shares: its connection's {@code statements} (which know the
 * dialect, decided once when the archive is opened), the letters' rows, the kept files, the output
 * {@code folder} recorded paths are relative to, how files are made durable, the clock rows are
 * stamped by, and {@code archive}, the database described for messages.
 */
record StoreContext(Statements statements, LetterStore letters, StoredFiles stored, OutputFolder folder,
        AtomicFiles files, Clock clock, String archive) {
}
