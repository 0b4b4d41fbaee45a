package org.briefgen.scale;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.briefgen.cli.Main;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Same archive, same day, same bytes, for the reports written page by page as well: two publishes
 * of one archive, each in a Java machine of its own (identity hash codes, and with them the order
 * of anything kept in a hash set of objects, differ from one machine to the next), write the same
 * {@code report.pdf}, and two trackers the same PDF. Above 300 companies or letters the reports are
 * written page by page (at 300 they are laid out whole, and this test could not fail); at 600, on
 * {@code main} before the fix, the chart's bars were written out in an order that changed between
 * runs (two runs could agree by chance; three, hardly).
 */
class ReproducibleReportTest {

    private static final int COMPANIES = 600;

    @TempDir
    Path dir;

    @Test
    void twoPublishesOfOneArchiveInTwoJavaMachinesWriteTheSameReport() throws Exception {
        Path data = dir.resolve("demo");
        Path out = dir.resolve("out");
        SeededArchive.seed(data, out, COMPANIES);

        byte[] first = publish(data, out, "first");

        assertThat(first.length).isGreaterThan(1_000_000);
        // three runs: were the order of the chart's bars left to chance, two might still agree
        assertThat(sha256(publish(data, out, "second"))).as("report.pdf of the second publish")
                .isEqualTo(sha256(first));
        assertThat(sha256(publish(data, out, "third"))).as("report.pdf of the third publish").isEqualTo(sha256(first));

        String tracker = sha256(tracker(out, "first"));
        assertThat(sha256(tracker(out, "second"))).as("the second tracker.pdf").isEqualTo(tracker);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private byte[] publish(Path data, Path out, String name) throws Exception {
        Path site = dir.resolve(name);
        ForkedJvm.Result run = ForkedJvm.run("256m", Main.class, dir, "publish", "--out", out.toString(), "--to",
                site.toString(), "--as-of", "2020-02-01", "--data", data.toString(), "--templates", "templates");
        assertThat(run.exit()).as(run.err()).isZero();
        return Files.readAllBytes(site.resolve("report.pdf"));
    }

    private byte[] tracker(Path out, String name) throws Exception {
        Path file = dir.resolve(name + "-tracker.pdf");
        ForkedJvm.Result run = ForkedJvm.run("256m", Main.class, dir, "tracker", "--out", out.toString(), "--as-of",
                "2020-02-01", "--format", "pdf", "--to", file.toString(), "--templates", "templates");
        assertThat(run.exit()).as(run.err()).isZero();
        return Files.readAllBytes(file);
    }
}
