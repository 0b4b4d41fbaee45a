package org.briefgen.cli;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Callable;

import org.briefgen.archive.IssuedLetter;
import org.briefgen.archive.Response;
import org.briefgen.archive.ResponseKind;
import org.briefgen.archive.ResponseRequest;
import org.briefgen.archive.rules.TrackerRow;
import org.briefgen.failure.ExitCode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Records a response to an issued letter, or corrects or withdraws one: always a new row. */
@Command(name = "respond", mixinStandardHelpOptions = true, description = {"Record a company's response to letter REF.",
        "A correction or withdrawal is a new row that replaces the standing response; nothing is edited."})
final class RespondCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "REF", description = "The letter's reference, e.g. CE-2020-001.")
    String reference;

    @Option(names = "--received", paramLabel = "DATE", description = "When the response arrived (YYYY-MM-DD).")
    LocalDate received;

    @Option(names = "--summary", paramLabel = "TEXT", description = "What the company said, in a line.")
    String summary;

    @Option(names = "--file", paramLabel = "PATH", description = "The response itself (a PDF, an e-mail): copied into OUT/responses/ and hashed.")
    Path file;

    @Option(names = "--correction", description = "Replace the standing response (a wrong date, summary or file).")
    boolean correction;

    @Option(names = "--withdrawn", description = "Take back the standing response (it was recorded in error).")
    boolean withdrawn;

    @Option(names = "--not-for-publication", description = "The company asked that this response be kept private:"
            + " publish says \"responded (not for publication)\" and never copies its file or summary.")
    boolean notForPublication;

    @Mixin
    RecordOptions recording;

    @Override
    public Integer call() {
        if (correction && withdrawn) {
            throw recording.usage("--correction and --withdrawn exclude each other");
        }
        if (withdrawn && received != null) {
            throw recording.usage("a withdrawal has no --received date");
        }
        if (withdrawn && notForPublication) {
            throw recording.usage("a withdrawal is never published: it takes no"
                    + " --not-for-publication");
        }
        if (!withdrawn && received == null) {
            throw recording.usage("missing --received DATE (when the response arrived)");
        }
        ResponseKind kind = withdrawn ? ResponseKind.WITHDRAWAL : correction ? ResponseKind.CORRECTION
                : ResponseKind.RESPONSE;
        return recording.archive().run((store, stdout) -> {
            Response r = store.respond(new ResponseRequest(reference, kind, received, summary, file,
                    recording.officer(), notForPublication));
            IssuedLetter letter = store.letter(r.reference()).orElseThrow();
            String what = switch (kind) {
                case RESPONSE -> "response";
                case CORRECTION -> "correction of the response";
                case WITHDRAWAL -> "withdrawal of the response";
            };
            TerminalText.printf(stdout, "recorded: %s to %s (%s)", what, letter.reference(), letter.company());
            if (r.received() != null) {
                long days = ChronoUnit.DAYS.between(letter.letterDate(), r.received());
                stdout.printf(", received %s, %d day%s after the letter, %s the deadline of %s", TrackerRow.text(
                        r.received()), days, days == 1 ? "" : "s",
                        r.received().isAfter(letter.deadline()) ? "after"
                                : "by",
                        TrackerRow.text(letter.deadline()));
            }
            if (r.notForPublication()) {
                stdout.print("; not for publication");
            }
            stdout.println();
            if (r.file() != null) {
                TerminalText.printf(stdout, "  file: %s (sha256 %s)%n",
                        recording.archive().out().resolve(r.file().path()), r.file()
                                .sha256());
            }
            return ExitCode.OK;
        });
    }
}
