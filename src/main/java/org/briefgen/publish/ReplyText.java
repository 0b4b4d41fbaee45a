package org.briefgen.publish;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/**
 * A reply's readable text: an e-mail's subject, date and plain-text body (its HTML body's text, as
 * {@link MarkupText} reads it, when it has no plain one), a text file as it is, an HTML, SVG or XML
 * file's text. Headers naming people (From, To, Cc) are left out. Empty for any other kind of file
 * (a PDF, a Word file, an image).
 */
record ReplyText(String subject, String date, String body) {

    private static final Session SESSION = Session.getInstance(new Properties());
    private static final int MAX_DEPTH = 10;

    /** The text of a response file named {@code path} holding {@code bytes}. */
    static Optional<ReplyText> of(String path, byte[] bytes) {
        String name = path.toLowerCase(Locale.ROOT);
        if (name.endsWith(".txt")) {
            return Optional.of(new ReplyText(null, null, clean(new String(bytes, StandardCharsets.UTF_8))));
        }
        if (name.matches(".*\\.(html?|xhtml)")) {
            return Optional.of(new ReplyText(null, null, clean(MarkupText.html(new String(bytes,
                    StandardCharsets.UTF_8)))));
        }
        if (name.matches(".*\\.(svg|xml)")) {
            return Optional.of(new ReplyText(null, null, clean(MarkupText.xml(new String(bytes,
                    StandardCharsets.UTF_8)))));
        }
        if (!name.endsWith(".eml")) {
            return Optional.empty();
        }
        try {
            MimeMessage message = new MimeMessage(SESSION, new ByteArrayInputStream(bytes));
            String body = text(message, "text/plain", 0);
            if (body == null) {
                String html = text(message, "text/html", 0);
                body = html == null ? "" : MarkupText.html(html);
            }
            String[] date = message.getHeader("Date");
            return Optional.of(new ReplyText(clean(message.getSubject()), date == null ? null : clean(date[0]),
                    clean(body)));
        } catch (MessagingException | IOException e) {
            // a message that cannot be parsed is published as nothing but its summary
            return Optional.empty();
        }
    }

    /** The reply as a plain-text file: its subject and date, a blank line, its body. */
    String asText(Labels labels) {
        StringBuilder sb = new StringBuilder();
        if (subject != null) {
            sb.append(labels.term(labels.get("company.emailSubject"))).append(subject).append('\n');
        }
        if (date != null) {
            sb.append(labels.term(labels.get("company.emailDate"))).append(date).append('\n');
        }
        if (sb.length() > 0) {
            sb.append('\n');
        }
        return sb.append(body).append('\n').toString();
    }

    private static String text(Part part, String type, int depth) throws MessagingException, IOException {
        if (depth > MAX_DEPTH) {
            return null;
        }
        if (part.isMimeType(type) && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            Object content = part.getContent();
            return content instanceof String s ? s : null;
        }
        if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                String found = text(child, type, depth + 1);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /**
     * Text as a page may show it: line ends as \n, control characters and bidirectional overrides
     * removed (they could reorder what a reader sees), so are invisible breaks (a soft hyphen, a
     * zero-width space: they could split an address so that redaction does not see it), trailing
     * blanks trimmed.
     */
    static String clean(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(text.length());
        String unified = text.replace("\r\n", "\n").replace('\r', '\n');
        for (int i = 0; i < unified.length(); i++) {
            char c = unified.charAt(i);
            if (c == '\n' || c == '\t') {
                sb.append(c == '\t' ? ' ' : c);
            } else if (!Character.isISOControl(c) && !(c >= '\u202a' && c <= '\u202e') && !(c >= '\u2066'
                    && c <= '\u2069') && c != '\u200e' && c != '\u200f' && !invisible(c)) {
                sb.append(c);
            }
        }
        return sb.toString().replaceAll("[ ]+\n", "\n").replaceAll("\n{3,}", "\n\n").strip();
    }

    private static boolean invisible(char c) {
        return c == '\u00ad' || c == '\u200b' || c == '\u2060' || c == '\ufeff' || c == '\u180e';
    }
}
