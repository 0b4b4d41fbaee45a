package org.briefgen.cli;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.briefgen.approval.Candidate;
import org.briefgen.approval.Decision;
import org.briefgen.archive.Archive;
import org.briefgen.archive.jdbc.Archives;
import org.briefgen.batch.Approvals;
import org.briefgen.batch.CampaignRun;
import org.briefgen.failure.ExitCode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Four eyes: {@code approve}, {@code reject} and {@code approvals}. */
final class ApprovalCommands {

    private ApprovalCommands() {
    }

    /** What approve and reject share: which campaign, which letters, who, why. */
    abstract static class Decide implements Callable<Integer> {

        @Mixin
        CampaignOptions campaign;

        @Mixin
        OutputOption output;

        @Mixin
        ArchiveOptions archive;

        @Mixin
        OfficerOption officer;

        @Option(names = "--campaign", paramLabel = "ID", description = "The campaign's id, checked against --data's.")
        String campaignId;

        @Option(names = "--reissue", paramLabel = "REF", description = "Decide on the correction of REF that generate"
                + " --reissue REF would issue (repeatable).")
        List<String> reissue = new ArrayList<>();

        @Option(names = "--follow-up", description = "Decide on the follow-ups generate --follow-up would issue.")
        boolean followUp;

        @Option(names = "--as-of", paramLabel = "DATE", description = "With --follow-up: the day they are dated"
                + " (default: today).")
        LocalDate asOf;

        @Option(names = "--round", paramLabel = "N", description = "With --follow-up: the round (default: 1).")
        Integer round;

        @Spec
        CommandSpec spec;

        abstract boolean approve();

        abstract String comment();

        @Override
        public Integer call() {
            if (!followUp && (asOf != null || round != null)) {
                throw new ParameterException(spec.commandLine(), (asOf != null ? "--as-of" : "--round")
                        + " needs --follow-up");
            }
            if (followUp && !reissue.isEmpty()) {
                throw new ParameterException(spec.commandLine(), "--follow-up cannot be combined with --reissue");
            }
            CampaignRun run = campaign.open();
            String id = run.data().campaign().id();
            if (campaignId != null && !campaignId.equals(id)) {
                throw new ParameterException(spec.commandLine(), "--campaign " + campaignId + " is not the campaign in "
                        + campaign.data + " (" + id + ")");
            }
            run.validate();
            Approvals.Scope scope = followUp ? Approvals.Scope.followUps(asOf == null ? LocalDate.now() : asOf,
                    round == null ? 1 : round) : reissue.isEmpty() ? Approvals.Scope.letters()
                    : Approvals.Scope.corrections(reissue);
            Decision d;
            // every letter is made to be digested: minutes at 20,000, so the run shows it is alive
            try (Progress progress = Progress.of("Digesting", System.console() != null, spec.commandLine()
                    .getErr())) {
                d = new Approvals(run).progress(progress::checked).decide(archive.location(output.out), Clock
                        .systemUTC(), scope, officer.officer(), approve(), comment());
            }
            PrintWriter out = spec.commandLine().getOut();
            TerminalText.printf(out, "%s: %s of %s by %s (%s)%n", d.verb(), letters(d.letters().size()), d
                    .campaign(), d.officer(), d.describe());
            for (Candidate c : d.letters()) {
                TerminalText.printf(out, "  %s%n", c.describe());
            }
            out.flush();
            return ExitCode.OK;
        }
    }

    @Command(name = "approve", mixinStandardHelpOptions = true, description = {
            "Approve the letters as generate would issue them now (each letter's files and the briefing, by their"
                    + " SHA-256), recorded in the archive's approvals chain.",
            "With approval: required in campaign.yaml, generate issues only letters so approved, and only by"
                    + " another officer than the approver."})
    static final class Approve extends Decide {

        @Option(names = "--comment", paramLabel = "TEXT", description = "Why, or what was checked.")
        String comment;

        @Override
        boolean approve() {
            return true;
        }

        @Override
        String comment() {
            return comment;
        }
    }

    @Command(name = "reject", mixinStandardHelpOptions = true, description = "Reject the letters as generate would"
            + " issue them now, saying why: recorded in the archive's approvals chain; none of them is issued until"
            + " approved again.")
    static final class Reject extends Decide {

        @Option(names = "--comment", paramLabel = "TEXT", required = true, description = "What must change.")
        String comment;

        @Override
        boolean approve() {
            return false;
        }

        @Override
        String comment() {
            if (comment.isBlank()) {
                throw new ParameterException(spec.commandLine(), "--comment must say what must change");
            }
            return comment;
        }
    }

    @Command(name = "approvals", mixinStandardHelpOptions = true, description = "List the approvals and rejections"
            + " recorded: who, when, which letters, and their comment.")
    static final class ListApprovals implements Callable<Integer> {

        @Mixin
        OutputOption output;

        @Mixin
        ArchiveOptions archive;

        @Option(names = "--campaign", paramLabel = "ID", description = "Only this campaign's.")
        String campaignId;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            Optional<Archive> opened = Archives.openReadOnly(archive.location(output.out));
            int[] shown = {0};
            try (Archive store = opened.orElse(null)) {
                if (store != null) {
                    // printed as read: a decision may name every letter of a campaign
                    store.approvals(d -> {
                        if (campaignId == null || d.campaign().equals(campaignId)) {
                            print(out, d);
                            shown[0]++;
                        }
                    });
                }
            }
            if (shown[0] == 0) {
                out.println("no approvals or rejections recorded");
            }
            out.flush();
            return ExitCode.OK;
        }
    }

    private static void print(PrintWriter out, Decision d) {
        TerminalText.printf(out, "#%d %s %s by %s at %s: %s%n", d.entryNo(), d.campaign(), d.verb(), d.officer(), d
                .recordedAt(), d.lettersInBrief());
        if (d.comment() != null) {
            TerminalText.printf(out, "   comment: %s%n", d.comment());
        }
    }

    static String letters(int n) {
        return n == 1 ? "1 letter" : n + " letters";
    }
}
