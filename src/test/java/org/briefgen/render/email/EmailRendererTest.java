package org.briefgen.render.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;

import org.briefgen.TestLetters;
import org.briefgen.document.Document;
import org.briefgen.render.HouseStyle;
import org.briefgen.render.html.HtmlRenderer;
import org.briefgen.render.text.TextRenderer;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

/** The e-mail of a letter, parsed back with Jakarta Mail as a mail client would read it. */
class EmailRendererTest {

    private static final HouseStyle STYLE = TestLetters.style();
    private static final byte[] PDF = "%PDF-1.7 not really\n\u0000\u00ff binary".getBytes(StandardCharsets.ISO_8859_1);

    private final EmailRenderer renderer = new EmailRenderer(STYLE);
    private final Document amazon = TestLetters.amazon();

    private static EmailRenderer.Envelope envelope(String seed, String... to) {
        return new EmailRenderer.Envelope("Privacy International", "info@privacyinternational.org", List.of(to),
                "Cloud analytics: Request for response regarding potential misuse of your customer data",
                LocalDate.of(2020, 1, 7), "CE-2020-001", "en-GB", seed);
    }

    private byte[] render(Document document, EmailRenderer.Envelope envelope) {
        return renderer.render(document, envelope, List.of(new EmailRenderer.Attachment("CE-2020-001-amazon-uk.pdf",
                "application/pdf", PDF)));
    }

    private static MimeMessage parse(byte[] eml) throws MessagingException {
        return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(eml));
    }

    @Test
    void headersNameSenderRecipientSubjectDateAndId() throws MessagingException {
        MimeMessage message = parse(render(amazon, envelope("cloud-extraction-2020/CE-2020-001/amazon-uk",
                "eu-privacy@amazon.co.uk")));
        assertThat(message.getFrom()).containsExactly(new InternetAddress("info@privacyinternational.org"));
        assertThat(((InternetAddress) message.getFrom()[0]).getPersonal()).isEqualTo("Privacy International");
        assertThat(message.getRecipients(Message.RecipientType.TO)).extracting(Object::toString)
                .containsExactly("eu-privacy@amazon.co.uk");
        assertThat(message.getSubject()).isEqualTo("Cloud analytics: Request for response regarding potential misuse"
                + " of your customer data");
        assertThat(message.getSentDate().toInstant()).isEqualTo(Instant.parse("2020-01-07T09:00:00Z"));
        assertThat(message.getHeader("Date")[0]).isEqualTo("Tue, 7 Jan 2020 09:00:00 +0000");
        assertThat(message.getMessageID()).matches("<CE-2020-001\\.[0-9a-f]{16}@privacyinternational\\.org>");
        assertThat(message.getHeader("X-Unsent")).containsExactly("1");
        assertThat(message.getHeader("MIME-Version")).containsExactly("1.0");
    }

    @Test
    void bothBodiesAreWrittenFromTheDocumentAndThePdfIsAttachedUnchanged() throws Exception {
        MimeMessage message = parse(render(amazon, envelope("seed", "eu-privacy@amazon.co.uk")));
        assertThat(message.getContentType()).startsWith("multipart/mixed");
        Multipart mixed = (Multipart) message.getContent();
        assertThat(mixed.getCount()).isEqualTo(2);
        BodyPart body = mixed.getBodyPart(0);
        assertThat(body.getContentType()).startsWith("multipart/alternative");
        Multipart alternative = (Multipart) body.getContent();
        assertThat(alternative.getCount()).isEqualTo(2);
        BodyPart text = alternative.getBodyPart(0);
        BodyPart html = alternative.getBodyPart(1);
        assertThat(text.getContentType()).isEqualTo("text/plain; charset=UTF-8");
        assertThat(html.getContentType()).isEqualTo("text/html; charset=UTF-8");
        assertThat(lines((String) text.getContent())).isEqualTo(new TextRenderer(STYLE).render(amazon));
        assertThat(lines((String) html.getContent())).isEqualTo(new HtmlRenderer(STYLE).render(amazon));
        assertThat((String) text.getContent()).contains("Please respond no later than 17 January 2020.")
                .contains("between 7th \u2013 8th November 2019");

        BodyPart pdf = mixed.getBodyPart(1);
        assertThat(pdf.getDisposition()).isEqualTo(Part.ATTACHMENT);
        assertThat(pdf.getFileName()).isEqualTo("CE-2020-001-amazon-uk.pdf");
        assertThat(pdf.getContentType()).startsWith("application/pdf");
        assertThat(pdf.getInputStream().readAllBytes()).isEqualTo(PDF);
    }

    @Test
    void theSameLetterGivesTheSameBytes() {
        byte[] first = render(amazon, envelope("seed", "eu-privacy@amazon.co.uk"));
        byte[] second = new EmailRenderer(STYLE).render(amazon, envelope("seed", "eu-privacy@amazon.co.uk"),
                List.of(new EmailRenderer.Attachment("CE-2020-001-amazon-uk.pdf", "application/pdf", PDF.clone())));
        assertThat(second).isEqualTo(first);
        String other = new String(render(amazon, envelope("other seed", "eu-privacy@amazon.co.uk")),
                StandardCharsets.US_ASCII);
        String mine = new String(first, StandardCharsets.US_ASCII);
        assertThat(header(other, "Message-ID")).isNotEqualTo(header(mine, "Message-ID"));
        assertThat(mine).contains("boundary=\"=_mix_").contains("\r\n");
    }

    @Test
    void everyAddressIsARecipientAndDataIsNeverMarkup() throws Exception {
        String evil = "**Evil** <b>x</b> ${7*7} Ø";
        MimeMessage message = parse(render(TestLetters.of(TestLetters.paragraph(evil)),
                new EmailRenderer.Envelope("Søndergaard & <Co>", "info@example.org", List.of("a@example.org",
                        "b@example.org"), evil, LocalDate.of(2024, 3, 5), "X/1", "da", "s")));
        assertThat(message.getRecipients(Message.RecipientType.TO)).extracting(Object::toString)
                .containsExactly("a@example.org", "b@example.org");
        assertThat(message.getSubject()).isEqualTo(evil);
        assertThat(((InternetAddress) message.getFrom()[0]).getPersonal()).isEqualTo("Søndergaard & <Co>");
        assertThat(message.getMessageID()).startsWith("<X-1.").endsWith("@example.org>");
        Multipart alternative = (Multipart) ((Multipart) message.getContent()).getBodyPart(0).getContent();
        assertThat((String) alternative.getBodyPart(0).getContent()).startsWith(evil + "\r\n");
        assertThat((String) alternative.getBodyPart(1).getContent())
                .contains(">**Evil** &lt;b&gt;x&lt;/b&gt; ${7*7} Ø</p>");
    }

    @Test
    void aLineBreakInDataCannotAddAHeader() throws Exception {
        byte[] eml = render(TestLetters.of(TestLetters.paragraph("x")), new EmailRenderer.Envelope("Org\r\nBcc: a@evil",
                "info@example.org", List.of("b@example.org"), "Hello\r\nBcc: c@evil.example", LocalDate.of(2024, 3, 5),
                "R\n1", "en\r\nX: y", "s"));
        MimeMessage message = parse(eml);
        assertThat(message.getHeader("Bcc")).isNull();
        assertThat(message.getHeader("X")).isNull();
        assertThat(message.getSubject()).isEqualTo("Hello Bcc: c@evil.example");
        assertThat(message.getMessageID()).startsWith("<R-1.");
    }

    private static String lines(String text) {
        return text.replace("\r\n", "\n");
    }

    private static String header(String eml, String name) {
        return eml.lines().filter(l -> l.startsWith(name + ": ")).findFirst().orElseThrow();
    }

}
