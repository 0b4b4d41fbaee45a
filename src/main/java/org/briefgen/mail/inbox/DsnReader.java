package org.briefgen.mail.inbox;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.briefgen.mail.DisplayText;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.SharedByteArrayInputStream;

/**
 * Reads a delivery status notification (RFC 3464: multipart/report; report-type=delivery-status):
 * the recipients whose Action is "failed", and the headers of the message it returns. Every part
 * is read within a limit; the structure is walked one level deep, never recursively.
 */
final class DsnReader {

    private static final Session SESSION = Session.getInstance(new Properties());
    private static final int MAX_PARTS = 10;
    private static final int MAX_STATUS_BYTES = 64 * 1024;
    private static final int MAX_RETURNED_HEADER_BYTES = 256 * 1024;

    /** What the report says: the failed recipients, the other actions seen, and the returned message's headers (or null). */
    record Report(List<FailedRecipient> failed, List<String> otherActions, MessageHeaders returned) {
    }

    private DsnReader() {
    }

    static Report read(byte[] raw) throws MessagingException, IOException, MessageHeaders.UnreadableException {
        MimeMessage message = new MimeMessage(SESSION, new SharedByteArrayInputStream(raw));
        MimeMultipart parts = new MimeMultipart(message.getDataHandler().getDataSource());
        List<FailedRecipient> failed = new ArrayList<>();
        List<String> otherActions = new ArrayList<>();
        MessageHeaders returned = null;
        for (int i = 0; i < Math.min(parts.getCount(), MAX_PARTS); i++) {
            BodyPart part = parts.getBodyPart(i);
            String type = part.getContentType() == null ? "" : part.getContentType().toLowerCase(Locale.ROOT);
            if (type.startsWith("message/delivery-status") || type.startsWith("message/global-delivery-status")) {
                readStatus(bounded(part, MAX_STATUS_BYTES), failed, otherActions);
            } else if (returned == null && (type.startsWith("message/rfc822") || type.startsWith("message/global")
                    || type.startsWith("text/rfc822-headers") || type.startsWith("message/global-headers"))) {
                returned = MessageHeaders.read(new ByteArrayInputStream(bounded(part, MAX_RETURNED_HEADER_BYTES)));
            }
        }
        return new Report(failed, otherActions, returned);
    }

    private static byte[] bounded(BodyPart part, int max) throws IOException, MessagingException {
        try (InputStream in = part.getInputStream()) {
            return in.readNBytes(max);
        }
    }

    /** The per-recipient blocks (after the per-message one), each a header block of its own. */
    private static void readStatus(byte[] status, List<FailedRecipient> failed, List<String> otherActions)
            throws MessageHeaders.UnreadableException {
        String text = new String(status, StandardCharsets.ISO_8859_1).replace("\r\n", "\n");
        for (String block : text.split("\n[ \t]*\n")) {
            if (block.isBlank()) {
                continue;
            }
            MessageHeaders fields = MessageHeaders.read(new ByteArrayInputStream((block.strip() + "\n\n")
                    .getBytes(StandardCharsets.ISO_8859_1)));
            String action = fields.first("Action");
            String recipient = address(fields.first("Original-Recipient"));
            if (recipient == null) {
                recipient = address(fields.first("Final-Recipient"));
            }
            if (action == null || recipient == null) {
                continue;
            }
            String act = action.strip().toLowerCase(Locale.ROOT);
            if (act.startsWith("failed")) {
                failed.add(new FailedRecipient(recipient, DisplayText.of(fields.first("Status"), 20),
                        DisplayText.of(afterType(fields.first("Diagnostic-Code")), 300)));
            } else if (otherActions.size() < 20) {
                otherActions.add(DisplayText.of(act, 20));
            }
        }
    }

    /** "rfc822; user@example.org" gives the address; anything that is not one gives null. */
    private static String address(String field) {
        if (field == null) {
            return null;
        }
        String a = afterType(field).strip();
        if (a.startsWith("<") && a.endsWith(">")) {
            a = a.substring(1, a.length() - 1).strip();
        }
        return a.length() <= 254 && a.matches("[^\\s@<>\\p{Cntrl}]+@[^\\s@<>\\p{Cntrl}]+") ? a : null;
    }

    private static String afterType(String field) {
        if (field == null) {
            return "";
        }
        int semi = field.indexOf(';');
        return semi < 0 ? field : field.substring(semi + 1);
    }
}
