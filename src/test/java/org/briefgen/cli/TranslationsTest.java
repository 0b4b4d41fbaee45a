package org.briefgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.briefgen.PdfText;
import org.briefgen.TestCampaigns;
import org.briefgen.failure.ExitCode;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Letters in their recipient's language, and what validate says of translations, through the command line. */
class TranslationsTest {

    @TempDir
    Path dir;

    private Cli danish() {
        Cli cli = new Cli(dir);
        TestCampaigns.edit(cli.data().resolve("recipients.csv"), "2100 København Ø; Denmark,en-GB",
                "2100 København Ø; Denmark,da-DK");
        return cli;
    }

    @Test
    void aDanishRecipientWithNoDanishTranslationGetsTheEnglishLetterDatedInEnglish() throws IOException {
        Cli cli = danish();
        Cli.Result r = cli.generate();
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.OK);
        Path pdf = cli.out().resolve("cloud-extraction-2020/CE-2020-004-sondergaard-connect-aps.pdf");
        String text = PdfText.flat(PdfText.extract(pdf));
        assertThat(text).contains("7 January 2020", "Please respond no later than 17 January 2020", "Page 1 of 2",
                "Dear Sir/Madam,").doesNotContain("januar", "Side ");
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
        }
        assertThat(r.err()).contains(warning(cli));
    }

    @Test
    void validateWarnsOfTheMissingTranslationNamingTheRecipient() {
        Cli cli = danish();
        Cli.Result r = Cli.run("validate", "--data", cli.data().toString(), "--templates", cli.root.resolve(
                "templates").toString());
        assertThat(r.code()).isEqualTo(ExitCode.OK);
        assertThat(r.err()).contains(warning(cli));
        assertThat(r.out()).startsWith("ok: campaign cloud-extraction-2020, 5 letters checked, 4 warnings");
    }

    private static String warning(Cli cli) {
        return "warning: " + cli.data().resolve("recipients.csv") + ":5: recipient 'sondergaard' asks for Danish"
                + " (Denmark) (da-DK) but letter.md.ftl has no translation (letter.da-DK.md.ftl or letter.da.md.ftl):"
                + " its letter is in the campaign's language, en-GB";
    }

    @Test
    void validateReportsEveryTranslationProblemAtOnceEachWithItsPlace() {
        Cli cli = new Cli(dir);
        Path templates = cli.root.resolve("templates");
        String german = TestCampaigns.read(templates.resolve("letter.md.ftl")).replace(
                "We look forward to hearing from you.", "Wir freuen uns auf Ihre Antwort, ${recipient.extra.vat}.");
        TestCampaigns.write(templates.resolve("letter.de.md.ftl"), german);
        int line = german.lines().toList().indexOf("Wir freuen uns auf Ihre Antwort, ${recipient.extra.vat}.") + 1;
        TestCampaigns.write(templates.resolve("letter.xq.md.ftl"), "Hello\n");
        TestCampaigns.write(templates.resolve("messages.fr.properties"), "# ours\npage.numbr = Feuille {page}\n"
                + "page.reference = Réf {reference\n");
        TestCampaigns.write(templates.resolve("messages.nl.properties"), "page.number = Pagina {page} van {pages}\n");
        TestCampaigns.edit(cli.data().resolve("recipients.csv"), "2100 København Ø; Denmark,en-GB",
                "2100 København Ø; Denmark,qq");

        Cli.Result r = Cli.run("validate", "--data", cli.data().toString(), "--templates", templates.toString());

        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains(
                templates.resolve("messages.fr.properties") + ":2: no message 'page.numbr' to replace (did you mean"
                        + " 'page.number'?)",
                templates.resolve("messages.fr.properties") + ":3: 'page.reference' is not an ICU message",
                templates.resolve("messages.nl.properties") + ": message 'page.reference' is missing: briefgen has no"
                        + " Dutch of its own, so every message must be given",
                templates.resolve("letter.de.md.ftl") + ":" + line + ": the translation prints recipient.extra.vat,"
                        + " which letter.md.ftl does not",
                templates.resolve("letter.xq.md.ftl") + ": 'xq' is not a language tag",
                cli.data().resolve("recipients.csv") + ":5: 'qq' is not a language tag ISO 639 knows (recipient"
                        + " 'sondergaard'");
        assertThat(r.err()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void validateWarnsOfWordsAFrenchLetterWouldPrintUntranslated() {
        Cli cli = new Cli(dir);
        TestCampaigns.edit(cli.data().resolve("surveys/yougov-2019.yaml"), "          very-well: Très bien\n", "");
        TestCampaigns.edit(cli.data().resolve("findings/maisonnette-veille-quarry.md"), "language: fr-FR\n", "");
        TestCampaigns.edit(cli.root.resolve("templates/briefing.fr.md.ftl"), "<#include \"summary.fr.md.ftl\">",
                "<#include \"summary.md.ftl\">");
        Cli.Result r = Cli.run("validate", "--data", cli.data().toString(), "--templates", cli.root.resolve(
                "templates").toString());
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.OK);
        assertThat(r.err()).contains("warning: " + cli.data().resolve("surveys/yougov-2019.yaml") + ":")
                .contains("letters in fr-FR would print this survey's words untranslated: question 'understand-cloud'"
                        + " option 'very-well' label")
                .contains("warning: " + cli.data().resolve("findings/maisonnette-veille-quarry.md") + ":1: the letter"
                        + " to 'maisonnette' is in fr-FR but this finding is in en-GB")
                .contains("warning: " + cli.root.resolve("templates/briefing.fr.md.ftl")
                        + ":22: includes summary.md.ftl,"
                        + " which is in the campaign's language: include summary.fr.md.ftl in a translation into fr");
    }
}
