package org.briefgen.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.briefgen.DocxText;
import org.briefgen.PdfText;
import org.briefgen.TestCampaigns;
import org.briefgen.campaign.CampaignData;
import org.briefgen.campaign.Recipient;
import org.briefgen.campaign.load.CampaignLoader;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Escaping, end to end: whatever a company is called, every format prints the name as written.
 * Names are drawn from characters the house style's fonts can draw (others are refused by
 * validate), punctuation and markup characters above all.
 */
class AnyNameSurvivesEveryFormatTest {

    private static final CampaignData BUNDLED = new CampaignLoader(LocalDate.of(2030, 1, 1)).load(TestCampaigns.DATA);
    private static final CampaignRun RUN = Campaigns.installed().run(BUNDLED, TestCampaigns.TEMPLATES);

    @Provide
    Arbitrary<String> names() {
        Arbitrary<Character> markup = Arbitraries.of('*', '_', '`', '[', ']', '(', ')', '<', '>', '#', '!', '\\', '$',
                '{', '}', '&', '|', '~', '^', '"', '\'', '-', '+', '.', ':', '=', '@', '%', ';', '/', '?');
        Arbitrary<Character> letters = Arbitraries.chars().range('A', 'z').filter(Character::isLetter);
        Arbitrary<Character> latin = Arbitraries.of('é', 'ø', 'ß', 'Ł', 'ç', 'Ş', 'æ', 'ñ', 'Ü', 'å');
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, markup), net.jqwik.api.Tuple.of(5, letters), net.jqwik.api.Tuple.of(2, latin),
                net.jqwik.api.Tuple.of(2, Arbitraries.just(' ')))
                .list().ofMinSize(1).ofMaxSize(30).map(cs -> {
                    StringBuilder sb = new StringBuilder();
                    cs.forEach(sb::append);
                    return sb.toString().replaceAll(" +", " ").strip();
                }).filter(s -> !s.isEmpty());
    }

    @Property(tries = 15)
    void aCompanyNamePrintsAsWrittenInEveryFormat(@ForAll("names") String name) throws Exception {
        Recipient amazon = BUNDLED.recipients().get(0);
        Recipient renamed = new Recipient(amazon.id(), name, name, amazon.products(), amazon.contactName(),
                amazon.salutation(), amazon.emails(), amazon.handle(), amazon.address(), amazon.language(),
                amazon.extra(), amazon.source(), amazon.line());
        RenderedLetter letter = RUN.render(RUN.prepare(renamed, 1));
        String expectedLine = name + " via email";
        // the sentence's own full stop is left out after a name that ends in one, or in '?' or '!'
        // ("via warrant to Yahoo!"), as a typesetter would (template.Punctuation)
        String sentenceEnd = "via warrant to " + name + (name.matches("(?s).*[.?!]") ? "" : ".");
        for (RenderedLetter.File file : letter.files()) {
            String text = switch (file.name().substring(file.name().indexOf('.'))) {
                case ".pdf" -> PdfText.flat(PdfText.extract(file.bytes()));
                case ".docx" -> PdfText.flat(DocxText.body(DocxText.open(file.bytes())));
                case ".eml" -> PdfText.flat(plainBody(file.bytes()));
                default -> new String(file.bytes(), StandardCharsets.UTF_8);
            };
            if (file.name().endsWith(".post.txt")) {
                assertThat(text).as(file.name()).contains(name);
            } else if (file.name().endsWith(".pdf")) {
                // a PDF's lines may break after a hyphen in the name; extraction then adds a space
                assertThat(text.replaceAll("\\s", "")).as(file.name())
                        .contains(expectedLine.replaceAll("\\s", ""))
                        .contains(sentenceEnd.replaceAll("\\s", ""));
            } else {
                assertThat(text).as(file.name()).contains(expectedLine).contains(sentenceEnd);
            }
        }
        assertThat(letter.files()).extracting(RenderedLetter.File::name).hasSize(4);
        assertThat(List.of(Path.of(letter.files().get(0).name()).getFileName().toString()))
                .allMatch(n -> !n.contains("/") && !n.contains("\\") && !n.startsWith("."));
    }

    private static String plainBody(byte[] eml) throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new java.util.Properties()),
                new ByteArrayInputStream(eml));
        return org.briefgen.EmlParts.body(message, "text/plain");
    }
}
