package org.briefgen.render.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;

import org.briefgen.TestLetters;
import org.briefgen.campaign.EmailAddress;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code validate} and {@code generate} accept the same e-mail addresses: every address the campaign
 * check's parser ({@link EmailAddress}) accepts, the e-mail writer writes, to that very address.
 * Before, the check was a pattern and the writer Jakarta Mail's strict parser: addresses such as
 * these passed {@code validate}, then {@code generate} stopped with "internal error".
 */
class SameAddressesTest {

    private static final EmailRenderer RENDERER = new EmailRenderer(TestLetters.style());

    private static List<String> writtenTo(String address) throws Exception {
        byte[] eml = RENDERER.render(TestLetters.of(TestLetters.paragraph("x")), new EmailRenderer.Envelope(
                "Privacy International", "info@privacyinternational.org", List.of(address), "Subject", LocalDate.of(
                        2020, 1, 7),
                "CE-2020-001", "en-GB", "seed"), List.of());
        Properties utf8 = new Properties();
        utf8.setProperty("mail.mime.allowutf8", "true");
        MimeMessage message = new MimeMessage(Session.getInstance(utf8), new ByteArrayInputStream(eml));
        return java.util.Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                .map(a -> ((InternetAddress) a).getAddress()).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"eu..privacy@amazon.co.uk", ".eu@amazon.co.uk", "eu.@amazon.co.uk", "eu\"x@amazon.co.uk",
            "eu(x@amazon.co.uk", "eu)x@amazon.co.uk", "eu<x@amazon.co.uk", "eu>x@amazon.co.uk", "eu[x@amazon.co.uk",
            "eu]x@amazon.co.uk", "eu:x@amazon.co.uk", "eu@amazon..co.uk", "eu@amazon.co.uk.", "eu@.amazon.co.uk",
            "eu@amazon_uk.co.uk", "eu@amazon.co.uk:25", "eu@amazon(uk).co.uk", "(c)eu@amazon.co.uk",
            "eu\u00a0x@amazon.co.uk", "eu\u200bx@amazon.co.uk", "eu\u202ex@amazon.co.uk", "eu@amazon", "eu",
            "<eu@amazon.co.uk>", "a@[.\"]", "eu@[192.0.2.1]", "eu@[a.b]"})
    void anAddressTheWriterWouldFailOnOrChangeIsRefusedByTheCheck(String address) {
        assertThat(EmailAddress.problem(address)).as(address).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"eu-privacy@amazon.co.uk", "J.O'Neil+work@mail.example.co.uk", "dpo@xn--bcher-kva.example",
            "a_b-c.d@sub-domain.example.org", "josé@exämple.fr", "\"quoted\"@example.org"})
    void aGoodAddressIsAcceptedAndWrittenAsItIs(String address) throws Exception {
        assertThat(EmailAddress.problem(address)).as(address).isEmpty();
        assertThat(writtenTo(address)).containsExactly(address);
    }

    @Property(tries = 3000)
    void whatTheCheckAcceptsTheWriterWritesToThatAddress(@ForAll("addresses") String address) throws Exception {
        if (EmailAddress.problem(address).isPresent()) {
            return;
        }
        assertThatCode(() -> assertThat(writtenTo(address)).containsExactly(address)).as(address)
                .doesNotThrowAnyException();
    }

    /** Text shaped like an address, made of the characters that trip parsers up. */
    @Provide
    Arbitrary<String> addresses() {
        Arbitrary<String> part = Arbitraries.strings().withChars("abz09.-_+'\"()<>[]:;,\\@ !#$%&*/=?^`{|}~é")
                .withChars('\u00a0', '\u200b', '\t', '\u202e').ofMinLength(1).ofMaxLength(10);
        Arbitrary<String> domain = Arbitraries.strings().withChars("abz09.-_()[]:\\é\"").ofMinLength(1)
                .ofMaxLength(8);
        return Combinators.combine(part, domain, domain).as((l, d, t) -> l + "@" + d + "." + t);
    }
}
