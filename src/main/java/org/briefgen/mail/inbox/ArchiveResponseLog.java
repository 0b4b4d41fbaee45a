package org.briefgen.mail.inbox;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.briefgen.archive.Archive;
import org.briefgen.archive.ArchiveException;
import org.briefgen.archive.IncomingMessage;
import org.briefgen.archive.Officer;
import org.briefgen.mail.MessageSummary;
import org.briefgen.mail.inbox.Classification.Bounce;
import org.briefgen.mail.inbox.Classification.Reply;
import org.briefgen.mail.inbox.Classification.Review;

/**
 * The archive as a {@link ResponseLog}: a reply becomes its letter's response, a bounce a
 * {@code bounced} delivery of each failed address that its letter's e-mail was addressed to, a message
 * not surely the company's an entry of the review list.
 */
final class ArchiveResponseLog implements ResponseLog {

    private final Archive archive;
    private final Map<String, MessageSummary> emails;
    private final Officer officer;

    /**
     * {@code emails}: each letter's e-mail by its reference (its Message-ID and addresses);
     * {@code officer}: who reads the inbox, recorded with each reply.
     */
    ArchiveResponseLog(Archive archive, Map<String, MessageSummary> emails, Officer officer) {
        this.archive = archive;
        this.emails = emails;
        this.officer = officer;
    }

    @Override
    public Result recordReply(Reply reply) {
        ReceivedMessage m = reply.message();
        try {
            return archive.recordReply(incoming(reply.reference(), m, reply.matchedBy(), null)) ? Result.recorded()
                    : Result.alreadyRecorded();
        } catch (ArchiveException e) {
            return Result.refused(e.getMessage());
        }
    }

    @Override
    public Result recordForReview(Review review) {
        try {
            return archive.holdForReview(incoming(review.reference(), review.message(), review.matchedBy(), review
                    .reason())) ? Result.recorded() : Result.alreadyRecorded();
        } catch (ArchiveException e) {
            return Result.refused(e.getMessage());
        }
    }

    private IncomingMessage incoming(String reference, ReceivedMessage m, MatchedBy how, String reason) {
        return new IncomingMessage(reference, m.messageId(), m.received(), m.subject(), m.raw(), List.of(), null,
                officer, m.date(), m.sender(), m.authentication().text(), how.key(), reason);
    }

    @Override
    public Result recordBounce(Bounce bounce) {
        MessageSummary email = emails.get(bounce.reference());
        if (email == null) {
            return Result.refused(bounce.reference() + " has no e-mail in the archive to have bounced");
        }
        List<String> ours = email.recipients().stream().map(a -> a.toLowerCase(Locale.ROOT)).toList();
        List<IncomingMessage.Failed> failed = bounce.failed().stream()
                .filter(f -> ours.contains(f.address().toLowerCase(Locale.ROOT)))
                .map(f -> new IncomingMessage.Failed(f.address(), (f.status() + " " + f.diagnostic()).strip()))
                .toList();
        if (failed.isEmpty()) {
            return Result.refused("it names " + ReplyMatcher.addresses(bounce.failed()) + ", not an address "
                    + bounce.reference() + " was sent to");
        }
        ReceivedMessage m = bounce.message();
        try {
            return archive.recordBounce(new IncomingMessage(bounce.reference(), m.messageId(), m.when(), m.subject(),
                    m.raw(), failed, email.messageId(), officer, m.date(), m.sender(), m.authentication().text(), null,
                    null)) ? Result.recorded() : Result.alreadyRecorded();
        } catch (ArchiveException e) {
            return Result.refused(e.getMessage());
        }
    }
}
