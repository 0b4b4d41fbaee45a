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
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    /** On up to two cores, the serial collector, with its young generation's sizes: never with another collector. */
    private static final String SERIAL = "( -XX:\\+UseSerialGC -XX:NewRatio=1 -XX:SurvivorRatio=3 -XX:MaxNewSize=40m)?";

    @Test
    void theHeapIsCappedUnlessTheUserSaysOtherwise() throws Exception {
        assumeBash();
        assertThat(options("")).matches(LAUNCHERS + SERIAL)
                .contains("MaxNodeLimit,java/util/Collections.max,20000");
        // the user's options come last, so the JVM takes theirs
        assertThat(options("-Xmx1g -XX:CompileThresholdScaling=1")).matches(LAUNCHERS
                + SERIAL + " -Xmx1g -XX:CompileThresholdScaling=1");
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

    /**
     * The class-data archive the launcher makes once per build is a static one (-Xshare:dump of the
     * classes a training run listed), not one written by -XX:ArchiveClassesAtExit: JDK 17 writes a
     * method still queued for compilation as queued, and no later run compiles it (JDK-8306460); with
     * iText's TextRenderer.layout among them a 2,000-letter batch took 60% longer. Laid out as a built
     * briefgen is (the launcher, target/briefgen.jar naming target/lib/*.jar, data, templates), from
     * the classes under test; every later run maps the archive ({@code -Xshare:on} fails if it cannot).
     */
    @Test
    void theClassDataArchiveIsMadeByADumpOfTheClassesATrainingRunLoaded(@TempDir Path home) throws Exception {
        assumeBash();
        Path target = Files.createDirectories(home.resolve("target/lib"));
        List<String> libs = new ArrayList<>();
        Path classes = null;
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            Path path = Path.of(entry).toAbsolutePath();
            if (entry.endsWith(".jar")) {
                String name = libs.size() + "-" + path.getFileName();
                Files.createSymbolicLink(target.resolve(name), path);
                libs.add("lib/" + name);
            } else if (path.endsWith(Path.of("target", "classes"))) {
                classes = path;
            }
        }
        assertThat(classes).as("target/classes on the class path").isNotNull();
        Path root = classes;
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "org.briefgen.cli.Main");
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", libs));
        Path jar = home.resolve("target/briefgen.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest);
                Stream<Path> files = Files.walk(root)) {
            // folders as entries of their own, as Maven writes them: Flyway finds its migrations by their folder
            for (Path file : (Iterable<Path>) files.filter(f -> !f.equals(root)).sorted()::iterator) {
                String name = root.relativize(file).toString().replace('\\', '/');
                boolean folder = Files.isDirectory(file);
                out.putNextEntry(new JarEntry(folder ? name + "/" : name));
                if (!folder) {
                    Files.copy(file, out);
                }
                out.closeEntry();
            }
        }
        Files.copy(Path.of("briefgen"), home.resolve("briefgen"));
        Files.createSymbolicLink(home.resolve("data"), Path.of("data").toAbsolutePath());
        Files.createSymbolicLink(home.resolve("templates"), Path.of("templates").toAbsolutePath());

        try {
            assertThat(launch(home, "")).startsWith("briefgen ");
            assertStaticArchive(home);
            // one an earlier launcher made (a dynamic archive, by its magic number) is made again, newer than the jars or not
            Path archive = home.resolve("target/briefgen.jsa");
            archive.toFile().setWritable(true);
            Files.write(archive, new byte[] {(byte) 0xa8, (byte) 0xab, 0x0b, (byte) 0xf0, 0, 0, 0, 0});
            assertThat(launch(home, "")).startsWith("briefgen ");
            assertStaticArchive(home);
        } finally {
            // the links themselves, before JUnit tidies the folder (it warns of each link it finds)
            try (Stream<Path> links = Files.list(target)) {
                for (Path link : (Iterable<Path>) links::iterator) {
                    Files.delete(link);
                }
            }
            Files.delete(home.resolve("data"));
            Files.delete(home.resolve("templates"));
        }
    }

    private static void assertStaticArchive(Path home) throws IOException, InterruptedException {
        byte[] header;
        try (var in = Files.newInputStream(home.resolve("target/briefgen.jsa"))) {
            header = in.readNBytes(4);
        }
        // the static archive's magic number, 0xf00baba2 (a dynamic one's is 0xf00baba8), little-endian
        assertThat(header).containsExactly(0xa2, 0xab, 0x0b, 0xf0);
        assertThat(launch(home, "-Xshare:on")).startsWith("briefgen ");
    }

    private static String launch(Path home, String briefgenJavaOpts) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("bash", home.resolve("briefgen").toString(), "--version")
                .redirectErrorStream(true);
        pb.environment().remove("JAVA_OPTS");
        pb.environment().remove("BRIEFGEN_CDS");
        pb.environment().put("BRIEFGEN_JAVA_OPTS", briefgenJavaOpts);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as(out).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out.lines().filter(line -> !line.startsWith("briefgen: making")).reduce("", (a, b) -> a + b + "\n");
    }
}
