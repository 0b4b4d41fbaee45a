package org.briefgen.archive;

/**
 * A new archive being made ahead, while a run checks its letters ({@code archive.jdbc.Archives.ahead}):
 * put in place when the archive is opened with it, removed (with the folders made for it) when it is
 * closed unopened. Nothing is made for an archive that exists or is not an SQLite file.
 */
public interface ArchiveInMaking extends AutoCloseable {

    /** Removes what was made and not put in place; never fails. */
    @Override
    void close();
}
