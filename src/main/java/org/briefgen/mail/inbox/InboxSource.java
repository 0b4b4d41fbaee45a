package org.briefgen.mail.inbox;

/**
 * Where replies are read from: one .eml file, a folder of them, an mbox file, or an IMAP folder.
 * A source only reads: it never deletes, moves or changes a message, but for marking an IMAP
 * message processed once the handler has recorded it. {@link InboxSources} makes one.
 */
public interface InboxSource extends AutoCloseable {

    /** Hands each message not yet processed to {@code handler}, in the source's order. */
    void read(InboxHandler handler);

    /** True when the source marks what was recorded, so that it is not read again (IMAP with keywords). */
    default boolean marksProcessed() {
        return false;
    }

    @Override
    void close();
}
