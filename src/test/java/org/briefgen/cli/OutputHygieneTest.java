package org.briefgen.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.briefgen.TestCampaigns;
import org.briefgen.archive.export.SheetWriter;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What briefgen writes for a spreadsheet and prints to a terminal, when the data was written by
 * someone hostile: every CSV neutralises formulas alike, and every value printed shows its control
 * characters escaped.
 */
class OutputHygieneTest {

    /** Clears the screen, retitles the terminal, recolours: what a company name must not do to an officer. */
    private static final String ANSI = "\u001b[2J\u001b]0;pwned\u0007\u001b[31m";

    @TempDir
    Path dir;

    private static List<CSVRecord> csv(Path file) throws IOException {
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(Files.newBufferedReader(file, StandardCharsets.UTF_8)).getRecords();
    }

    @Test
    void theManifestWritesACompanyNameThatLooksLikeAFormulaAsText() throws IOException {
        Cli cli = new Cli(dir);
        TestCampaigns.edit(cli.data().resolve("recipients.csv"), ",Northwind Home Ltd,",
                ",\"=HYPERLINK(\"\"http://evil.example\"\",\"\"Northwind\"\")\",");
        TestCampaigns.edit(cli.data().resolve("recipients.csv"), ",Fieldfare Messaging Ltd,", ",@SUM(1+1) Fieldfare,");
        Cli.Result r = cli.generate("--formats", "pdf");
        assertThat(r.code()).as(r.err()).isZero();
        List<CSVRecord> rows = csv(cli.out().resolve("cloud-extraction-2020/manifest.csv"));
        assertThat(rows).extracting(row -> row.get("company")).contains(
                "'=HYPERLINK(\"http://evil.example\",\"Northwind\")", "'@SUM(1+1) Fieldfare", "Amazon UK")
                .noneMatch(c -> !c.isEmpty() && "=+-@\t\r".indexOf(c.charAt(0)) >= 0);
        // the export and the tracker, which were right before, say the same
        Cli.Result export = cli.command("archive", "export");
        assertThat(export.out()).contains("'=HYPERLINK(").doesNotContain(",=HYPERLINK(", "\"=HYPERLINK(");
        Cli.Result tracker = cli.command("tracker", "--format", "csv");
        assertThat(tracker.out()).contains("'@SUM(1+1) Fieldfare").doesNotContain(",@SUM");
    }

    @Test
    void theFailuresReportWritesACompanyNameThatLooksLikeAFormulaAsText() throws IOException {
        Path data = dir.resolve("demo");
        assertThat(Cli.run("demo", "--recipients", "3", "--data", data.toString()).code()).isZero();
        Path csv = data.resolve("recipients.csv");
        List<CSVRecord> records = CSVFormat.DEFAULT.parse(Files.newBufferedReader(csv)).getRecords();
        StringBuilder edited = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(edited, CSVFormat.DEFAULT)) {
            for (CSVRecord record : records) {
                List<String> cells = new java.util.ArrayList<>(record.toList());
                if (record.getRecordNumber() == 3) {
                    // a contact no font of the house style covers: this letter alone cannot be made
                    cells.set(1, "-2+3 Demo");
                    cells.set(4, "株式会社");
                }
                printer.printRecord(cells);
            }
        }
        Files.writeString(csv, edited);
        Path out = dir.resolve("out");
        Cli.Result r = Cli.run("generate", "--data", data.toString(), "--templates", "templates", "--out", out
                .toString(), "--keep-going", "--formats", "pdf", "--quiet");
        assertThat(r.code()).as(r.err()).isEqualTo(4);
        List<CSVRecord> rows = csv(out.resolve("demo-3/failures.csv"));
        assertThat(rows).extracting(row -> row.get("company")).containsExactly("'-2+3 Demo");
    }

    @Test
    void everyCsvIsWrittenByTheOneWriter() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.briefgen");
        noClasses().that().doNotHaveFullyQualifiedName(SheetWriter.class.getName()).should()
                .dependOnClassesThat().areAssignableTo(CSVPrinter.class)
                .because("every CSV briefgen writes neutralises formulas the same way, through SheetWriter")
                .check(classes);
    }

    @Test
    void aCompanyNameWithEscapeSequencesAndLineBreaksIsPrintedEscaped() throws IOException {
        Cli cli = new Cli(dir);
        TestCampaigns.edit(cli.data().resolve("recipients.csv"), ",Northwind Home Ltd,",
                ",\"" + ANSI + "Northwind\r\nrecorded: CE-2020-009 forged\u202eLtd\",");
        Cli.Result generate = cli.generate("--formats", "pdf");
        assertThat(generate.code()).as(generate.err()).isZero();
        String shown = "\\x1b[2J\\x1b]0;pwned\\x07\\x1b[31mNorthwind\\r\\nrecorded: CE-2020-009 forged\\u202eLtd";
        Cli.Result list = cli.command("archive", "list");
        Cli.Result tracker = cli.command("tracker");
        Cli.Result show = cli.command("archive", "show", "CE-2020-002");
        for (Cli.Result r : List.of(generate, list, tracker, show)) {
            assertThat(r.out()).contains(shown.substring(0, 20)).doesNotContain("\u001b", "\r", "\u202e", "\u0007")
                    .doesNotContain("\nrecorded: CE-2020-009");
        }
        assertThat(list.out()).contains(shown);
        assertThat(show.out()).contains(shown);
        // a second run names the letter already issued, escaped too
        Cli.Result again = cli.generate("--formats", "pdf");
        assertThat(again.out()).contains("already issued: CE-2020-002 " + shown).doesNotContain("\u001b");
    }

    @Test
    void anErrorQuotingDataIsPrintedEscapedOnOneLine() throws IOException {
        Cli cli = new Cli(dir);
        TestCampaigns.edit(cli.data().resolve("recipients.csv"), ",eu-privacy@amazon.co.uk,",
                ",\"eu-privacy@amazon\u001b[8m.co.uk\nerror: forged\",");
        Cli.Result r = Cli.run("validate", "--data", cli.data().toString(), "--templates", cli.root.resolve(
                "templates").toString());
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).contains("eu-privacy@amazon\\x1b[8m.co.uk\\nerror: forged").doesNotContain("\u001b");
        assertThat(r.err().lines()).noneMatch(l -> l.startsWith("error: forged"));
    }
}
