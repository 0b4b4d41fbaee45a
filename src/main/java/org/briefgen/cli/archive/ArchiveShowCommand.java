package org.briefgen.cli.archive;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.briefgen.approval.Coverage;
import org.briefgen.archive.Archive;
import org.briefgen.archive.ArchiveMessages;
import org.briefgen.archive.DeliveryKind;
import org.briefgen.archive.DeliveryRow;
import org.briefgen.archive.IssuedLetter;
import org.briefgen.archive.RecordedFile;
import org.briefgen.archive.Response;
import org.briefgen.archive.rules.Tracker;
import org.briefgen.archive.rules.TrackerRow;
import org.briefgen.cli.ArchiveAccessOptions;
import org.briefgen.cli.TerminalText;
import org.briefgen.cli.mail.InboxLines;
import org.briefgen.failure.ExitCode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** Everything recorded about one letter. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Everything recorded about letter REF: its data, files with their hashes, responses and deliveries.")
final class ArchiveShowCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "REF", description = "The letter's reference.")
    String reference;

    @Mixin
    ArchiveAccessOptions at;

    @Override
    public Integer call() {
        return at.run(this::show);
    }

    private int show(Archive store, PrintWriter out) {
        IssuedLetter l = store.letter(reference)
                .orElseThrow(() -> ArchiveMessages.noSuchLetter(reference, store.describe()));
        line(out, "reference", l.reference());
        line(out, "campaign", l.campaign() + " (" + l.campaignTitle() + ")");
        line(out, "subject", l.subject());
        line(out, "from", l.organisation());
        line(out, "recipient", l.recipientId() + " (" + l.company() + ")");
        line(out, "channels", l.channels());
        line(out, "letter date", l.letterDate().toString());
        line(out, "deadline", l.deadline().toString());
        line(out, "issued at", l.issuedAt());
        line(out, "issued by", l.officer() == null ? "(not recorded)" : l.officer());
        Coverage.coveredIssue(l.reference(), l.issuedAt(), store::approvals).ifPresent(d -> line(out,
                "approved by", d.officer() + " (" + d.describe() + (d.comment() == null ? "" : ": " + d
                        .comment()) + ")"));
        if (l.isFollowUp()) {
            line(out, "follows", l.follows() + " (follow-up, round " + l.round() + ")");
        } else {
            line(out, "sequence", Integer.toString(l.sequence()));
        }
        printChain(out, l, store);
        if (l.supersedes() != null) {
            line(out, "supersedes", l.supersedes());
        }
        for (IssuedLetter x : store.pages().everyLetter()) {
            if (l.reference().equals(x.supersedes())) {
                line(out, "superseded by", x.reference());
                break;
            }
        }
        line(out, "data sha256", l.dataSha256());
        line(out, "templates sha256", l.templatesSha256());
        line(out, "row sha256", l.sha256());
        line(out, "previous sha256", l.previousSha256());
        out.println("files:");
        for (RecordedFile f : l.files()) {
            TerminalText.printf(out, "  %s  %d bytes  sha256 %s%n", f.path(), f.size(), f.sha256());
        }
        List<Response> responses = store.responses().stream().filter(r -> r.reference().equals(l.reference()))
                .toList();
        out.println(responses.isEmpty() ? "responses: none" : "responses:");
        for (Response r : responses) {
            TerminalText.printf(out, "  #%d %s%s%s%s, recorded %s%s%s%n", r.entryNo(), r.kind().key(),
                    r.supersedes() == null ? "" : " of #" + r.supersedes(),
                    r.received() == null ? "" : ", received " + r.received(),
                    r.summary() == null ? "" : ": " + r.summary(), r.recordedAt(),
                    r.officer() == null ? "" : " by " + r.officer(),
                    r.notForPublication() ? " (not for publication)" : "");
            if (r.file() != null) {
                TerminalText.printf(out, "     %s  %d bytes  sha256 %s%n", r.file().path(), r.file().size(),
                        r.file().sha256());
            }
        }
        InboxLines.print(out, store, l.reference());
        List<DeliveryRow> deliveries = store.deliveries().stream()
                .filter(d -> d.reference().equals(l.reference())).toList();
        out.println(deliveries.isEmpty() ? "deliveries: none (not sent by briefgen)" : "deliveries:");
        for (DeliveryRow d : deliveries) {
            TerminalText.printf(out, "  #%d %s %s%s%s, recorded %s%s%n", d.entryNo(), d.kind().key(), d.address(),
                    d.at() == null ? "" : " at " + d.at(), d.detail() == null ? "" : ": " + d.detail(),
                    d.recordedAt(), d.officer() == null ? "" : " by " + d.officer());
            if (d.sentSha256() != null) {
                TerminalText.printf(out,
                        "      handed over dated %s, sha256 %s (the issued .eml with that Date:)%n",
                        d.sentAt(), d.sentSha256());
            }
        }
        if (!deliveries.isEmpty() && deliveries.get(deliveries.size() - 1).kind() == DeliveryKind.SENDING) {
            out.println("  (a sending with nothing after it is uncertain: the run stopped between hand-over and"
                    + " record; check, then send --resend " + l.reference() + ")");
        }
        return ExitCode.OK;
    }

    /**
     * The letters of {@code l}'s chain, from the first letter through each follow-up that chases the
     * one before, with where each stands today (as the tracker says): printed only when there is a follow-up.
     */
    private static void printChain(PrintWriter out, IssuedLetter l, Archive store) {
        Map<String, IssuedLetter> byReference = new HashMap<>();
        Map<String, IssuedLetter> chasedBy = new HashMap<>();
        for (IssuedLetter x : store.letters()) {
            byReference.put(x.reference(), x);
            if (x.isFollowUp()) {
                chasedBy.put(x.follows(), x);
            }
        }
        IssuedLetter first = l;
        while (first.isFollowUp() && byReference.containsKey(first.follows())) {
            first = byReference.get(first.follows());
        }
        if (!chasedBy.containsKey(first.reference())) {
            return;
        }
        Map<String, TrackerRow> rows = new HashMap<>();
        Tracker.rows(store.letters(), store.responses(), store.deliveries(), store.inboxMessages(), LocalDate.now(),
                true).forEach(r -> rows.put(r.letter().reference(), r));
        out.println("chain (today):");
        for (IssuedLetter at = first; at != null; at = chasedBy.get(at.reference())) {
            TrackerRow row = rows.get(at.reference());
            TerminalText.printf(out, "  %s %-16s %s  %s%n", at.reference().equals(l.reference()) ? "*" : " ",
                    at.reference(),
                    at.letterDate(),
                    row == null ? "" : row.statusText());
        }
    }

    private static void line(PrintWriter out, String label, String value) {
        out.printf("%-17s %s%n", label + ":", TerminalText.of(value));
    }
}
