package org.briefgen.scale;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.briefgen.cli.Main;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Java machine that runs out of memory is one paragraph to the user, never a stack trace. */
class OutOfMemoryMessageTest {

    @TempDir
    Path dir;

    @Test
    void runningOutOfHeapPrintsOneParagraphNamingTheCommandAndWhatToTry() throws Exception {
        // the bundled letters' fonts alone are more than a 20 MB heap holds
        ForkedJvm.Result run = ForkedJvm.run("20m", Main.class, dir, "generate", "--data", "data", "--templates",
                "templates", "--out", dir.resolve("out").toString(), "--formats", "pdf", "--quiet");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).startsWith("error: briefgen generate stopped: Java ran out of memory (Java heap space,")
                .contains("BRIEFGEN_JAVA_OPTS=-Xmx256m ./briefgen generate")
                .contains("--debug");
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).doesNotContain("\tat ", "Exception in thread", "java.lang.OutOfMemoryError");
    }

    @Test
    void withDebugTheTraceFollowsTheParagraph() throws Exception {
        ForkedJvm.Result run = ForkedJvm.run("20m", Main.class, dir, "generate", "--data", "data", "--templates",
                "templates", "--out", dir.resolve("out").toString(), "--formats", "pdf", "--quiet", "--debug");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).startsWith("error: briefgen generate stopped: Java ran out of memory")
                .contains("java.lang.OutOfMemoryError: Java heap space");
        // its trace, or, when the Java machine gave the error none (its errors with a trace already thrown,
        // one in every few runs here), a line that says so rather than nothing
        assertThat(run.err()).containsAnyOf("\tat ", "\t(no trace: the Java machine had run out of memory several"
                + " times by then");
    }
}
