package org.briefgen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** The JVM options the ./briefgen launcher runs Java with: a capped heap, and the user's options after it. */
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

    @Test
    void theHeapIsCappedUnlessTheUserSaysOtherwise() throws Exception {
        assumeBash();
        assertThat(options("")).matches("-Xmx\\d+m -XX:CompileThresholdScaling=3( -XX:\\+UseSerialGC)?");
        // the user's options come last, so the JVM takes theirs
        assertThat(options("-Xmx1g -XX:CompileThresholdScaling=1")).matches("-Xmx\\d+m -XX:CompileThresholdScaling=3"
                + "( -XX:\\+UseSerialGC)? -Xmx1g -XX:CompileThresholdScaling=1");
    }

    @Test
    void aCollectorTheUserChoosesReplacesTheLaunchers() throws Exception {
        assumeBash();
        assertThat(options("-XX:+UseG1GC")).matches("-Xmx\\d+m -XX:CompileThresholdScaling=3 -XX:\\+UseG1GC");
    }
}
