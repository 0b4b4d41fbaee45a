package org.briefgen.archive;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * A message from the inbox to record against letter {@code reference}: its Message-ID (recorded
 * once), when the organisation received it ({@code date}: a reply's response is received that day),
 * its subject (a reply's summary), its raw bytes (kept under {@code responses/REF/}, named by the
 * reference and the bytes' hash), and for a bounce the addresses that failed with the reason for
 * each, and the Message-ID of the letter's e-mail that bounced (null for a reply); the officer who
 * read the inbox, whom a reply's response row names; and what is kept beside: the sender's own
 * {@code sentDate} (its Date:), the {@code sender} as shown, what the organisation's server said of
 * the sender ({@code authentication}, "dmarc=pass by mx.example.org"), and for a message held for
 * review how it named the letter ({@code matchedBy}) and why it is held ({@code reason}).
 */
public record IncomingMessage(String reference, String messageId, OffsetDateTime date, String subject, byte[] raw,
        List<Failed> failed, String letterMessageId, Officer officer, OffsetDateTime sentDate, String sender,
        String authentication, String matchedBy, String reason) {

    public IncomingMessage {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(raw, "raw");
        failed = failed == null ? List.of() : List.copyOf(failed);
        officer = officer == null ? Officer.systemUser() : officer;
        authentication = authentication == null || authentication.isBlank() ? null : authentication;
    }

    /** Nothing kept beside. */
    public IncomingMessage(String reference, String messageId, OffsetDateTime date, String subject, byte[] raw,
            List<Failed> failed, String letterMessageId, Officer officer) {
        this(reference, messageId, date, subject, raw, failed, letterMessageId, officer, null, null, null, null, null);
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
