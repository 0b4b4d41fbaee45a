package org.briefgen.archive;

/**
 * What was asked of the archive cannot be done as asked (an unknown reference, a letter already
 * superseded, a response dated before its letter); nothing was recorded.
 */
public final class ArchiveException extends RuntimeException {

    public ArchiveException(String message) {
        super(message);
    }
}
