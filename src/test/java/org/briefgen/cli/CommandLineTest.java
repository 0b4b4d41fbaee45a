package org.briefgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.briefgen.TestCampaigns;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** briefgen as a user meets it: commands, messages and exit codes. */
class CommandLineTest {

    @TempDir
    Path dir;

    private record Result(int code, String out, String err) {
    }

    private Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    private Path campaign() {
        return TestCampaigns.copyBundled(dir);
    }

    private String[] with(Path root, String command) {
        String[] args = {command, "--data", root.resolve("data").toString(), "--templates",
                root.resolve("templates").toString()};
        if (command.equals("generate")) {
            args = java.util.stream.Stream.concat(java.util.Arrays.stream(args),
                    java.util.stream.Stream.of("--out", root.resolve("out").toString())).toArray(String[]::new);
        }
        return args;
    }

    @Test
    void generateWritesOneLinePerLetterAndASummary() {
        Path root = campaign();
        Result r = run(with(root, "generate"));
        assertThat(r.code()).isZero();
        assertThat(r.err().lines()).allMatch(l -> l.startsWith("warning: "));
        assertThat(r.out()).contains("CE-2020-001", "Amazon UK", "CE-2020-001-amazon-uk.pdf", "(2 pages)")
                .contains("5 letters written to " + root.resolve("out/cloud-extraction-2020"));
        assertThat(root.resolve("out/cloud-extraction-2020/CE-2020-001-amazon-uk.pdf")).isRegularFile();
        assertThat(r.out()).contains("CE-2020-001-amazon-uk.pdf  (2 pages)  also .docx .eml .post.txt\n")
                .contains("CE-2020-004-sondergaard-connect-aps.pdf  (2 pages)  also .docx; no .eml (no e-mail"
                        + " address), no .post.txt (no handle)\n");
    }

    @Test
    void formatsChooseTheFilesWritten() throws Exception {
        Path root = campaign();
        String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(with(root, "generate")),
                java.util.stream.Stream.of("--formats", "docx,POST")).toArray(String[]::new);
        Result r = run(args);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("CE-2020-001-amazon-uk.docx  also .post.txt\n");
        try (var files = Files.list(root.resolve("out/cloud-extraction-2020"))) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith("manifest."))).hasSize(9)
                    .allMatch(n -> n.endsWith(".docx") || n.endsWith(".post.txt"));
        }
    }

    @Test
    void anUnknownFormatIsBadUsage() {
        Path root = campaign();
        String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(with(root, "generate")),
                java.util.stream.Stream.of("--formats", "pdf,odt")).toArray(String[]::new);
        Result r = run(args);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("'odt' is not a format (choose from pdf, docx, eml, post)");
        assertThat(root.resolve("out")).doesNotExist();
    }

    @Test
    void aPostTooLongExitsTwoNamingTheRecipient() {
        Path root = campaign();
        TestCampaigns.edit(root.resolve("templates/post.txt.ftl"), "We wrote to ${recipient.handle}:",
                "We wrote to ${recipient.handle}: " + "x".repeat(150));
        Result r = run(with(root, "generate"));
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("error: " + root.resolve("templates/post.txt.ftl") + ": the post is ")
                .contains("as Twitter counts them (a link counts 23; at most 280 allowed) for recipient 'amazon-uk' ("
                        + root.resolve("data/recipients.csv") + " line 2)")
                .contains("3 problems in the letters; nothing was written.");
        assertThat(root.resolve("out")).doesNotExist();
    }

    @Test
    void thePlatformDecidesTheHandlesFormAndHowAPostIsCounted() {
        Path root = campaign();
        Path csv = root.resolve("data/recipients.csv");
        TestCampaigns.edit(root.resolve("data/campaign.yaml"), "platform: Twitter", "platform: Mastodon");
        Result wrong = run(with(root, "validate"));
        assertThat(wrong.code()).isEqualTo(2);
        assertThat(wrong.err()).contains(csv + ":2:").contains("'@AmazonUK' is not a Mastodon handle (the account and"
                + " its server, as in '@privacyint@mastodon.social')");

        for (String[] h : new String[][] {{"@AmazonUK", "@amazon@mastodon.social"},
                {"@NorthwindHome", "@northwind@social.example.org"}, {"@FieldfareApp", "@fieldfare@mastodon.online"},
                {"@MaisonnetteFR", "@maisonnette@mastodon.social"}}) {
            TestCampaigns.edit(csv, h[0], h[1]);
        }
        // 150 more characters: too long for Twitter (see above), within Mastodon's 500
        TestCampaigns.edit(root.resolve("templates/post.txt.ftl"), "We wrote to ${recipient.handle}:",
                "We wrote to ${recipient.handle}: " + "x".repeat(150));
        Result r = run(with(root, "generate"));
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(TestCampaigns.read(root.resolve("out/cloud-extraction-2020/CE-2020-001-amazon-uk.post.txt")))
                .startsWith("We wrote to @amazon@mastodon.social: xxx");
        assertThat(TestCampaigns.read(root.resolve("out/cloud-extraction-2020/CE-2020-001-amazon-uk.pdf")
                .resolveSibling("CE-2020-001-amazon-uk.eml"))).contains("via Mastodon @amazon@mastodon.social");
    }

    @Test
    void anUnknownPlatformIsRefusedNamingTheKnownOnes() {
        Path root = campaign();
        TestCampaigns.edit(root.resolve("data/campaign.yaml"), "platform: Twitter", "platform: Myspace");
        Result r = run(with(root, "validate"));
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(root.resolve("data/campaign.yaml") + ":11:")
                .contains("'Myspace' is not a platform briefgen knows (Twitter (or X), Mastodon, Bluesky)");
    }

    @Test
    void validateChecksAndWritesNothing() {
        Path root = campaign();
        Result r = run("validate", "--data", root.resolve("data").toString(), "--templates",
                root.resolve("templates").toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("ok: campaign cloud-extraction-2020, 5 letters checked");
        assertThat(root.resolve("out")).doesNotExist();
    }

    @Test
    void missingOptionalValuesAreWarningsNamingThePlaceAndExitZero() {
        Path root = campaign();
        Path csv = root.resolve("data/recipients.csv");
        Result r = run(with(root, "validate"));
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("ok: campaign cloud-extraction-2020, 5 letters checked, 3 warnings");
        assertThat(r.err().lines()).containsExactly(
                "warning: " + csv + ":5:70: recipient 'sondergaard' has no e-mail address: its letter cannot be"
                        + " e-mailed (no .eml is made), only posted to its address",
                "warning: " + csv + ":5:71: recipient 'sondergaard' has no handle: it gets no public post, and its"
                        + " letter names no social media account",
                "warning: " + root.resolve("data/findings/amazon-alexa-oxygen.md") + ":1:1: the finding's quotations"
                        + " have no source: the briefing cites none for them (add 'source: <address of the quoted"
                        + " page>' to the front matter)");

        Result generated = run(with(root, "generate"));
        assertThat(generated.code()).isZero();
        assertThat(generated.err()).contains("warning: " + csv + ":5:70: recipient 'sondergaard' has no e-mail");

        TestCampaigns.edit(root.resolve("data/findings/amazon-alexa-oxygen.md"), "vendor: Oxygen Forensics\n",
                "vendor: Oxygen Forensics\nsource: https://www.oxygen-forensic.com/\n");
        TestCampaigns.edit(csv, "Søndergaard Photos,,,,,", "Søndergaard Photos,,,privacy@sondergaard.example.dk,"
                + "@Sondergaard,");
        Result clean = run(with(root, "validate"));
        assertThat(clean.code()).isZero();
        assertThat(clean.err()).isEmpty();
        assertThat(clean.out()).startsWith("ok: campaign cloud-extraction-2020, 5 letters checked (");
    }

    @Test
    void badDataExitsTwoNamingFileAndLineAndWritesNothing() {
        Path root = campaign();
        TestCampaigns.edit(root.resolve("data/recipients.csv"), "eu-privacy@amazon.co.uk", "eu-privacy.amazon.co.uk");
        for (String command : new String[] {"validate", "generate"}) {
            Result r = run(with(root, command));
            assertThat(r.code()).as(command).isEqualTo(2);
            assertThat(r.err()).as(command).startsWith("error: " + root.resolve("data/recipients.csv")
                    + ":2:").contains("'eu-privacy.amazon.co.uk' is not an e-mail address")
                    .contains("1 problem in the campaign data; nothing was written.")
                    .doesNotContain("Exception").doesNotContain("\tat ");
            assertThat(root.resolve("out")).doesNotExist();
        }
    }

    @Test
    void aTemplateErrorExitsTwoNamingTemplateLineAndRecipient() {
        Path root = campaign();
        TestCampaigns.edit(root.resolve("templates/letter.md.ftl"), "${letter.deadline}", "${letter.dedline}");
        Result r = run(with(root, "generate"));
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(root.resolve("templates/letter.md.ftl") + ":")
                .contains("${letter.dedline} has no value")
                .contains("for recipient 'amazon-uk' (" + root.resolve("data/recipients.csv") + " line 2) and 3 other"
                        + " recipients")
                // the French translation still prints letter.deadline, which the broken original no longer does
                .contains("letter.fr.md.ftl:69: the translation prints letter.deadline, which letter.md.ftl does not")
                .contains("2 problems in the letters; nothing was written.");
        assertThat(root.resolve("out")).doesNotExist();
    }

    @Test
    void aSurveyThatDoesNotAddUpFailsValidateNamingFileAndQuestion() {
        Path root = campaign();
        TestCampaigns.edit(root.resolve("data/surveys/yougov-2019.yaml"), "percent: 55.7", "percent: 52.7");
        Result r = run(with(root, "validate"));
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(root.resolve("data/surveys/yougov-2019.yaml") + ":")
                .contains("question 'apps-use-cloud' add up to 97.0%, not 100%");
    }

    @Test
    void anUnknownQuestionInATemplateFailsValidateNamingTemplateAndQuestion() {
        Path root = campaign();
        TestCampaigns.edit(root.resolve("templates/letter.md.ftl"), "<@chart question=\"apps-use-cloud\"/>",
                "<@chart question=\"apps-in-cloud\"/>");
        Result r = run(with(root, "validate"));
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(root.resolve("templates/letter.md.ftl") + ":")
                .contains("no survey question 'apps-in-cloud' (did you mean 'apps-use-cloud'?)");
    }

    @Test
    void aNameNoFontCanDrawFailsValidateNamingRecipientAndCharacter() {
        Path root = campaign();
        TestCampaigns.edit(root.resolve("data/recipients.csv"), "northwind-home,Northwind Home Ltd,Northwind,",
                "northwind-home,\u682a\u5f0f\u4f1a\u793e\u30e1\u30eb\u30ab\u30ea,,");
        for (String command : new String[] {"validate", "generate"}) {
            Result r = run(with(root, command));
            assertThat(r.code()).as(command).isEqualTo(2);
            assertThat(r.err()).as(command)
                    .contains("recipient 'northwind-home' (" + root.resolve("data/recipients.csv")
                            + " line 3): field company \"\u682a\u5f0f\u4f1a\u793e\u30e1\u30eb\u30ab\u30ea\"")
                    .contains("no font of the house style covers: '\u682a' U+682A").contains("KATAKANA")
                    .contains("fallback_fonts");
            assertThat(root.resolve("out")).doesNotExist();
        }
    }

    @Test
    void aBriefingTextNoFontCanDrawFailsValidateNamingTheBriefing() {
        Path root = campaign();
        TestCampaigns.edit(root.resolve("templates/briefing.md.ftl"), "cover-subtitle: Research briefing",
                "cover-subtitle: Research briefing \u8abf\u67fb");
        Result r = run(with(root, "validate"));
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("error: " + root.resolve("templates/briefing.md.ftl") + " (the research briefing):"
                + " \"Research briefing \u8abf\u67fb\" has characters no font of the house style covers: '\u8abf'"
                + " U+8ABF");
    }

    @Test
    void generateListsTheBriefing() {
        Path root = campaign();
        Result r = run(with(root, "generate"));
        assertThat(r.out()).contains("research briefing",
                root.resolve("out/cloud-extraction-2020/briefing.pdf").toString());
    }

    @Test
    void aBadStyleExitsTwo() {
        Path root = campaign();
        TestCampaigns.edit(root.resolve("templates/style.yaml"), "line_height: 1.38", "line_hieght: 1.38");
        Result r = run(with(root, "generate"));
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(root.resolve("templates/style.yaml") + ":").contains("unknown key 'line_hieght'");
    }

    @Test
    void aMissingCampaignFolderExitsTwo() {
        Result r = run("validate", "--data", dir.resolve("nowhere").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("nowhere: campaign folder not found");
    }

    @Test
    void badUsageExitsTwoWithUsage() {
        Result r = run("generate", "--no-such-option");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("Unknown option: '--no-such-option'").contains("Usage: briefgen generate");
    }

    @Test
    void helpAndVersion() {
        assertThat(run("--help").out()).contains("generate", "validate", "Exit codes");
        assertThat(run("generate", "--help").out()).contains("--data", "--out", "--templates", "--formats");
        assertThat(run("--version").out()).startsWith("briefgen ");
    }

    @Test
    void noCommandIsBadUsage() {
        assertThat(run().code()).isEqualTo(2);
    }

    @Test
    void theBundledOutputFolderIsKeptOutOfGit() throws Exception {
        assertThat(Files.readString(Path.of(".gitignore"))).contains("output/*").contains("!output/.gitkeep");
    }
}
