package org.briefgen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** The JVM options the ./briefgen launcher runs Java with: a capped heap, compiler settings, and the user's options after them. */
class LauncherTest {

    private static String options(String briefgenJavaOpts) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("bash", "briefgen").redirectErrorStream(true);
        pb.environment().put("BRIEFGEN_SHOW_JAVA_OPTS", "1");
        pb.environment().remove("JAVA_OPTS");
        pb.environment().put("BRIEFGEN_JAVA_OPTS", briefgenJavaOpts);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }

    private static void assumeBash() {
        assumeTrue(Files.isRegularFile(Path.of("briefgen")) && Files.isExecutable(Path.of("/bin/bash")),
                "needs bash and the launcher");
    }

    /**
     * The launcher's own options, before the user's: a heap cap, a small initial heap (grown as needed),
     * compiler settings, maybe the serial collector.
     */
    private static final String LAUNCHERS = "-Xmx\\d+m -Xms32m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=20 -XX:CompileThresholdScaling=3 -XX:FreqInlineSize=50 -XX:InlineSmallCode=500"
            + " -XX:CompileCommand=quiet"
            + "( -XX:CompileCommand=MaxNodeLimit,[\\w/.]+,20000){3}";

    @Test
    void theHeapIsCappedUnlessTheUserSaysOtherwise() throws Exception {
        assumeBash();
        assertThat(options("")).matches(LAUNCHERS + "( -XX:\\+UseSerialGC)?")
                .contains("MaxNodeLimit,java/util/Collections.max,20000");
        // the user's options come last, so the JVM takes theirs
        assertThat(options("-Xmx1g -XX:CompileThresholdScaling=1")).matches(LAUNCHERS
                + "( -XX:\\+UseSerialGC)? -Xmx1g -XX:CompileThresholdScaling=1");
    }

    @Test
    void aCollectorTheUserChoosesReplacesTheLaunchers() throws Exception {
        assumeBash();
        assertThat(options("-XX:+UseG1GC")).matches(LAUNCHERS + " -XX:\\+UseG1GC");
    }

    @Test
    void theCompilerSettingsPrintNothing() throws Exception {
        assumeBash();
        // -XX:CompileCommand echoes itself on standard output unless told to be quiet: run briefgen
        // with the launcher's options (from the classes, as the jar is not built yet during the tests)
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(options("").split(" ")));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.briefgen.cli.Main", "--version"));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(out).doesNotContain("CompileCommand").startsWith("briefgen ");
    }
}
