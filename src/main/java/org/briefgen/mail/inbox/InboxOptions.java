package org.briefgen.mail.inbox;

import java.time.Duration;

/**
 * Limits for reading an inbox: the largest message read (a larger one is skipped with a message),
 * and how long an IMAP connection, read or write may take.
 */
public record InboxOptions(long maxMessageBytes, Duration timeout) {

    public InboxOptions {
        if (maxMessageBytes < 1024) {
            throw new IllegalArgumentException("maxMessageBytes must be at least 1 KiB");
        }
    }

    /** Messages up to 25 MiB, a minute's timeout. */
    public static InboxOptions defaults() {
        return new InboxOptions(25L << 20, Duration.ofSeconds(60));
    }
}
