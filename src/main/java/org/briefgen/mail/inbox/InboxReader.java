package org.briefgen.mail.inbox;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.briefgen.mail.inbox.Classification.Bounce;
import org.briefgen.mail.inbox.Classification.Reply;
import org.briefgen.mail.inbox.Classification.Review;
import org.briefgen.mail.inbox.Classification.Unmatched;

/**
 * Reads a source, matches each message and records replies and bounces in the log, and holds the
 * messages for review that name a letter but are not surely its company's, each once. A message is
 * marked processed (on a source that marks) only once the log has it; an unmatched or refused message
 * is left unmarked, so that it is listed again until a person deals with it.
 */
public final class InboxReader {

    private final ReplyMatcher matcher;
    private final ResponseLog log;

    public InboxReader(ReplyMatcher matcher, ResponseLog log) {
        this.matcher = matcher;
        this.log = log;
    }

    /** Reads every message {@code source} has not marked processed; a log that fails stops the reading. */
    public InboxReport read(InboxSource source) {
        Tally tally = new Tally();
        source.read(tally);
        return new InboxReport(tally.recorded, tally.review, tally.alreadyRecorded, tally.unmatched, tally.skipped,
                source.marksProcessed());
    }

    /** Each message matched, offered to the log, and counted; true (mark it) once the log has it. */
    private final class Tally implements InboxHandler {
        final List<InboxReport.Entry> recorded = new ArrayList<>();
        final List<InboxReport.Entry> review = new ArrayList<>();
        final List<InboxReport.Entry> unmatched = new ArrayList<>();
        final List<String> skipped = new ArrayList<>();
        int alreadyRecorded;

        @Override
        public boolean accept(InboxMessage incoming) {
            Classification c = matcher.classify(incoming);
            if (c instanceof Unmatched u) {
                unmatched.add(entry(u.message(), null, u.reason()));
                return false;
            }
            ResponseLog.Result result = c instanceof Reply r ? log.recordReply(r)
                    : c instanceof Review h ? log.recordForReview(h) : log.recordBounce((Bounce) c);
            switch (result.status()) {
                case RECORDED -> (c instanceof Review ? review : recorded).add(entry(c.message(), reference(c),
                        detail(c)));
                case ALREADY_RECORDED -> alreadyRecorded++;
                default -> {
                    unmatched.add(entry(c.message(), reference(c), detail(c) + ", not recorded: " + result.reason()));
                    return false;
                }
            }
            return true;
        }

        @Override
        public void skipped(String origin, String reason) {
            skipped.add(origin + ": " + reason);
        }
    }

    private static String reference(Classification c) {
        return c instanceof Reply r ? r.reference() : c instanceof Review h ? h.reference() : ((Bounce) c).reference();
    }

    private static String detail(Classification c) {
        if (c instanceof Reply r) {
            String authentication = r.message().authentication().text();
            return "reply by " + r.matchedBy().key() + (authentication.isEmpty() ? "" : ", " + authentication);
        }
        if (c instanceof Review h) {
            return "names it by " + h.matchedBy().key() + "; " + h.reason();
        }
        return "bounce: " + ((Bounce) c).failed().stream()
                .map(f -> f.address() + (f.status().isEmpty() ? "" : " (" + f.status() + ")"))
                .collect(Collectors.joining(", "));
    }

    private static InboxReport.Entry entry(ReceivedMessage m, String reference, String detail) {
        return new InboxReport.Entry(m.origin(), m.messageId(), reference, m.sender(), m.subject(), detail);
    }
}
