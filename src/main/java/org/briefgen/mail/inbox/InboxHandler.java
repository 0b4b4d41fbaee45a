package org.briefgen.mail.inbox;

/** What a reader does with each message an {@link InboxSource} yields. */
@FunctionalInterface
public interface InboxHandler {

    /**
     * Handles one message; returns true once it is recorded (durably), and the source then marks it
     * processed (an IMAP flag), false to leave it unmarked. An exception stops the reading.
     */
    boolean accept(InboxMessage message);

    /** A message the source could not hand over (too large, unreadable), and why. */
    default void skipped(String origin, String reason) {
    }
}
