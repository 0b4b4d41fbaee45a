package org.briefgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.briefgen.TestCampaigns;
import org.briefgen.failure.ExitCode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Validation and a batch agree (issue 26, part 5): validate tells every problem of every kind in one
 * run, a dry run of --keep-going previews what --keep-going issues, failures.csv names every row's
 * recipient, a warning is given only when it applies, and follow-ups warn as letters do.
 */
class ValidationConsistencyTest {

    private static final Path ARABIC = Path.of("src/test/resources/arabic");

    /** Amazon UK's address again, on a new row: a duplicate, which a lenient load leaves out. */
    private static final String DUPLICATE = "dup-mail,Duplicate Mail Ltd,Dup,Amazon Alexa,,,eu-privacy@amazon.co.uk,"
            + "@DupMail,,en-GB\n";
    /** A company name no font of the house style draws. */
    private static final String NO_FONT = "kaisha,株式会社 Kaisha,Kaisha,Amazon Alexa,,,privacy@kaisha.example.jp,"
            + "@KaishaJP,,en-GB\n";
    /** A short name so long that its post does not fit Twitter. */
    private static final String LONG_POST = "longname,Longname Ltd," + "Longname ".repeat(40).strip()
            + ",Amazon Alexa,,,privacy@longname.example.org,@Longname,,en-GB\n";

    @TempDir
    Path dir;

    private static void addRows(Cli cli, String... rows) {
        Path csv = cli.data().resolve("recipients.csv");
        TestCampaigns.write(csv, TestCampaigns.read(csv) + String.join("", rows));
    }

    private Cli.Result validate(Cli cli) {
        return Cli.run("validate", "--data", cli.data().toString(), "--templates", cli.root.resolve("templates")
                .toString());
    }

    @Test
    void validateReportsADuplicateAMissingFontAndATooLongPostInOneRun() {
        Cli cli = new Cli(dir);
        addRows(cli, DUPLICATE, NO_FONT, LONG_POST);
        Cli.Result r = validate(cli);
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("e-mail address 'eu-privacy@amazon.co.uk' is also used on line 2")
                .contains("株式会社").contains("no font of the house style covers")
                .contains("the post is").contains("recipient 'longname'");
    }

    @Test
    void aDryRunOfKeepGoingPreviewsWhatKeepGoingIssuesAndListsTheRest() throws IOException {
        Cli cli = new Cli(dir);
        addRows(cli, DUPLICATE, LONG_POST);
        Cli.Result dry = cli.generate("--keep-going", "--dry-run");
        assertThat(dry.code()).as(dry.err()).isEqualTo(ExitCode.SOME_FAILED);
        Path preview = cli.out().resolve("preview/cloud-extraction-2020");
        assertThat(dry.err()).contains("the post is").contains("is also used on line 2")
                .contains("2 letters could not be issued; see " + preview.resolve("failures.csv"));
        assertThat(Files.readString(preview.resolve("failures.csv"))).contains("longname,Longname Ltd,")
                .contains("dup-mail,Duplicate Mail Ltd,");
        Cli.Result real = cli.generate("--keep-going");
        assertThat(real.code()).isEqualTo(ExitCode.SOME_FAILED);
        assertThat(letters(preview)).hasSize(5).isEqualTo(letters(cli.out().resolve("cloud-extraction-2020")));
    }

    private static List<String> letters(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("CE-") && n.endsWith(".pdf"))
                    .sorted().toList();
        }
    }

    @Test
    void failuresCsvNamesTheRecipientOfARowLeftOut() throws IOException {
        Cli cli = new Cli(dir);
        addRows(cli, DUPLICATE);
        Cli.Result r = cli.generate("--keep-going", "--formats", "pdf", "--quiet");
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.SOME_FAILED);
        List<String> rows = Files.readAllLines(cli.out().resolve("cloud-extraction-2020/failures.csv"));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1)).startsWith("dup-mail,Duplicate Mail Ltd," + cli.data().resolve("recipients.csv")
                + ",7,");
    }

    @Test
    void aLetterWithNoSummaryAndNoSurveyIsNotWarnedOfTheirTranslations() throws IOException {
        Cli cli = new Cli(dir);
        Path templates = cli.root.resolve("templates");
        // the Arabic letter, without the summary and the survey's charts, figures, questions and methodology
        String letter = Files.readString(ARABIC.resolve("letter.ar.md.ftl")).lines()
                .filter(l -> !l.contains("<#include") && !l.contains("<@chart") && !l.contains("figure(")
                        && !l.contains("question(") && !l.contains("methodology("))
                .reduce("", (a, b) -> a + b + "\n");
        Files.writeString(templates.resolve("letter.ar.md.ftl"), letter);
        Files.copy(ARABIC.resolve("messages.ar.properties"), templates.resolve("messages.ar.properties"));
        Files.copy(ARABIC.resolve("waha-home-camera-quarry.md"), cli.data().resolve(
                "findings/waha-home-camera-quarry.md"));
        addRows(cli, Files.readString(ARABIC.resolve("recipient.csv")));
        Cli.Result r = validate(cli);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).doesNotContain("summary.md.ftl: no translation").doesNotContain("untranslated")
                // the post is made for this recipient, in English: that warning applies
                .contains("post.txt.ftl: no translation into ar-SA");
    }

    @Test
    void aLetterThatPrintsTheSurveyInArabicIsWarnedOfItsUntranslatedWords() throws IOException {
        Cli cli = new Cli(dir);
        Path templates = cli.root.resolve("templates");
        for (String file : List.of("letter.ar.md.ftl", "summary.ar.md.ftl", "messages.ar.properties")) {
            Files.copy(ARABIC.resolve(file), templates.resolve(file));
        }
        Files.copy(ARABIC.resolve("waha-home-camera-quarry.md"), cli.data().resolve(
                "findings/waha-home-camera-quarry.md"));
        addRows(cli, Files.readString(ARABIC.resolve("recipient.csv")));
        Cli.Result r = validate(cli);
        assertThat(r.err()).contains("would print this survey's words untranslated: everything");
    }

    @Test
    void followUpsWarnAsLettersDo() {
        Cli cli = new Cli(dir);
        addRows(cli, "hallo,Hallo GmbH,Hallo,Amazon Alexa,,,privacy@hallo.example.de,@HalloDE,,de-DE\n");
        Cli.Result letters = cli.generate("--formats", "pdf");
        assertThat(letters.code()).as(letters.err()).isZero();
        String warning = "recipient 'hallo' asks for German (Germany) (de-DE) but letter.md.ftl has no translation";
        assertThat(letters.err()).contains(warning);
        Cli.Result followUps = cli.generate("--follow-up", "--as-of", "2020-01-20", "--formats", "pdf");
        assertThat(followUps.code()).as(followUps.err()).isZero();
        assertThat(followUps.err()).contains(warning);
    }
}
