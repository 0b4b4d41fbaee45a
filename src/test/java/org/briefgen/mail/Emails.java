package org.briefgen.mail;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;

import org.briefgen.TestLetters;
import org.briefgen.render.email.EmailRenderer;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/** Letters' e-mails as briefgen writes them (EmailRenderer), and ways to read messages back. */
public final class Emails {

    public static final byte[] PDF = "%PDF-1.7 not really\n\u0000\u00ff\r\n.\r\nbinary"
            .getBytes(StandardCharsets.ISO_8859_1);
    public static final byte[] BRIEFING = "%PDF-1.7 the briefing\n\u0001\u0002".getBytes(StandardCharsets.ISO_8859_1);
    private static final EmailRenderer RENDERER = new EmailRenderer(TestLetters.style());

    private Emails() {
    }

    /** The .eml of letter {@code reference}, to {@code to}, with a letter PDF and a briefing attached. */
    public static byte[] letter(String reference, String... to) {
        EmailRenderer.Envelope envelope = new EmailRenderer.Envelope("Privacy International",
                "info@privacyinternational.org", List.of(to),
                "Cloud analytics: request for response (" + reference + ")",
                LocalDate.of(2020, 1, 7), reference, "en-GB", "test/" + reference);
        return RENDERER.render(TestLetters.of(TestLetters.paragraph("Dear company, please respond.")), envelope,
                List.of(new EmailRenderer.Attachment(reference + ".pdf", "application/pdf", PDF),
                        new EmailRenderer.Attachment("briefing.pdf", "application/pdf", BRIEFING)));
    }

    public static MimeMessage parse(byte[] eml) throws MessagingException {
        return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(eml));
    }

    public static String messageId(byte[] eml) throws MessagingException {
        return parse(eml).getMessageID();
    }

    /** The bytes after the header block (the body exactly as sent). */
    public static String body(String message) {
        int end = message.indexOf("\r\n\r\n");
        return message.substring(end + 4);
    }

    public static String body(byte[] message) {
        return body(new String(message, StandardCharsets.ISO_8859_1));
    }
}
