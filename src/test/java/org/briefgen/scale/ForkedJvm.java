package org.briefgen.scale;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A class's {@code main} run in a JVM of its own, with the test's classpath and the heap asked
 * for: what a user's process does under a small heap, measured without the test JVM's own memory.
 */
public final class ForkedJvm {

    /** What the process printed and how it ended. */
    public record Result(int exit, String out, String err) {
    }

    private ForkedJvm() {
    }

    /** Runs {@code main} with {@code args} under {@code -Xmx<heap>} and the serial collector, in {@code dir}. */
    public static Result run(String heap, Class<?> main, Path dir, String... args) throws IOException,
            InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx" + heap, "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                main.getName()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process p = new ProcessBuilder(command).directory(Path.of("").toAbsolutePath().toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(15, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("the forked JVM did not finish in 15 minutes: " + command);
        }
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err,
                StandardCharsets.UTF_8));
    }
}
