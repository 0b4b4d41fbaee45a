package org.briefgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.briefgen.batch.Campaigns;
import org.briefgen.failure.ExitCode;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The paragraph a user reads when Java itself gives out, for each way it can (the tiny-heap test in
 * a JVM of its own shows the whole run; these show every kind of exhaustion and what each advises).
 */
class OutOfResourcesParagraphTest {

    @Test
    void eachKindOfExhaustionIsNamedWithWhatToTry() {
        assertThat(OutOfResources.paragraph("briefgen generate", new OutOfMemoryError("Java heap space")))
                .startsWith("briefgen generate stopped: Java ran out of memory (Java heap space, with a heap of"
                        + " at most ")
                .contains("What it was writing may be incomplete.", "BRIEFGEN_JAVA_OPTS=-Xmx",
                        "./briefgen generate …", "--debug");
        assertThat(OutOfResources.paragraph("briefgen publish", new OutOfMemoryError()))
                .contains("memory (the Java heap,", "The publication folder is left as it was.");
        assertThat(OutOfResources.paragraph("briefgen generate", new OutOfMemoryError("Metaspace")))
                .contains("memory for its classes (Metaspace)", "BRIEFGEN_JAVA_OPTS=-XX:MaxMetaspaceSize=512m");
        assertThat(OutOfResources.paragraph("briefgen send", new OutOfMemoryError(
                "unable to create native thread: possibly out of memory"))).contains(
                        "threads (the system would not start another)", "--jobs 1");
        assertThat(OutOfResources.paragraph("briefgen validate", new StackOverflowError()))
                .contains("ran out of stack", "BRIEFGEN_JAVA_OPTS=-Xss8m");
        assertThat(OutOfResources.paragraph("briefgen serve", new InternalError("code cache")))
                .contains("what the Java machine needs to go on (InternalError: code cache)");
    }

    @Test
    void theLargerHeapItSuggestsIsAtLeastTwiceTheOneThatRanOut() {
        assertThat(OutOfResources.larger(100)).isEqualTo("256m");
        assertThat(OutOfResources.larger(256)).isEqualTo("512m");
        assertThat(OutOfResources.larger(384)).isEqualTo("1g");
        assertThat(OutOfResources.larger(3000)).isEqualTo("8g");
    }

    @Test
    void aVmErrorIsFoundUnderCausesAndSuppressedOnesAndTheTraceOnlyWithDebug() {
        OutOfMemoryError oom = new OutOfMemoryError("Java heap space");
        RuntimeException wrapped = new RuntimeException("writing failed", new IllegalStateException(oom));
        assertThat(OutOfResources.of(wrapped)).isSameAs(oom);
        RuntimeException suppressing = new RuntimeException("closing failed");
        suppressing.addSuppressed(oom);
        assertThat(OutOfResources.of(suppressing)).isSameAs(oom);
        assertThat(OutOfResources.of(new RuntimeException("plain"))).isNull();

        StringWriter quiet = new StringWriter();
        assertThat(OutOfResources.report("briefgen publish", oom, new PrintWriter(quiet), false))
                .isEqualTo(ExitCode.INTERNAL);
        assertThat(quiet.toString()).startsWith("error: briefgen publish stopped:").doesNotContain("\tat ");
        StringWriter debug = new StringWriter();
        OutOfResources.report("briefgen publish", oom, new PrintWriter(debug), true);
        assertThat(debug.toString()).contains("java.lang.OutOfMemoryError: Java heap space", "\tat ");
    }

    @Test
    void theCommandIsNamedAsItWasTyped() {
        CommandLine cli = BriefgenCommand.line(new Main.Factory(Campaigns.installed()));
        cli.parseArgs("archive", "verify");
        assertThat(OutOfResources.command(cli)).isEqualTo("briefgen archive verify");
        assertThat(OutOfResources.command(null)).isEqualTo("briefgen");
    }
}
