package org.briefgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.commons.codec.digest.DigestUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs of many letters: parallel rendering, isolated failures, the manifest, a killed run's leftovers. */
class BatchRunTest {

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

    private Path demo(int recipients) {
        Path data = dir.resolve("demo");
        assertThat(run("demo", "--recipients", Integer.toString(recipients), "--data", data.toString()).code())
                .isZero();
        return data;
    }

    private Result generate(Path data, Path out, String... more) {
        String[] args = Stream.concat(Stream.of("generate", "--data", data.toString(), "--templates", "templates",
                "--out", out.toString()), Stream.of(more)).toArray(String[]::new);
        return run(args);
    }

    private static Map<String, String> hashes(Path folder) throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                hashes.put(folder.relativize(p).toString(), DigestUtils.sha256Hex(Files.readAllBytes(p)));
            }
        }
        return hashes;
    }

    @Test
    void oneJobAndTwoJobsWriteTheSameFiles() throws IOException {
        Path data = demo(24);
        assertThat(generate(data, dir.resolve("one"), "--jobs", "1", "--quiet").code()).isZero();
        assertThat(generate(data, dir.resolve("two"), "--jobs", "2", "--quiet").code()).isZero();
        Map<String, String> one = hashes(dir.resolve("one/demo-24"));
        assertThat(one).hasSizeGreaterThan(24 * 2);
        assertThat(hashes(dir.resolve("two/demo-24"))).isEqualTo(one);
    }

    @Test
    void oneBrokenRecipientAmongManyIsReportedAndTheOthersAreIssued() throws IOException {
        Path data = demo(30);
        Path csv = data.resolve("recipients.csv");
        List<String> lines = Files.readAllLines(csv);
        int broken = 17;
        lines.set(broken, lines.get(broken).replaceFirst(",privacy\\+r17@", ",privacy-r17-at-"));
        Files.write(csv, lines);
        Path out = dir.resolve("out");
        Result strict = generate(data, out, "--quiet");
        assertThat(strict.code()).isEqualTo(2);
        assertThat(out).doesNotExist();
        Result r = generate(data, out, "--keep-going", "--quiet", "--formats", "pdf");
        assertThat(r.code()).as(r.err()).isEqualTo(4);
        assertThat(r.err()).contains("failed: " + csv + ":" + (broken + 1) + ":")
                .contains("1 letter could not be issued; see " + out.resolve("demo-30/failures.csv"));
        try (Stream<Path> pdfs = Files.list(out.resolve("demo-30"))) {
            assertThat(pdfs.filter(p -> p.toString().endsWith(".pdf") && !p.endsWith("briefing.pdf"))).hasSize(29);
        }
        assertThat(Files.readString(out.resolve("demo-30/failures.csv"))).contains(csv + "," + (broken + 1) + ",")
                .contains("is not an e-mail address");
    }

    @Test
    void theManifestListsEveryLetterWithItsFilesAndHashes() throws IOException {
        Path data = demo(5);
        Path out = dir.resolve("out");
        assertThat(generate(data, out, "--quiet", "--formats", "pdf,docx").code()).isZero();
        List<String> manifest = Files.readAllLines(out.resolve("demo-5/manifest.csv"));
        assertThat(manifest.get(0))
                .isEqualTo("reference,recipient_id,company,letter_date,deadline,supersedes,file,bytes,"
                        + "sha256");
        assertThat(manifest).hasSize(1 + 5 * 2);
        for (String row : manifest.subList(1, manifest.size())) {
            String[] cells = row.split(",");
            Path file = out.resolve(cells[cells.length - 3]);
            assertThat(DigestUtils.sha256Hex(Files.readAllBytes(file))).isEqualTo(cells[cells.length - 1]);
        }
        assertThat(Files.readString(out.resolve("demo-5/manifest.json"))).contains("\"reference\" : \"DEMO-001\"")
                .contains("\"deadline\" : \"2020-01-17\"");
    }

    @Test
    void aKilledRunsHalfWrittenFilesAreRemovedAndItsLettersIssued() throws IOException {
        Path data = demo(3);
        Path out = dir.resolve("out");
        Path folder = Files.createDirectories(out.resolve("demo-3"));
        // what a run killed mid-write leaves: a temporary file named after its (now dead) process
        Path leftover = Files.writeString(folder.resolve("DEMO-001-x.pdf.2147483646.part"), "half a letter");
        assertThat(generate(data, out, "--quiet", "--formats", "pdf").code()).isZero();
        assertThat(leftover).doesNotExist();
        try (Stream<Path> files = Files.walk(out)) {
            assertThat(files.filter(p -> p.toString().endsWith(".part"))).isEmpty();
        }
        assertThat(run("archive", "verify", "--out", out.toString()).code()).isZero();
    }

    @Test
    void lettersThatCannotBeMadeAreReportedInTheRecipientsOrderWhateverTheJobs() throws IOException {
        // 120 recipients: the check runs in slices of 50 on two threads
        Path data = demo(120);
        Path csv = data.resolve("recipients.csv");
        List<String> lines = Files.readAllLines(csv);
        for (int row : new int[] {7, 63, 110}) {
            lines.set(row, lines.get(row).replaceFirst(",[^,]+ S\\.r\\.l\\.,|,[^,]+,", ",株式会社 " + row + ","));
        }
        Files.write(csv, lines);
        Result one = generate(data, dir.resolve("one"), "--jobs", "1", "--formats", "pdf");
        Result two = generate(data, dir.resolve("two"), "--jobs", "2", "--formats", "pdf");
        assertThat(one.code()).isEqualTo(2);
        assertThat(two.code()).isEqualTo(2);
        assertThat(dir.resolve("two")).doesNotExist();
        assertThat(two.err())
                .isEqualTo(one.err().replace(dir.resolve("one").toString(), dir.resolve("two").toString()));
        assertThat(two.err().indexOf("株式会社 7")).isPositive().isLessThan(two.err().indexOf("株式会社 63"));
        assertThat(two.err().indexOf("株式会社 63")).isLessThan(two.err().indexOf("株式会社 110"));
    }

    @Test
    void aDryRunAndAReissueRemoveAKilledRunsLeftoversToo() throws IOException {
        Path data = demo(2);
        Path out = dir.resolve("out");
        assertThat(generate(data, out, "--quiet", "--formats", "pdf").code()).isZero();
        Path preview = Files.createDirectories(out.resolve("preview/demo-2"));
        Path previewLeftover = Files.writeString(preview.resolve("DEMO-003-x.pdf.2147483646.part"), "half");
        Path leftover = Files.writeString(out.resolve("demo-2/DEMO-003-x.pdf.2147483646.part"), "half");
        assertThat(generate(data, out, "--quiet", "--formats", "pdf", "--dry-run", "--reissue", "DEMO-001").code())
                .isZero();
        assertThat(previewLeftover).doesNotExist();
        assertThat(generate(data, out, "--quiet", "--formats", "pdf", "--reissue", "DEMO-001").code()).isZero();
        assertThat(leftover).doesNotExist();
        assertThat(run("archive", "verify", "--out", out.toString()).code()).isZero();
    }

    @Test
    void quietPrintsOnlyTheSummary() {
        Path data = demo(3);
        Result r = generate(data, dir.resolve("out"), "--quiet", "--formats", "pdf");
        assertThat(r.out().lines()).hasSize(1).allMatch(l -> l.startsWith("3 letters written to "));
    }
}
