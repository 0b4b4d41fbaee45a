package org.briefgen.cli;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

import org.briefgen.archive.ArchiveLocation;
import org.briefgen.archive.IssuedLetter;
import org.briefgen.archive.jdbc.Archives;
import org.briefgen.archive.rules.TrackerRow;
import org.briefgen.archive.rules.TrackerStatus;
import org.briefgen.batch.CampaignRun;
import org.briefgen.batch.FollowUpIssuer;
import org.briefgen.batch.WrittenLetter;
import org.briefgen.failure.ExitCode;

import picocli.CommandLine.ParameterException;

/** {@code generate --follow-up}: checks the options, issues the round, and says what it did. */
final class FollowUpRound {

    private final GenerateCommand command;

    FollowUpRound(GenerateCommand command) {
        this.command = command;
    }

    int run() {
        var line = command.spec.commandLine();
        if (!command.followUp) {
            throw new ParameterException(line, (command.asOf != null ? "--as-of" : "--round") + " needs --follow-up");
        }
        String clash = !command.reissue.isEmpty() ? "--reissue" : command.keepGoing ? "--keep-going" : null;
        if (clash != null) {
            throw new ParameterException(line, "--follow-up cannot be combined with " + clash);
        }
        if (command.jobs < 1) {
            throw new ParameterException(line, "--jobs must be at least 1");
        }
        int round = command.round == null ? 1 : command.round;
        if (round < 1) {
            throw new ParameterException(line, "--round must be at least 1");
        }
        LocalDate day = command.asOf != null ? command.asOf : LocalDate.now();
        PrintWriter stdout = line.getOut();
        CampaignRun run = command.campaign.open(new LinkedHashSet<>(command.formats), false);
        if (!command.dryRun) {
            SigningPasswords.signing(run);
        }
        ArchiveLocation location = command.archive.location(command.out);
        if (command.storeFiles && !command.dryRun) {
            Archives.storeFiles(location);
        }
        List<String> suffixes = command.campaign.campaigns().formats().suffixes();
        FollowUpIssuer issuing = new FollowUpIssuer(run, command.officer.officer(), command.jobs);
        FollowUpIssuer.Listener listener = new FollowUpIssuer.Listener() {
            @Override
            public void issued(WrittenLetter w, String follows, IssuedLetter record) {
                if (!command.quiet) {
                    stdout.println(GenerateCommand.line(w, suffixes) + "; follows " + follows);
                    stdout.flush();
                }
            }

            @Override
            public void alreadyIssued(IssuedLetter followUp) {
                if (!command.quiet) {
                    TerminalText.printf(stdout, "already issued: %s %s (by another run)%n", followUp.reference(),
                            followUp.company());
                }
            }
        };
        FollowUpIssuer.Report report = command.dryRun
                ? issuing.preview(location, command.out.resolve("preview"), day, round, listener)
                : issuing.issue(location, Clock.systemUTC(), day, round, listener);
        String campaign = run.data().campaign().id();
        int written = report.written();
        String when = TrackerRow.text(day);
        if (command.dryRun) {
            stdout.printf(Locale.ROOT, "%s of round %d, dated %s, previewed in %s; nothing was issued or recorded%n",
                    followUps(written), round, when, report.folder());
        } else if (written > 0) {
            stdout.printf(Locale.ROOT, "%s of round %d, dated %s, written to %s and recorded in %s%n",
                    followUps(written), round, when, report.folder(), location.describe());
        } else {
            stdout.printf("nothing new to follow up: no letter of %s is due a round-%d follow-up on %s%s%n", campaign,
                    round, when, others(report));
        }
        if (!command.quiet) {
            // follow-ups are made from the same data and translations as letters: they warn alike
            Warnings.print(line.getErr(), run.warnings(), 10);
        }
        return ExitCode.OK;
    }

    /** Where the round's other letters stand: " (3 followed up already, 1 answered)". */
    private static String others(FollowUpIssuer.Report report) {
        List<TrackerRow> rows = report.plan().others();
        long followed = report.plan().followedUp().size() + report.alreadyIssued();
        long answered = rows.stream().filter(r -> r.followedUpBy() == null && r.responded() != null).count();
        long waiting = rows.stream().filter(r -> r.followedUpBy() == null && r.responded() == null
                && r.status() != TrackerStatus.BOUNCED).count();
        long bounced = rows.stream().filter(r -> r.followedUpBy() == null && r.status() == TrackerStatus.BOUNCED)
                .count();
        List<String> parts = new java.util.ArrayList<>();
        if (followed > 0) {
            parts.add(followed + " followed up already");
        }
        if (answered > 0) {
            parts.add(answered + " answered");
        }
        if (waiting > 0) {
            parts.add(waiting + " not overdue or not sent");
        }
        if (bounced > 0) {
            parts.add(bounced + " bounced");
        }
        return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
    }

    private static String followUps(int n) {
        return n == 1 ? "1 follow-up" : n + " follow-ups";
    }
}
