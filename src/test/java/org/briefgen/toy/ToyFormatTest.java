package org.briefgen.toy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.briefgen.TestCampaigns;
import org.briefgen.batch.OutputFormats;
import org.briefgen.cli.Main;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A format added through the seam alone, {@link TxtFormat} and its registration line, reaches
 * {@code generate --help}, {@code --formats}, the campaign's {@code formats} key and the files written.
 * Its registration sits in {@code toy-format/}, out of the class path's root, and is put on the path
 * (as the thread's context class loader) only while these tests run briefgen, so that no other test
 * in the same JVM sees it.
 */
class ToyFormatTest {

    private static final String CAMPAIGN_FORMATS = "formats: [pdf, docx, eml, post]";

    @TempDir
    Path dir;

    Path root;

    record Result(int code, String out, String err) {
    }

    @BeforeEach
    void copy() {
        root = TestCampaigns.copyBundled(dir);
    }

    @Test
    void registryCampaignCheckAndHelpListTheSameFormats() throws Exception {
        List<String> registry = withToy(() -> OutputFormats.installed().names());
        assertThat(registry).containsExactly("pdf", "docx", "eml", "post", "txt");

        String help = oneLine(run("generate", "--help").out());
        assertThat(listed(help, "Which files to write: (.+?), comma-separated")).isEqualTo(registry);

        TestCampaigns.edit(root.resolve("data/campaign.yaml"), CAMPAIGN_FORMATS, "formats: [pdf, odt]");
        Result refused = generate();
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).contains(root.resolve("data/campaign.yaml") + ":").contains("unknown format 'odt'");
        assertThat(listed(refused.err(), "known: (.+?)\\)")).isEqualTo(registry);

        Result badUsage = generate("--formats", "odt");
        assertThat(badUsage.code()).isEqualTo(2);
        assertThat(listed(badUsage.err(), "choose from (.+?)\\)")).isEqualTo(registry);
    }

    @Test
    void theCampaignNamesTheToyAndItIsWrittenBesideThePdf() throws IOException {
        TestCampaigns.edit(root.resolve("data/campaign.yaml"), CAMPAIGN_FORMATS, "formats: [txt, pdf]");
        Result r = generate();
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("CE-2020-001-amazon-uk.pdf  (2 pages)  also .txt\n");
        // the files come in the registry's order whatever order the campaign names them in: the PDF first
        // (and the briefings: the campaign's, and its French translation for the French letter)
        assertThat(letterFiles()).hasSize(12).filteredOn(n -> n.endsWith(".txt")).hasSize(5)
                .allSatisfy(n -> assertThat(letterFiles()).contains(n.replace(".txt", ".pdf")));
        String text = Files.readString(out().resolve("CE-2020-001-amazon-uk.txt"), StandardCharsets.UTF_8);
        assertThat(text).contains("Dear Sir/Madam,").contains("Please respond no later than 17 January 2020.")
                .doesNotContain("**");
    }

    @Test
    void theCommandLineNamesTheToyAlone() throws IOException {
        Result r = generate("--formats", "TXT");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(letterFiles()).hasSize(5).allMatch(n -> n.endsWith(".txt"));
    }

    @Test
    void namedByNoOneTheToyIsNotWritten() throws IOException {
        TestCampaigns.edit(root.resolve("data/campaign.yaml"), CAMPAIGN_FORMATS, "");
        Result r = generate("--quiet");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(letterFiles()).noneMatch(n -> n.endsWith(".txt") && !n.endsWith(".post.txt"))
                .contains("CE-2020-001-amazon-uk.pdf", "CE-2020-001-amazon-uk.docx", "CE-2020-001-amazon-uk.eml",
                        "CE-2020-001-amazon-uk.post.txt");
    }

    private Path out() {
        return root.resolve("out/cloud-extraction-2020");
    }

    /** The files written for the letters and the briefing, by name (not the manifest). */
    private List<String> letterFiles() throws IOException {
        try (Stream<Path> files = Files.list(out())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith("manifest.")).sorted()
                    .toList();
        }
    }

    /** {@code generate} on the copy, with the toy format installed. */
    private Result generate(String... more) {
        List<String> args = new ArrayList<>(List.of("generate", "--data", root.resolve("data").toString(),
                "--templates", root.resolve("templates").toString(), "--out", root.resolve("out").toString()));
        args.addAll(Arrays.asList(more));
        return run(args.toArray(String[]::new));
    }

    /** briefgen run as the command line runs it, with the toy format installed. */
    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = withToy(() -> Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true)));
        return new Result(code, out.toString(), err.toString());
    }

    /** {@code task}'s result, run with {@code toy-format/} on the thread's context class path. */
    private static <T> T withToy(Callable<T> task) {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        URL toy = ToyFormatTest.class.getResource("/toy-format/");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {toy}, before)) {
            thread.setContextClassLoader(loader);
            return task.call();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    /** The comma-separated names that {@code pattern}'s group matches in {@code text}. */
    private static List<String> listed(String text, String pattern) {
        Matcher m = Pattern.compile(pattern).matcher(text);
        assertThat(m.find()).as(text).isTrue();
        return Arrays.stream(m.group(1).split(",")).map(String::strip).toList();
    }

    /** Help text with its wrapping undone. */
    private static String oneLine(String help) {
        return help.replaceAll("\\s+", " ");
    }
}
