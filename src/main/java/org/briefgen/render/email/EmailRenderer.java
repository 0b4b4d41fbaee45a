package org.briefgen.render.email;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;

import org.briefgen.document.Document;
import org.briefgen.render.HouseStyle;
import org.briefgen.render.html.HtmlRenderer;
import org.briefgen.render.text.TextRenderer;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

/**
 * Writes a {@link Document} as an e-mail ready to send (RFC 5322, an .eml file a mail client
 * opens): a {@code multipart/mixed} message holding a {@code multipart/alternative} body (plain
 * text and HTML, both written from the document) and the attachments, unchanged. Nothing is sent.
 *
 * <p>Deterministic: the Date is the letter's date, the Message-ID and the MIME boundaries are
 * derived from the envelope's {@code idSeed}, so the same letter gives the same bytes. The
 * message carries {@code X-Unsent: 1}, which makes Outlook open it as a draft to send.
 *
 * <p>Immutable; build one per run and share it.
 */
public final class EmailRenderer {

    private static final DateTimeFormatter RFC_5322 = DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss Z",
            Locale.ROOT);

    private final HtmlRenderer html;
    private final TextRenderer text;
    private final Session session;

    public EmailRenderer(HouseStyle style) {
        this.html = new HtmlRenderer(style);
        this.text = new TextRenderer(style);
        this.session = Session.getInstance(new Properties());
    }

    /**
     * Who the message is from and to, what it is about and when: plain values, so that this writer
     * never needs to know where they came from. {@code idSeed} is any text unique to this letter
     * (its campaign and reference, say); the Message-ID and the MIME boundaries are derived from it.
     * {@code earlier} are the messages this one follows in a thread, first to last (none for a first
     * message), each by the reference and idSeed it was made with: the message is In-Reply-To the last.
     * {@code toName} is the recipient's name (the company's) that every To address carries as its display
     * name (encoded as RFC 2047 says when it is not plain ASCII); null for bare addresses.
     */
    public record Envelope(String fromName, String fromAddress, List<String> to, String subject, LocalDate date,
            String reference, String language, String idSeed, List<Earlier> earlier, String toName) {

        /** A message of the thread made before, by its reference and idSeed. */
        public record Earlier(String reference, String idSeed) {

            public Earlier {
                Objects.requireNonNull(idSeed, "idSeed");
                reference = reference == null ? "" : oneLine(reference);
            }
        }

        /** A first message, following none, to bare addresses. */
        public Envelope(String fromName, String fromAddress, List<String> to, String subject, LocalDate date,
                String reference, String language, String idSeed) {
            this(fromName, fromAddress, to, subject, date, reference, language, idSeed, List.of(), null);
        }

        /** To bare addresses. */
        public Envelope(String fromName, String fromAddress, List<String> to, String subject, LocalDate date,
                String reference, String language, String idSeed, List<Earlier> earlier) {
            this(fromName, fromAddress, to, subject, date, reference, language, idSeed, earlier, null);
        }

        public Envelope {
            earlier = earlier == null ? List.of() : List.copyOf(earlier);
            Objects.requireNonNull(fromAddress, "fromAddress");
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(idSeed, "idSeed");
            to = List.copyOf(to);
            if (to.isEmpty()) {
                throw new IllegalArgumentException("an e-mail needs at least one recipient");
            }
            // header values are one line each: a line break in data could otherwise start a header of its own
            fromName = fromName == null ? null : oneLine(fromName);
            toName = toName == null || oneLine(toName).isEmpty() ? null : oneLine(toName);
            subject = subject == null ? "" : oneLine(subject);
            reference = reference == null ? "" : oneLine(reference);
            language = language == null ? "" : language.replaceAll("[^A-Za-z0-9-]", "");
        }

        private static String oneLine(String value) {
            return value.replaceAll("[\\r\\n\\t\\x00-\\x1f\\x7f]+", " ").strip();
        }
    }

    /** A file attached as it is: its name, its MIME type and its bytes. */
    public record Attachment(String fileName, String mimeType, byte[] bytes) {

        public Attachment {
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(mimeType, "mimeType");
            Objects.requireNonNull(bytes, "bytes");
        }
    }

    /** The message as the bytes of an .eml file (CRLF line ends). */
    public byte[] render(Document document, Envelope envelope, List<Attachment> attachments) {
        String digest = digest(envelope.idSeed());
        try {
            MimeMessage message = new DraftMessage(session, messageId(envelope.fromAddress(), envelope.reference(),
                    digest));
            message.setFrom(new InternetAddress(envelope.fromAddress(), envelope.fromName(), "UTF-8"));
            InternetAddress[] to = new InternetAddress[envelope.to().size()];
            for (int i = 0; i < to.length; i++) {
                to[i] = new InternetAddress(envelope.to().get(i), true);
                if (envelope.toName() != null) {
                    to[i].setPersonal(envelope.toName(), "UTF-8");
                }
            }
            message.setRecipients(Message.RecipientType.TO, to);
            message.setSubject(envelope.subject(), "UTF-8");
            message.setHeader("Date", envelope.date().atTime(LocalTime.of(9, 0)).atOffset(ZoneOffset.UTC)
                    .format(RFC_5322));
            if (!envelope.language().isEmpty()) {
                message.setHeader("Content-Language", envelope.language());
            }
            if (!envelope.earlier().isEmpty()) {
                List<String> thread = envelope.earlier().stream().map(e -> messageId(envelope.fromAddress(),
                        e.reference(), digest(e.idSeed()))).toList();
                message.setHeader("In-Reply-To", thread.get(thread.size() - 1));
                message.setHeader("References", String.join(" ", thread));
            }
            message.setHeader("X-Unsent", "1");

            MimeMultipart alternative = new FixedBoundaryMultipart("alternative", boundary(digest, "alt"));
            alternative.addBodyPart(textPart(text.render(document), "plain"));
            alternative.addBodyPart(textPart(html.render(document), "html"));
            MimeMultipart mixed = new FixedBoundaryMultipart("mixed", boundary(digest, "mix"));
            MimeBodyPart body = new MimeBodyPart();
            body.setContent(alternative);
            mixed.addBodyPart(body);
            for (Attachment attachment : attachments) {
                mixed.addBodyPart(attachmentPart(attachment));
            }
            message.setContent(mixed);
            message.saveChanges();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
            message.writeTo(bytes);
            return bytes.toByteArray();
        } catch (MessagingException e) {
            throw new IllegalStateException("cannot make the e-mail for " + envelope.to() + ": " + e.getMessage(), e);
        } catch (IOException e) {
            // setPersonal's UnsupportedEncodingException cannot happen for UTF-8; writing to memory cannot fail
            throw new UncheckedIOException("cannot write the e-mail for " + envelope.to(), e);
        }
    }

    private static MimeBodyPart textPart(String content, String subtype) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setText(content, "UTF-8", subtype);
        part.setHeader("Content-Transfer-Encoding", "quoted-printable");
        return part;
    }

    private static MimeBodyPart attachmentPart(Attachment attachment) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.bytes(), attachment.mimeType())));
        part.setFileName(attachment.fileName());
        part.setDisposition(Part.ATTACHMENT);
        part.setHeader("Content-Transfer-Encoding", "base64");
        return part;
    }

    /** {@code <CE-2020-001.1f3a…@example.org>}: the reference a reader recognises, a digest that makes it unique. */
    private static String messageId(String address, String reference, String digest) {
        String domain = address.substring(address.lastIndexOf('@') + 1).replaceAll("[^A-Za-z0-9.-]", "");
        String local = reference.replaceAll("[^A-Za-z0-9._-]", "-");
        return "<" + (local.isEmpty() ? "" : local + ".") + digest.substring(0, 16) + "@"
                + (domain.isEmpty() ? "briefgen.invalid" : domain) + ">";
    }

    private static String boundary(String digest, String kind) {
        return "=_" + kind + "_" + digest.substring(16, 40);
    }

    private static String digest(String seed) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(seed.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
