package org.briefgen.cli.mail;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.briefgen.archive.Archive;
import org.briefgen.archive.IssuedLetter;
import org.briefgen.archive.Officer;
import org.briefgen.archive.Response;
import org.briefgen.archive.ReviewDecision;
import org.briefgen.archive.ReviewMessage;
import org.briefgen.cli.ArchiveAccessOptions;
import org.briefgen.cli.TerminalText;
import org.briefgen.failure.ExitCode;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The review list: messages that name a letter but are not surely its company's reply, and officers' decisions. */
@Command(name = "review", mixinStandardHelpOptions = true, description = {
        "List the messages held for review: each names a letter but comes from a stranger's address, failed the"
                + " receiving server's authentication, or arrived at an unknown time. They count for nothing (not in"
                + " the tracker, never published) until an officer decides.",
        "--confirm N --as NAME records message N as its letter's response (\"this is the company's reply\");"
                + " --dismiss N --as NAME [--comment TEXT] sets it aside. Each is recorded with the officer's name,"
                + " once, in the archive's hash-chained review_decisions."})
final class InboxReviewCommand implements Callable<Integer> {

    static final class Decision {
        @Option(names = "--confirm", paramLabel = "N", required = true, description = "Record message N as its"
                + " letter's response: it is the company's reply.")
        Integer confirm;

        @Option(names = "--dismiss", paramLabel = "N", required = true, description = "Set message N aside: it is"
                + " not the company's reply.")
        Integer dismiss;
    }

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Decision decision;

    @Option(names = "--as", paramLabel = "NAME", description = "The officer deciding (required with --confirm and"
            + " --dismiss).")
    String as;

    @Option(names = "--comment", paramLabel = "TEXT", description = "Why (kept with the decision).")
    String comment;

    @Option(names = "--all", description = "List the messages already decided too, with each decision.")
    boolean all;

    @Mixin
    ArchiveAccessOptions at;

    @Override
    public Integer call() {
        if (decision != null && (as == null || as.isBlank())) {
            throw at.usage("a decision is recorded with the officer's name: add"
                    + " --as NAME");
        }
        if (decision == null && comment != null) {
            throw at.usage("--comment goes with --confirm or --dismiss");
        }
        return at.run((store, out) -> {
            if (decision != null) {
                decide(store, out);
            } else {
                list(store, out);
            }
            return ExitCode.OK;
        });
    }

    private void decide(Archive store, PrintWriter out) {
        boolean confirm = decision.confirm != null;
        int entry = confirm ? decision.confirm : decision.dismiss;
        ReviewDecision d = store.decide(entry, confirm, new Officer(as), comment);
        ReviewMessage m = store.reviewMessages().stream().filter(x -> x.entryNo() == entry).findFirst()
                .orElseThrow();
        if (confirm) {
            Response r = store.responses().stream().filter(x -> d.responseEntry().equals(x.entryNo())).findFirst()
                    .orElseThrow();
            out.println("confirmed #" + entry + ": recorded as " + TerminalText.of(company(store, m.reference()))
                    + "'s response to " + m.reference() + ", received " + r.received() + ", by " + d.officer() + ".");
        } else {
            out.println("dismissed #" + entry + " by " + d.officer() + (d.comment() == null ? "" : ": "
                    + TerminalText.of(d.comment())) + "; it counts for nothing.");
        }
    }

    private void list(Archive store, PrintWriter out) {
        Map<Integer, ReviewDecision> decided = new HashMap<>();
        store.reviewDecisions().forEach(d -> decided.put(d.reviewEntry(), d));
        List<ReviewMessage> messages = store.reviewMessages();
        int pending = 0;
        for (ReviewMessage m : messages) {
            ReviewDecision d = decided.get(m.entryNo());
            if (d == null) {
                pending++;
            } else if (!all) {
                continue;
            }
            out.println("#" + m.entryNo() + " " + m.reference() + " (" + TerminalText.of(company(store, m
                    .reference())) + "), from " + TerminalText.of(m.sender()) + ": " + TerminalText.of(m.subject()));
            out.println("   received " + (m.receivedAt() == null ? "at an unknown time" : m.receivedAt())
                    + ", its Date: " + (m.senderDate() == null ? "none" : TerminalText.of(m.senderDate()))
                    + "; names the letter by " + m.matchedBy() + (m.authentication() == null ? "" : "; "
                            + TerminalText.of(m.authentication())));
            out.println("   held: " + TerminalText.of(m.reason()));
            out.println("   file: " + TerminalText.of(m.file().path()));
            if (d != null) {
                out.println("   " + d.decision() + " by " + d.officer() + " at " + d.recordedAt()
                        + (d.comment() == null ? "" : ": " + TerminalText.of(d.comment())));
            }
        }
        out.println(pending + " message(s) awaiting review" + (pending == 0 ? "." : ": confirm with briefgen inbox"
                + " review --confirm N --as NAME, or dismiss with --dismiss N --as NAME [--comment TEXT]."));
    }

    private static String company(Archive store, String reference) {
        return store.letter(reference).map(IssuedLetter::company).orElse(reference);
    }
}
