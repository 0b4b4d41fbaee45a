package org.briefgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.briefgen.TestCampaigns;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The careless-user corpus in {@code src/test/resources/bad/}: see its README. */
class BadInputTest {

    private static final Path CORPUS = Path.of("src/test/resources/bad");

    @TempDir
    Path dir;

    static Stream<String> cases() throws IOException {
        try (Stream<Path> list = Files.list(CORPUS)) {
            return list.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void brokenInputIsRefusedNamingThePlaceAndNothingIsWritten(String name) throws IOException {
        Path root = TestCampaigns.copyBundled(dir);
        TestCampaigns.copyTree(CORPUS.resolve(name), root);
        Path data = root.resolve("data");
        List<String> expected = Files.readAllLines(CORPUS.resolve(name).resolve("expected.txt"), StandardCharsets.UTF_8)
                .stream().filter(l -> !l.isBlank()).map(l -> l.replace("{data}", data.toString())).toList();
        for (String command : List.of("validate", "generate")) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            String[] args = command.equals("validate")
                    ? new String[] {"validate", "--data", data.toString(), "--templates",
                            root.resolve("templates").toString()}
                    : new String[] {"generate", "--data", data.toString(), "--templates",
                            root.resolve("templates").toString(),
                            "--out", root.resolve("out").toString()};
            int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
            assertThat(code).as(name + ": " + command + " exit code; stderr:\n" + err).isEqualTo(2);
            assertThat(err.toString()).as(name + ": " + command).contains(expected).doesNotContain("\tat ")
                    .doesNotContain("Exception");
            assertThat(root.resolve("out")).as(name + ": nothing written").doesNotExist();
        }
    }

    @Test
    void aUtf8FileWithAByteOrderMarkValidatesCleanly() throws IOException {
        Path root = TestCampaigns.copyBundled(dir);
        Path csv = root.resolve("data/recipients.csv");
        Files.writeString(csv, "\uFEFF" + Files.readString(csv));
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"validate", "--data", root.resolve("data").toString(), "--templates",
                root.resolve("templates").toString()}, new PrintWriter(new StringWriter(), true),
                new PrintWriter(err, true));
        assertThat(code).as(err.toString()).isZero();
    }
}
