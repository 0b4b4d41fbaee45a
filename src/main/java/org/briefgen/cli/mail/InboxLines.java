package org.briefgen.cli.mail;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.briefgen.archive.Archive;
import org.briefgen.archive.InboxRecord;
import org.briefgen.archive.ReviewDecision;
import org.briefgen.archive.ReviewMessage;
import org.briefgen.cli.TerminalText;

/**
 * What {@code archive show} prints of a letter's inbox: each message recorded (when the organisation
 * received it, the sender's own Date: beside it, what the receiving server said of the sender) and
 * each one held for review, with its decision.
 */
final class InboxLines {

    private InboxLines() {
    }

    static void print(PrintWriter out, Archive store, String reference) {
        List<InboxRecord> inbox = store.inboxMessages().stream().filter(m -> m.reference().equals(reference))
                .toList();
        for (InboxRecord m : inbox) {
            out.printf("inbox message #%d (%s%s)%s%s%s%s%n", m.entryNo(), m.kind(), m.responseEntry() == null ? ""
                    : ", response #" + m.responseEntry(),
                    m.sender() == null ? "" : " from " + TerminalText.of(m
                            .sender()),
                    m.receivedAt() == null ? "" : ", received " + m.receivedAt(), m.senderDate() == null ? ""
                            : " (its Date: " + TerminalText.of(m.senderDate()) + ")",
                    m.authentication() == null ? "" : ", " + TerminalText.of(m.authentication()));
        }
        Map<Integer, ReviewDecision> decided = new HashMap<>();
        store.reviewDecisions().forEach(d -> decided.put(d.reviewEntry(), d));
        for (ReviewMessage m : store.reviewMessages()) {
            if (!m.reference().equals(reference)) {
                continue;
            }
            ReviewDecision d = decided.get(m.entryNo());
            out.printf("held for review #%d from %s: %s, received %s (its Date: %s): %s; %s%n", m.entryNo(),
                    TerminalText.of(m.sender()), TerminalText.of(m.subject()), m.receivedAt() == null
                            ? "at an unknown time" : m.receivedAt(),
                    m.senderDate() == null ? "none" : TerminalText.of(m.senderDate()), TerminalText.of(m.reason()),
                    d == null ? "awaiting review" : d.decision() + " by " + d.officer() + " at " + d.recordedAt()
                            + (d.comment() == null ? "" : ": " + TerminalText.of(d.comment())));
        }
    }
}
