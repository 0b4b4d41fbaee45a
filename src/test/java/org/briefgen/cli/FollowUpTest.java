package org.briefgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.briefgen.DocxText;
import org.briefgen.PdfText;
import org.briefgen.campaign.load.CampaignLoader;
import org.briefgen.failure.ExitCode;
import org.briefgen.files.Sha256;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19's must-show on the bundled campaign: letters issued, a response recorded for CE-2020-001,
 * then {@code generate --follow-up --as-of 2020-01-20} chases every other letter, each citing its
 * original; a re-run chases none; the tracker and {@code archive show} show the chain.
 */
class FollowUpTest {

    @TempDir
    Path dir;

    Cli cli;

    @BeforeEach
    void issuedAndAmazonResponded() {
        cli = new Cli(dir);
        assertThat(cli.generate("--quiet").code()).isZero();
        Cli.Result r = cli.command("respond", "CE-2020-001", "--received", "2020-01-15", "--summary", "Denies it");
        assertThat(r.code()).as(r.err()).isZero();
    }

    /** The bundled campaign's recipients but Amazon UK, who responded: each gets a follow-up. */
    private int silent() {
        return new CampaignLoader(LocalDate.of(2030, 1, 1)).load(cli.data()).recipients().size() - 1;
    }

    /** A table's text with each run of spaces between its columns as two: independent of the widest cell. */
    private static String squeezed(String table) {
        return table.replaceAll(" {2,}", "  ");
    }

    private Path folder() {
        return cli.out().resolve("cloud-extraction-2020");
    }

    private List<String> allFiles() throws IOException {
        try (Stream<Path> all = Files.list(folder())) {
            return all.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private List<String> files(String reference) throws IOException {
        try (Stream<Path> all = Files.list(folder())) {
            return all.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(reference + "-"))
                    .filter(n -> !n.startsWith(reference + "-F")).sorted().toList();
        }
    }

    @Test
    void aDryRunWritesThePreviewAndRecordsNothing() throws Exception {
        Cli.Result dry = cli.generate("--follow-up", "--as-of", "2020-01-20", "--dry-run");
        assertThat(dry.code()).as(dry.err()).isZero();
        Path preview = cli.out().resolve("preview/cloud-extraction-2020");
        assertThat(dry.out()).contains("  CE-2020-002-F1 Northwind Home Ltd           " + preview.resolve(
                "CE-2020-002-F1-northwind-home-ltd.pdf") + "  (1 page)  also .docx .eml .post.txt; follows CE-2020-002")
                .endsWith(silent() + " follow-ups of round 1, dated 20 January 2020, previewed in " + preview
                        + "; nothing was"
                        + " issued or recorded\n");
        assertThat(PdfText.flat(PdfText.extract(preview.resolve("CE-2020-004-F1-sondergaard-connect-aps.pdf"))))
                .contains("under our reference CE-2020-004");
        assertThat(files("CE-2020-002-F1")).isEmpty();
        assertThat(cli.command("archive", "verify").out()).startsWith("intact: " + (silent() + 1) + " letters");
        // what the dry run showed is what is issued
        Cli.Result real = cli.generate("--follow-up", "--as-of", "2020-01-20");
        assertThat(Files.readAllBytes(folder().resolve("CE-2020-003-F1-fieldfare-messaging-ltd.pdf"))).isEqualTo(
                Files.readAllBytes(preview.resolve("CE-2020-003-F1-fieldfare-messaging-ltd.pdf")));
        assertThat(real.out()).contains(silent() + " follow-ups of round 1");
    }

    @Test
    void validateNamesAFaultInTheFollowUpTemplate() throws Exception {
        Files.writeString(cli.root.resolve("templates/follow-up.md.ftl"), "---\nsubject: x\n---\n<#if>\n");
        Cli.Result r = Cli.run("validate", "--data", cli.data().toString(), "--templates", cli.root.resolve(
                "templates").toString());
        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("follow-up.md.ftl:4");
    }

    @Test
    void everyOtherLetterIsFollowedUpOnceCitingItsOriginal() throws Exception {
        Cli.Result r = cli.generate("--follow-up", "--as-of", "2020-01-20");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out().lines().filter(l -> l.startsWith("  CE-")).toList()).hasSize(silent())
                .anyMatch(l -> l.startsWith("  CE-2020-002-F1 Northwind Home Ltd") && l.endsWith("follows CE-2020-002"))
                .anyMatch(l -> l.startsWith("  CE-2020-003-F1 Fieldfare Messaging Ltd"))
                .anyMatch(l -> l.startsWith("  CE-2020-004-F1 Søndergaard Connect ApS")
                        && l.contains("no .eml (no e-mail address)"));
        assertThat(r.out()).doesNotContain("CE-2020-001-F1")
                .endsWith(silent() + " follow-ups of round 1, dated 20 January"
                        + " 2020, written to " + folder() + " and recorded in " + cli.out().resolve("archive.sqlite")
                        + "\n");

        // in every format of the run, as its letter was: Søndergaard's by post only
        assertThat(files("CE-2020-002-F1")).containsExactly("CE-2020-002-F1-northwind-home-ltd.docx",
                "CE-2020-002-F1-northwind-home-ltd.eml", "CE-2020-002-F1-northwind-home-ltd.pdf",
                "CE-2020-002-F1-northwind-home-ltd.post.txt");
        assertThat(files("CE-2020-004-F1")).containsExactly("CE-2020-004-F1-sondergaard-connect-aps.docx",
                "CE-2020-004-F1-sondergaard-connect-aps.pdf");
        assertThat(files("CE-2020-001-F1")).isEmpty();

        for (String[] chased : new String[][] {{"CE-2020-002", "northwind-home-ltd", "Dear Ms Okafor,"},
                {"CE-2020-003", "fieldfare-messaging-ltd", "Dear Priya Raman,"},
                {"CE-2020-004", "sondergaard-connect-aps", "Dear Sir/Madam,"}}) {
            String pdf = PdfText.flat(PdfText.extract(folder().resolve(chased[0] + "-F1-" + chased[1] + ".pdf")));
            assertThat(pdf).as(chased[0]).contains("20 January 2020", chased[2],
                    "(our letter " + chased[0] + " of 7 January 2020)",
                    "On 7 January 2020 we wrote to you, under our reference " + chased[0],
                    "and asked for a response by 17 January 2020. We have not received one.",
                    "We therefore again seek a response from you on your position on the use of cloud analytics"
                            + " technologies by law enforcement",
                    "Please respond no later than 27 January 2020.", "Kind regards,", "Camilla Graham Wood",
                    "Ref. " + chased[0] + "-F1");
            String docx = DocxText.body(DocxText.open(Files.readAllBytes(folder().resolve(chased[0] + "-F1-"
                    + chased[1] + ".docx"))));
            assertThat(PdfText.flat(docx)).as(chased[0]).contains("On 7 January 2020 we wrote to you, under our"
                    + " reference " + chased[0], "Please respond no later than 27 January 2020.");
        }
        String eml = Files.readString(folder().resolve("CE-2020-002-F1-northwind-home-ltd.eml"),
                StandardCharsets.ISO_8859_1);
        assertThat(eml).contains("To: Northwind Home Ltd <privacy@northwind-home.example.org>",
                "Subject: Reminder: Cloud analytics:",
                "filename=CE-2020-002-F1-northwind-home-ltd.pdf", "filename=briefing.pdf");
        // it replies to the letter it chases: one thread in the recipient's mail program
        String original = SendAndInboxTest.messageId(Files.readString(folder().resolve(
                "CE-2020-002-northwind-home-ltd.eml"), StandardCharsets.ISO_8859_1));
        assertThat(eml).contains("In-Reply-To: " + original + "\r\n", "References: " + original + "\r\n");
        assertThat(SendAndInboxTest.messageId(eml)).startsWith("<CE-2020-002-F1.").isNotEqualTo(original);
        assertThat(Files.readString(folder().resolve("CE-2020-002-F1-northwind-home-ltd.post.txt"))).isEqualTo(
                "On 7 January 2020 we asked @NorthwindHome for Northwind's position on police use of cloud"
                        + " extraction on Northwind Hearth speaker data. No response yet: we have asked again, for a"
                        + " response by 27 January 2020. https://privacyinternational.org/\n");

        // again: nothing new, and it says why
        List<String> before = allFiles();
        Cli.Result again = cli.generate("--follow-up", "--as-of", "2020-01-20");
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.out()).isEqualTo("nothing new to follow up: no letter of cloud-extraction-2020 is due a"
                + " round-1 follow-up on 20 January 2020 (" + silent() + " followed up already, 1 answered)\n");
        assertThat(allFiles()).isEqualTo(before);
        // a plain run, or a dry run, finds the letters issued, unchanged: follow-ups are not letters to reissue
        assertThat(cli.generate().out()).contains("already issued: CE-2020-002 Northwind Home Ltd\n")
                .doesNotContain("changed").doesNotContain("-F1");
        assertThat(cli.generate("--dry-run").out()).contains("already issued: CE-2020-004 Søndergaard Connect ApS\n")
                .doesNotContain("changed").doesNotContain("-F1");
        Cli.Result verify = cli.command("archive", "verify");
        assertThat(verify.code()).as(verify.out() + verify.err()).isZero();
        assertThat(verify.out()).startsWith("intact: " + (2 * silent() + 1) + " letters, 1 response");
        assertThat(Files.readString(folder().resolve("manifest.json"))).contains("\"follows\" : \"CE-2020-002\"");
    }

    @Test
    void followUpsMadeOnOneThreadOrTwoAreTheSameBytes() throws Exception {
        Path preview = cli.out().resolve("preview/cloud-extraction-2020");
        Map<String, String> made = new TreeMap<>();
        for (String jobs : List.of("1", "2")) {
            Cli.Result r = cli.generate("--follow-up", "--as-of", "2020-01-20", "--dry-run", "--jobs", jobs);
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(r.out()).contains(silent() + " follow-ups of round 1");
            try (Stream<Path> files = Files.list(preview)) {
                Map<String, String> these = new TreeMap<>();
                for (Path f : files.toList()) {
                    these.put(f.getFileName().toString(), Sha256.ofFile(f));
                }
                if (made.isEmpty()) {
                    made.putAll(these);
                } else {
                    assertThat(these).as("--jobs " + jobs).isEqualTo(made);
                }
            }
        }
        assertThat(made.keySet()).anyMatch(n -> n.startsWith("CE-2020-002-F1-") && n.endsWith(".pdf"))
                .hasSizeGreaterThan(
                        silent());
    }

    @Test
    void theTrackerAndArchiveShowShowTheChain() throws Exception {
        assertThat(cli.generate("--follow-up", "--as-of", "2020-01-20").code()).isZero();
        Cli.Result table = cli.command("tracker", "--as-of", "2020-01-22");
        assertThat(table.code()).as(table.err()).isZero();
        List<String> order = table.out().lines().skip(2).map(l -> l.substring(0, l.indexOf(' '))).toList();
        assertThat(order).startsWith("CE-2020-001", "CE-2020-002", "CE-2020-002-F1", "CE-2020-003", "CE-2020-003-F1",
                "CE-2020-004", "CE-2020-004-F1");
        // every follow-up right after the letter it chases
        order.stream().filter(reference -> reference.endsWith("-F1")).forEach(f -> assertThat(order.get(order
                .indexOf(f) - 1)).isEqualTo(f.substring(0, f.length() - 3)));
        assertThat(squeezed(table.out())).contains("CE-2020-002  Northwind Home Ltd  2020-01-07  2020-01-17  overdue"
                + " by 5 days, followed up by CE-2020-002-F1\n",
                "CE-2020-002-F1  Northwind Home Ltd  2020-01-20 "
                        + " 2020-01-27  awaiting, follow-up 1 to CE-2020-002\n");

        List<CSVRecord> csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(cli.command("tracker", "--as-of", "2020-01-28", "--format", "csv").out()))
                .getRecords();
        CSVRecord followUp = csv.stream().filter(c -> c.get("reference").equals("CE-2020-003-F1")).findFirst()
                .orElseThrow();
        assertThat(followUp.get("status")).isEqualTo("overdue");
        assertThat(followUp.get("days_overdue")).isEqualTo("1");
        assertThat(followUp.get("follows")).isEqualTo("CE-2020-003");
        assertThat(csv.get(1).get("followed_up_by")).isEqualTo("CE-2020-002-F1");

        Cli.Result shown = cli.command("archive", "show", "CE-2020-002-F1");
        assertThat(shown.code()).as(shown.err()).isZero();
        assertThat(shown.out()).contains("follows:          CE-2020-002 (follow-up, round 1)\n", "chain (today):\n",
                "\n    CE-2020-002      2020-01-07  overdue by ", "  * CE-2020-002-F1   2020-01-20  overdue by ",
                ", follow-up 1 to CE-2020-002\n").doesNotContain("sequence:");
        assertThat(cli.command("archive", "show", "CE-2020-001").out()).doesNotContain("chain");
    }

    @Test
    void aResponseToTheOriginalOrItsFollowUpAnswersTheChainAndRoundTwoChasesOnlyTheSilent() throws Exception {
        // any recipient beyond the four of the reference letter answered in time: this story is about those four
        for (int seq = 5; seq <= silent() + 1; seq++) {
            assertThat(cli.command("respond", String.format("CE-2020-%03d", seq), "--received", "2020-01-10").code())
                    .isZero();
        }
        assertThat(cli.generate("--follow-up", "--as-of", "2020-01-20").code()).isZero();
        // Northwind answers the original letter late, Fieldfare answers the follow-up
        assertThat(cli.command("respond", "CE-2020-002", "--received", "2020-01-24").code()).isZero();
        assertThat(cli.command("respond", "CE-2020-003-F1", "--received", "2020-01-25").code()).isZero();

        Cli.Result early = cli.generate("--follow-up", "--round", "2", "--as-of", "2020-01-27");
        assertThat(early.out()).isEqualTo("nothing new to follow up: no letter of cloud-extraction-2020 is due a"
                + " round-2 follow-up on 27 January 2020 (2 answered, 1 not overdue or not sent)\n");
        Cli.Result second = cli.generate("--follow-up", "--round", "2", "--as-of", "2020-01-28");
        assertThat(second.code()).as(second.err()).isZero();
        assertThat(second.out().lines().filter(l -> l.startsWith("  CE-")).toList()).singleElement()
                .satisfies(l -> assertThat(l).startsWith("  CE-2020-004-F2 Søndergaard Connect ApS")
                        .endsWith("follows CE-2020-004-F1"));
        String pdf = PdfText.flat(PdfText.extract(folder().resolve("CE-2020-004-F2-sondergaard-connect-aps.pdf")));
        assertThat(pdf).contains("On 7 January 2020 we wrote to you, under our reference CE-2020-004",
                "We wrote again on 20 January 2020 (CE-2020-004-F1) and asked for a response by 27 January 2020.",
                "Please respond no later than 4 February 2020.");

        String tracker = squeezed(cli.command("tracker", "--as-of", "2020-01-28").out());
        assertThat(tracker).contains("CE-2020-002-F1  Northwind Home Ltd  2020-01-20  2020-01-27  responded 24"
                + " January 2020 (4 days), follow-up 1 to CE-2020-002",
                "CE-2020-003  Fieldfare Messaging Ltd  2020-01-07  2020-01-17  no response by deadline (responded 25"
                        + " January 2020, after 18 days), followed up by CE-2020-003-F1",
                "CE-2020-004-F2  Søndergaard Connect ApS  2020-01-28  2020-02-04  awaiting, follow-up 2 to"
                        + " CE-2020-004-F1");
        assertThat(cli.generate("--follow-up", "--round", "2", "--as-of", "2020-01-28").out())
                .startsWith("nothing new to follow up");
        assertThat(cli.command("archive", "verify").code()).isZero();
    }

    @Test
    void aNewLetterOrACorrectionStillGetsTheNextNumberAfterFollowUps() throws Exception {
        assertThat(cli.generate("--follow-up", "--as-of", "2020-01-20").code()).isZero();
        Files.writeString(cli.data().resolve("recipients.csv"), "quokka,Quokka Devices Ltd,Quokka,Amazon Alexa,,,"
                + "privacy@quokka.example.org,@Quokka,,en-GB\n", java.nio.file.StandardOpenOption.APPEND);
        Cli.Result r = cli.generate();
        assertThat(r.code()).as(r.err()).isZero();
        String quokka = String.format("CE-2020-%03d", silent() + 1);
        String correction = String.format("CE-2020-%03d", silent() + 2);
        assertThat(r.out()).contains("  " + quokka + "    Quokka Devices Ltd");
        // a correction of a chased letter stands in for it: chased already, its follow-up shown after it
        Cli.Result corrected = cli.generate("--reissue", "CE-2020-002");
        assertThat(corrected.out()).contains("  " + correction + "    Northwind Home Ltd");
        String tracker = squeezed(cli.command("tracker", "--as-of", "2020-01-20").out());
        assertThat(tracker).contains(correction + "  Northwind Home Ltd  2020-01-07  2020-01-17  overdue by 3 days,"
                + " followed up by CE-2020-002-F1\nCE-2020-002-F1  Northwind Home Ltd  2020-01-20  2020-01-27  awaiting,"
                + " follow-up 1 to CE-2020-002\n");
        // (Quokka's letter, dated with the campaign, is overdue too)
        assertThat(cli.generate("--follow-up", "--as-of", "2020-01-20").out()).contains("  " + quokka + "-F1 Quokka")
                .doesNotContain(correction + "-F1");
        // and a follow-up cannot be corrected as if it were a letter
        Cli.Result reissue = cli.generate("--reissue", "CE-2020-002-F1");
        assertThat(reissue.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(reissue.err()).contains("CE-2020-002-F1 is a follow-up (to CE-2020-002), which --reissue cannot"
                + " correct");
    }

    @Test
    void wrongUsesAreNamedAndWriteNothing() throws Exception {
        Cli.Result round = cli.generate("--round", "2");
        assertThat(round.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(round.err()).startsWith("--round needs --follow-up");
        Cli.Result zero = cli.generate("--follow-up", "--round", "0");
        assertThat(zero.err()).startsWith("--round must be at least 1");
        Cli.Result keepGoing = cli.generate("--follow-up", "--keep-going");
        assertThat(keepGoing.err()).startsWith("--follow-up cannot be combined with --keep-going");

        Files.delete(cli.root.resolve("templates/follow-up.md.ftl"));
        Cli.Result noTemplate = cli.generate("--follow-up", "--as-of", "2020-01-20");
        assertThat(noTemplate.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(noTemplate.err()).contains("follow-up.md.ftl: no such template");

        Files.writeString(cli.root.resolve("templates/follow-up.md.ftl"),
                "---\nsubject: x\n---\n${followUp.nothing}\n");
        Cli.Result broken = cli.generate("--follow-up", "--as-of", "2020-01-20");
        assertThat(broken.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(broken.err()).contains("CE-2020-002 (Northwind Home Ltd): ", "follow-up.md.ftl:4",
                "nothing was written");
        try (Stream<Path> all = Files.list(folder())) {
            assertThat(all.filter(p -> p.getFileName().toString().matches(".*-F[0-9]+-.*"))).isEmpty();
        }
        assertThat(cli.command("archive", "verify").out()).startsWith("intact: " + (silent() + 1) + " letters");
    }
}
