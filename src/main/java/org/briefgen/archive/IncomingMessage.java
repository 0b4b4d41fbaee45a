package org.briefgen.archive;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * A message from the inbox to record against letter {@code reference}: its Message-ID (recorded
 * once), its Date, its subject (a reply's summary), its raw bytes (kept under
 * {@code responses/REF/}, named by the reference and the bytes' hash), and for a bounce the
 * addresses that failed with the reason for each, and the Message-ID of the letter's e-mail that
 * bounced (null for a reply); and the officer who read the inbox, whom a reply's response row names.
 */
public record IncomingMessage(String reference, String messageId, OffsetDateTime date, String subject, byte[] raw,
        List<Failed> failed, String letterMessageId, Officer officer) {

    public IncomingMessage {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(raw, "raw");
        failed = failed == null ? List.of() : List.copyOf(failed);
        officer = officer == null ? Officer.systemUser() : officer;
    }

    /** Read by the user the system runs briefgen as. */
    public IncomingMessage(String reference, String messageId, OffsetDateTime date, String subject, byte[] raw,
            List<Failed> failed, String letterMessageId) {
        this(reference, messageId, date, subject, raw, failed, letterMessageId, Officer.systemUser());
    }

    /** An address a bounce says failed, and why ("5.1.1 user unknown"). */
    public record Failed(String address, String reason) {
    }
}
