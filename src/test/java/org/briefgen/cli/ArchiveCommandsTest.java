package org.briefgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.briefgen.TestCampaigns;
import org.briefgen.archive.ArchiveDatabases;
import org.briefgen.archive.ArchiveDatabases.Kind;
import org.briefgen.files.Sha256;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * generate with the archive, and the archive's commands: verify, list, show, export; those that
 * are about the archive's rows on SQLite and on PostgreSQL.
 */
class ArchiveCommandsTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final ArchiveDatabases databases = new ArchiveDatabases();

    Cli cli;

    /** The archive's JDBC URL, once a test has chosen its database. */
    String url;

    @BeforeEach
    void campaign() {
        cli = new Cli(dir);
    }

    private Path archive() {
        return cli.out().resolve("archive.sqlite");
    }

    /** The archive as messages name it: its file, or its URL. */
    private String described() {
        return url.startsWith("jdbc:sqlite:") ? archive().toString() : url;
    }

    private Cli.Result generate(Kind kind, String... more) {
        if (url == null) {
            url = databases.url(kind, cli.out());
        }
        return cli.generate(withArchive(more));
    }

    private Cli.Result command(String... args) {
        return cli.command(withArchive(args));
    }

    private String[] withArchive(String... args) {
        List<String> all = new java.util.ArrayList<>(List.of(args));
        all.addAll(List.of("--archive", url));
        return all.toArray(String[]::new);
    }

    private void sql(String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.executeUpdate(statement);
            }
        }
    }

    /** Runs {@code statements} as a superuser would, the append-only triggers of {@code tables} out of the way. */
    private void behindItsBack(List<String> tables, String... statements) throws SQLException {
        List<String> all = new java.util.ArrayList<>();
        for (String table : tables) {
            if (url.startsWith("jdbc:sqlite:")) {
                all.addAll(List.of("DROP TRIGGER " + table + "_no_update", "DROP TRIGGER " + table + "_no_delete"));
            } else {
                all.add("ALTER TABLE " + table + " DISABLE TRIGGER ALL");
            }
        }
        all.addAll(List.of(statements));
        sql(all.toArray(String[]::new));
    }

    @Test
    void generateIssuesThenFindsEverythingAlreadyIssued() throws Exception {
        Cli.Result first = cli.generate();
        assertThat(first.code()).isZero();
        assertThat(first.out()).contains("CE-2020-001", "(2 pages)").contains("5 letters written to "
                + cli.out().resolve("cloud-extraction-2020") + " and recorded in " + archive());
        String archiveHash = Sha256.ofFile(archive());
        String pdfHash = Sha256.ofFile(cli.out().resolve("cloud-extraction-2020/CE-2020-001-amazon-uk.pdf"));

        Cli.Result second = cli.generate();
        assertThat(second.code()).isZero();
        assertThat(second.out()).contains("already issued: CE-2020-001 Amazon UK\n")
                .contains("already issued: CE-2020-004 Søndergaard Connect ApS\n")
                .contains("nothing new to issue: 5 letters of cloud-extraction-2020 already issued");
        assertThat(Sha256.ofFile(archive())).isEqualTo(archiveHash);
        assertThat(Sha256.ofFile(cli.out().resolve("cloud-extraction-2020/CE-2020-001-amazon-uk.pdf")))
                .isEqualTo(pdfHash);

        Cli.Result list = cli.command("archive", "list", "--as-of", "2020-01-10");
        assertThat(list.code()).isZero();
        assertThat(list.out()).contains("CE-2020-001  Amazon UK  ").contains("2020-01-07  2020-01-17  awaiting");
    }

    @Test
    void aDryRunPrintsWhatWouldBeIssuedAndRecordsNothing() {
        Cli.Result r = cli.generate("--dry-run");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains(cli.out().resolve("preview/cloud-extraction-2020/CE-2020-001-amazon-uk.pdf")
                .toString()).contains("5 letters previewed in " + cli.out().resolve("preview/cloud-extraction-2020")
                        + "; nothing was issued or recorded");
        assertThat(archive()).doesNotExist();
        assertThat(cli.out().resolve("cloud-extraction-2020")).doesNotExist();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void reissuePrintsTheCorrection(Kind kind) {
        generate(kind);
        Cli.Result r = generate(kind, "--reissue", "CE-2020-002");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("CE-2020-006", "Northwind Home Ltd", "CE-2020-006-northwind-home-ltd.pdf",
                "corrects CE-2020-002");
        Cli.Result show = command("archive", "show", "CE-2020-002");
        assertThat(show.out()).contains("superseded by:    CE-2020-006");
        assertThat(command("archive", "list", "--as-of", "2020-01-10").out())
                .contains("superseded by CE-2020-006");
        Cli.Result unknown = generate(kind, "--reissue", "CE-2020-099");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("error: no letter CE-2020-099 in the archive");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void verifyIsQuietAboutAnIntactArchive(Kind kind) {
        generate(kind);
        Cli.Result r = command("archive", "verify");
        assertThat(r.code()).isZero();
        // one line says it is intact; then what the ends of the chains were checked against, and the head
        assertThat(r.out()).startsWith("intact: 5 letters, 0 responses, 18 files checked in " + described() + "\n")
                .doesNotContain("mismatch").contains("anchors: 1 anchor checked in ", "\nhead: ");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void verifyNamesAnEditedPdfWithBothHashes(Kind kind) throws Exception {
        generate(kind);
        Path pdf = cli.out().resolve("cloud-extraction-2020/CE-2020-001-amazon-uk.pdf");
        String expected = Sha256.ofFile(pdf);
        byte[] bytes = Files.readAllBytes(pdf);
        bytes[bytes.length / 2] ^= 1;
        Files.write(pdf, bytes);
        String actual = Sha256.ofFile(pdf);

        Cli.Result r = command("archive", "verify");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.out()).contains("mismatch: CE-2020-001 cloud-extraction-2020/CE-2020-001-amazon-uk.pdf: file"
                + " changed (expected sha256 " + expected + ", actual sha256 " + actual + ")")
                .contains("NOT intact: 1 mismatch in " + described());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void verifyNamesAMissingFile(Kind kind) throws Exception {
        generate(kind);
        Files.delete(cli.out().resolve("cloud-extraction-2020/CE-2020-003-fieldfare-messaging-ltd.pdf"));
        Cli.Result r = command("archive", "verify");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.out()).contains("mismatch: CE-2020-003 cloud-extraction-2020/CE-2020-003-fieldfare-messaging-ltd"
                + ".pdf: file missing (expected sha256 ").contains(", actual missing)");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void theArchiveRefusesToChangeOrRemoveARow(Kind kind) {
        generate(kind);
        for (String statement : List.of("UPDATE letters SET company = 'Amazon' WHERE reference = 'CE-2020-001'",
                "DELETE FROM letters WHERE reference = 'CE-2020-004'",
                "UPDATE letter_files SET sha256 = 'x'", "DELETE FROM letter_files")) {
            assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> sql(statement))).as(statement)
                    .isInstanceOf(SQLException.class).hasMessageContaining("the archive is append-only");
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void verifyNamesARowChangedBehindItsBack(Kind kind) throws Exception {
        generate(kind);
        behindItsBack(List.of("letters"), "UPDATE letters SET deadline = '2020-01-31' WHERE reference = 'CE-2020-002'");
        Cli.Result r = command("archive", "verify");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.out()).contains("mismatch: CE-2020-002 letters row 2: row changed (expected sha256 ")
                .contains("NOT intact: 1 mismatch");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void verifyNamesARowRehashedBehindItsBackAsABrokenChain(Kind kind) throws Exception {
        generate(kind);
        // a forger who recomputes the row's own hash still breaks the link to the next row
        behindItsBack(List.of("letters"),
                "UPDATE letters SET row_sha256 = '" + "1".repeat(64) + "' WHERE reference = 'CE-2020-002'");
        Cli.Result r = command("archive", "verify");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.out()).contains("mismatch: CE-2020-002 letters row 2: row changed")
                .contains("mismatch: CE-2020-003 letters row 3: chain broken (expected sha256 " + "1".repeat(64));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void verifyNamesARowRemovedFromTheMiddle(Kind kind) throws Exception {
        generate(kind);
        behindItsBack(List.of("letters", "letter_files"),
                "DELETE FROM letter_files WHERE reference = 'CE-2020-002'",
                "DELETE FROM letters WHERE reference = 'CE-2020-002'");
        Cli.Result r = command("archive", "verify");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.out()).contains("mismatch: CE-2020-003 letters row 3: chain broken");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void theOfficerWhoIssuedAndWhoRecordedIsListedShownAndHashed(Kind kind) throws Exception {
        assertThat(generate(kind, "--as", "Ada Lovelace").code()).isZero();
        assertThat(command("respond", "CE-2020-001", "--received", "2020-01-10", "--as", "Grace Hopper").code())
                .isZero();
        assertThat(command("respond", "CE-2020-002", "--received", "2020-01-11").code()).isZero();
        Cli.Result list = command("archive", "list", "--as-of", "2020-01-12");
        assertThat(list.out()).contains("issued by").containsPattern("CE-2020-004 .* awaiting +Ada Lovelace\n");
        assertThat(command("archive", "show", "CE-2020-001").out()).contains("issued by:        Ada Lovelace",
                "received 2020-01-10, recorded ").contains(" by Grace Hopper\n");
        assertThat(command("archive", "show", "CE-2020-002").out()).contains(" by " + System.getProperty("user.name")
                + "\n");
        assertThat(command("archive", "verify").code()).isZero();

        behindItsBack(List.of("letters"),
                "UPDATE letters SET officer = 'Someone Else' WHERE reference = 'CE-2020-003'");
        Cli.Result verify = command("archive", "verify");
        assertThat(verify.code()).isEqualTo(3);
        assertThat(verify.out()).contains("mismatch: CE-2020-003 letters row 3: row changed");
        assertThat(command("respond", "CE-2020-003", "--received", "2020-01-11", "--as", " ").err())
                .contains("an officer's name (--as) cannot be empty");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void showPrintsEverythingRecorded(Kind kind) throws Exception {
        generate(kind);
        Path pdf = cli.out().resolve("cloud-extraction-2020/CE-2020-001-amazon-uk.pdf");
        Cli.Result r = command("archive", "show", "CE-2020-001");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("reference:        CE-2020-001", "recipient:        amazon-uk (Amazon UK)",
                "channels:         email eu-privacy@amazon.co.uk; Twitter @AmazonUK", "deadline:         2020-01-17",
                "cloud-extraction-2020/CE-2020-001-amazon-uk.pdf  " + Files.size(pdf) + " bytes  sha256 "
                        + Sha256.ofFile(pdf),
                "responses: none");
        assertThat(command("archive", "show", "CE-2020-042").code()).isEqualTo(2);
    }

    @Test
    void anArchiveCommandBeforeAnyGenerateSaysThereIsNoArchive() {
        Cli.Result r = cli.command("archive", "list");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("error: no archive at " + archive());
        assertThat(archive()).doesNotExist();
    }

    @Test
    void anotherArchiveByJdbcUrl() {
        Path other = dir.resolve("elsewhere/briefgen.sqlite");
        assertThat(cli.generate("--archive", "jdbc:sqlite:" + other).code()).isZero();
        assertThat(other).isRegularFile();
        assertThat(archive()).doesNotExist();
        Cli.Result verify = cli.command("archive", "verify", "--archive", "jdbc:sqlite:" + other);
        assertThat(verify.code()).isZero();
        assertThat(verify.out()).contains("intact: 5 letters");
    }

    @Test
    void anArchiveWithoutADriverIsBadInput() {
        Cli.Result r = cli.generate("--archive", "jdbc:mysql://localhost/briefgen");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("error: no database driver for jdbc:mysql://localhost/briefgen");
        Cli.Result noServer = cli.generate("--archive", "jdbc:postgresql://127.0.0.1:1/briefgen?user=x");
        assertThat(noServer.code()).isEqualTo(2);
        assertThat(noServer.err()).startsWith("error: cannot reach the archive jdbc:postgresql://127.0.0.1:1/briefgen"
                + "?user=x: Connection to 127.0.0.1:1 refused");
        assertThat(cli.out().resolve("cloud-extraction-2020")).doesNotExist();
        Cli.Result notUrl = cli.generate("--archive", "archive.db");
        assertThat(notUrl.code()).isEqualTo(2);
        assertThat(notUrl.err()).startsWith("error: 'archive.db' is not a JDBC URL");
    }

    @Test
    void exportsWriteFormulaLikeTextAsText() throws Exception {
        String company = "=HYPERLINK(\"http://x\",\"y\")";
        TestCampaigns.edit(cli.data().resolve("recipients.csv"), "amazon-uk,Amazon UK,",
                "amazon-uk,\"" + company.replace("\"", "\"\"") + "\",");
        assertThat(cli.generate().code()).isZero();

        Cli.Result csv = cli.command("archive", "export", "--format", "csv");
        assertThat(csv.code()).isZero();
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.out())).getRecords();
        assertThat(rows).hasSize(5);
        assertThat(rows.get(0).get("reference")).isEqualTo("CE-2020-001");
        assertThat(rows.get(0).get("company")).isEqualTo("'" + company);
        assertThat(rows.get(0).get("files")).startsWith("cloud-extraction-2020/CE-2020-001-");

        Path xlsx = dir.resolve("export.xlsx");
        assertThat(cli.command("archive", "export", "--format", "xlsx", "--to", xlsx.toString()).code()).isZero();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(xlsx)))) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("company");
            XSSFCell cell = sheet.getRow(1).getCell(3);
            assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
            assertThat(cell.getStringCellValue()).isEqualTo(company);
            assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(sheet.getRow(2).getCell(3).getCellStyle().getQuotePrefixed()).isFalse();
        }
    }
}
