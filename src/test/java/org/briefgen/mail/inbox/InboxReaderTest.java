package org.briefgen.mail.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.briefgen.mail.inbox.Classification.Bounce;
import org.briefgen.mail.inbox.Classification.Reply;
import org.briefgen.mail.inbox.Classification.Review;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Reading an inbox into a log (here in memory, as the archive will be): each message recorded once, unmatched ones listed. */
@Timeout(5)
class InboxReaderTest {

    /** A log that records by Message-ID, as the archive will. */
    static final class MemoryLog implements ResponseLog {
        final Set<String> ids = new HashSet<>();
        final List<String> rows = new ArrayList<>();

        @Override
        public Result recordReply(Reply reply) {
            if (reply.reference().equals("CE-2020-002")) {
                return Result.refused("CE-2020-002 was superseded");
            }
            return record(reply.message(),
                    reply.reference() + " responded " + reply.message().received().toLocalDate());
        }

        @Override
        public Result recordForReview(Review review) {
            return record(review.message(), review.reference() + " held for review");
        }

        @Override
        public Result recordBounce(Bounce bounce) {
            return record(bounce.message(), bounce.reference() + " bounced " + bounce.failed().get(0).address());
        }

        private Result record(ReceivedMessage message, String row) {
            if (!ids.add(message.messageId())) {
                return Result.alreadyRecorded();
            }
            rows.add(row);
            return Result.recorded();
        }
    }

    /** A source of given messages that remembers which were marked processed. */
    static final class ListSource implements InboxSource {
        final List<InboxMessage> messages;
        final List<String> marked = new ArrayList<>();

        ListSource(InboxMessage... messages) {
            this.messages = List.of(messages);
        }

        @Override
        public void read(InboxHandler handler) {
            for (InboxMessage m : messages) {
                if (!marked.contains(m.origin()) && handler.accept(m)) {
                    marked.add(m.origin());
                }
            }
            handler.skipped("huge.eml", "larger than 25600 KiB");
        }

        @Override
        public boolean marksProcessed() {
            return true;
        }

        @Override
        public void close() {
        }
    }

    private static InboxMessage message(String origin, String text) {
        return new InboxMessage(origin, Incoming.of(text).bytes(), null);
    }

    @Test
    void repliesAndBouncesAreRecordedOnceAndTheRestListed() {
        ReplyMatcher matcher = new ReplyMatcher(List.of(Incoming.letter("CE-2020-001", Incoming.LETTER_ID),
                Incoming.letter("CE-2020-002", null), Incoming.letter("CE-2020-003", Incoming.OTHER_LETTER_ID)), null);
        MemoryLog log = new MemoryLog();
        String reply = Incoming.reply("In-Reply-To: " + Incoming.LETTER_ID + "\n", "Re: letter");
        ListSource source = new ListSource(message("reply.eml", reply), message("again.eml", reply),
                message("bounce.eml", Incoming.bounce("nobody@acme.example", "failed", Incoming.OTHER_LETTER_ID, "s")),
                message("news.eml", Incoming.reply("", "Newsletter").replace("reply-1", "news-1")),
                message("superseded.eml", Incoming.reply("", "Re: CE-2020-002").replace("reply-1", "reply-2")),
                message("stranger.eml", Incoming.reply("", "Re: CE-2020-003").replace("reply-1", "reply-3")
                        .replace("dpo@amazon.example", "mallory@evil.example")));

        InboxReport report = new InboxReader(matcher, log).read(source);

        assertThat(log.rows).containsExactly("CE-2020-001 responded 2020-01-14",
                "CE-2020-003 bounced nobody@acme.example", "CE-2020-003 held for review");
        assertThat(report.review()).extracting(InboxReport.Entry::origin, InboxReport.Entry::detail).containsExactly(
                org.assertj.core.groups.Tuple.tuple("stranger.eml", "names it by subject; its sender"
                        + " mallory@evil.example is not an address CE-2020-003 was sent to, nor of a domain Amazon is"
                        + " known by (amazon.example)"));
        assertThat(report.recorded()).extracting(InboxReport.Entry::origin, InboxReport.Entry::reference,
                InboxReport.Entry::detail).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("reply.eml", "CE-2020-001", "reply by in-reply-to"),
                        org.assertj.core.groups.Tuple.tuple("bounce.eml", "CE-2020-003",
                                "bounce: nobody@acme.example (5.1.1)"));
        assertThat(report.alreadyRecorded()).isEqualTo(1);
        assertThat(report.unmatched()).extracting(InboxReport.Entry::origin, InboxReport.Entry::detail).containsExactly(
                org.assertj.core.groups.Tuple.tuple("news.eml", "it names none of our letters"),
                org.assertj.core.groups.Tuple.tuple("superseded.eml",
                        "reply by subject, not recorded: CE-2020-002 was superseded"));
        assertThat(report.unmatched().get(0).sender()).isEqualTo("Data Protection Officer <dpo@amazon.example>");
        assertThat(report.skipped()).containsExactly("huge.eml: larger than 25600 KiB");
        assertThat(source.marked).containsExactly("reply.eml", "again.eml", "bounce.eml", "stranger.eml");

        InboxReport again = new InboxReader(matcher, log).read(source);
        assertThat(again.recorded()).isEmpty();
        assertThat(again.unmatched()).hasSize(2);
        assertThat(log.rows).hasSize(3);
    }
}
