package org.briefgen.mail.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.briefgen.mail.inbox.Classification.Bounce;
import org.briefgen.mail.inbox.Classification.Reply;
import org.briefgen.mail.inbox.Classification.Review;
import org.briefgen.mail.inbox.Classification.Unmatched;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Replies and bounces matched to our letters by themselves; everything else unmatched, with a reason. */
@Timeout(5)
class ReplyMatcherTest {

    private final ReplyMatcher matcher = new ReplyMatcher(List.of(Incoming.letter("CE-2020-001", Incoming.LETTER_ID),
            Incoming.letter("CE-2020-002", "CE-2020-002.0000@privacyinternational.org"),
            Incoming.letter("CE-2020-003", Incoming.OTHER_LETTER_ID)), "CE-{year}-{seq:3}");

    private Classification classify(String text) {
        return matcher.classify(Incoming.of(text));
    }

    @Test
    void aReplyIsMatchedByInReplyTo() {
        Classification c = classify(Incoming.reply("In-Reply-To: " + Incoming.LETTER_ID + "\n",
                "Re: Cloud analytics (CE-2020-003)"));
        assertThat(c).isInstanceOfSatisfying(Reply.class, r -> {
            assertThat(r.reference()).isEqualTo("CE-2020-001");
            assertThat(r.matchedBy()).isEqualTo(MatchedBy.IN_REPLY_TO);
            assertThat(r.message().messageId()).isEqualTo("<reply-1@amazon.example>");
            assertThat(r.message().date()).isEqualTo(OffsetDateTime.parse("2020-01-14T10:15:00Z"));
            assertThat(r.message().subject()).isEqualTo("Re: Cloud analytics (CE-2020-003)");
            assertThat(r.message().sender()).isEqualTo("Data Protection Officer <dpo@amazon.example>");
            assertThat(new String(r.message().raw(), StandardCharsets.UTF_8)).contains("We will respond in full.");
        });
    }

    @Test
    void aReplyIsMatchedByTheNearestOfItsReferences() {
        Classification c = classify(Incoming.reply("References: <elsewhere@example.org> " + Incoming.OTHER_LETTER_ID
                + "\n <reply-0@amazon.example>\n", "Re: your letter"));
        assertThat(c).isInstanceOfSatisfying(Reply.class, r -> {
            assertThat(r.reference()).isEqualTo("CE-2020-003");
            assertThat(r.matchedBy()).isEqualTo(MatchedBy.REFERENCES);
        });
    }

    @Test
    void aReplyWithOnlyTheReferenceInItsSubjectIsMatchedByIt() {
        assertThat(classify(Incoming.reply("", "Our answer to your letter ce-2020-002, as asked")))
                .isInstanceOfSatisfying(Reply.class, r -> {
                    assertThat(r.reference()).isEqualTo("CE-2020-002");
                    assertThat(r.matchedBy()).isEqualTo(MatchedBy.SUBJECT);
                });
    }

    @Test
    void aReferenceCountsOnlyAsAWholeWord() {
        assertThat(classify(Incoming.reply("", "About CE-2020-0011"))).isInstanceOfSatisfying(Unmatched.class,
                u -> assertThat(u.reason()).isEqualTo("its subject names CE-2020-0011, not one of our letters"));
        assertThat(classify(Incoming.reply("", "About CE-2020-001-B"))).isInstanceOf(Unmatched.class);
        assertThat(classify(Incoming.reply("", "xCE-2020-001"))).isInstanceOf(Unmatched.class);
        assertThat(classify(Incoming.reply("", "Re: [CE-2020-001]."))).isInstanceOf(Reply.class);
    }

    @Test
    void aSubjectNamingTwoLettersIsNotGuessed() {
        assertThat(classify(Incoming.reply("", "CE-2020-001 and CE-2020-003"))).isInstanceOfSatisfying(
                Unmatched.class,
                u -> assertThat(u.reason()).contains("several of our letters: CE-2020-001, CE-2020-003"));
    }

    @Test
    void anUnrelatedMessageIsListedWithItsSenderAndSubject() {
        Classification c = classify(Incoming.reply("In-Reply-To: <something@else.example>\n", "Newsletter: January"));
        assertThat(c).isInstanceOfSatisfying(Unmatched.class, u -> {
            assertThat(u.reason()).isEqualTo("it names none of our letters");
            assertThat(u.message().sender()).isEqualTo("Data Protection Officer <dpo@amazon.example>");
            assertThat(u.message().subject()).isEqualTo("Newsletter: January");
        });
    }

    @Test
    void theSameReplyReadTwiceHasTheSameMessageId() {
        String text = Incoming.reply("In-Reply-To: " + Incoming.LETTER_ID + "\n", "Re: letter");
        assertThat(classify(text).message().messageId()).isEqualTo(classify(text).message().messageId())
                .isEqualTo("<reply-1@amazon.example>");
        String withoutId = text.replace("Message-ID: <reply-1@amazon.example>\n", "");
        assertThat(classify(withoutId).message().messageId()).startsWith("<sha256.")
                .isEqualTo(classify(withoutId).message().messageId());
    }

    @Test
    void aBounceNamesTheFailedAddressAndTheLetterItReturns() {
        Classification c = classify(Incoming.bounce("nobody@acme.example", "failed", Incoming.OTHER_LETTER_ID,
                "Cloud analytics"));
        assertThat(c).isInstanceOfSatisfying(Bounce.class, b -> {
            assertThat(b.reference()).isEqualTo("CE-2020-003");
            assertThat(b.failed()).containsExactly(new FailedRecipient("nobody@acme.example", "5.1.1",
                    "550 5.1.1 User unknown"));
            assertThat(b.message().messageId()).isEqualTo("<20200108090005.ABC123@mx.privacyinternational.org>");
            assertThat(b.message().date()).isEqualTo(OffsetDateTime.parse("2020-01-08T09:00:05Z"));
        });
    }

    @Test
    void aBounceWithoutTheReturnedMessageIdIsMatchedByTheReturnedSubject() {
        Classification c = classify(Incoming.bounce("nobody@acme.example", "failed", "<lost@elsewhere.example>",
                "Cloud analytics: request for response (CE-2020-002)"));
        assertThat(c).isInstanceOfSatisfying(Bounce.class, b -> assertThat(b.reference()).isEqualTo("CE-2020-002"));
    }

    @Test
    void aDelayReportIsNotABounce() {
        assertThat(classify(Incoming.bounce("slow@acme.example", "delayed", Incoming.LETTER_ID, "x")))
                .isInstanceOfSatisfying(Unmatched.class, u -> assertThat(u.reason())
                        .isEqualTo("a delivery report without a failed address (Action: delayed, delivered)"));
    }

    @Test
    void aBounceOfSomeoneElsesMessageIsUnmatched() {
        assertThat(classify(Incoming.bounce("nobody@acme.example", "failed", "<x@elsewhere.example>", "Lunch?")))
                .isInstanceOfSatisfying(Unmatched.class, u -> assertThat(u.reason())
                        .isEqualTo("a bounce for nobody@acme.example of no letter of ours that it names"));
    }

    @Test
    void anAutomaticReplyIsNotAResponse() {
        assertThat(classify(Incoming.reply("In-Reply-To: " + Incoming.LETTER_ID + "\nAuto-Submitted: auto-replied\n",
                "Out of office"))).isInstanceOfSatisfying(Unmatched.class, u -> assertThat(u.reason())
                        .isEqualTo("an automatic reply to CE-2020-001 (Auto-Submitted: auto-replied), not a response"));
    }

    @Test
    void aCopyOfOurOwnLetterIsNotAReply() {
        String copy = Incoming.reply("", "[TEST] Cloud analytics (CE-2020-001)").replace("<reply-1@amazon.example>",
                Incoming.LETTER_ID);
        assertThat(classify(copy)).isInstanceOfSatisfying(Unmatched.class,
                u -> assertThat(u.reason()).startsWith("a copy of our own letter CE-2020-001"));
    }

    @Test
    void theReceivedTimeIsTheOrganisationsAndTheSendersDateIsKeptBeside() {
        String text = Incoming.reply("In-Reply-To: " + Incoming.LETTER_ID + "\n", "Re");
        assertThat(matcher.classify(Incoming.of(text, Instant.parse("2020-01-16T08:00:00Z"))))
                .isInstanceOfSatisfying(Reply.class, r -> {
                    // the topmost Received: header, the one our server added, before the source's date
                    assertThat(r.message().received()).isEqualTo(OffsetDateTime.parse("2020-01-14T10:15:03Z"));
                    assertThat(r.message().date()).isEqualTo(OffsetDateTime.parse("2020-01-14T10:15:00Z"));
                });
        String unstamped = text.replaceFirst("Received: [^\n]*\n", "");
        assertThat(matcher.classify(Incoming.of(unstamped, Instant.parse("2020-01-15T08:00:00Z"))))
                .isInstanceOfSatisfying(Reply.class, r -> assertThat(r.message().received())
                        .isEqualTo(OffsetDateTime.parse("2020-01-15T08:00:00Z")));
        // the sender's Date: alone never says when it came: a person decides
        assertThat(matcher.classify(Incoming.of(unstamped))).isInstanceOfSatisfying(Review.class,
                h -> assertThat(h.reason()).startsWith("when it arrived is unknown"));
        assertThat(matcher.classify(Incoming.of(unstamped.replace("Date: Tue, 14 Jan 2020 10:15:00 +0000\n", ""),
                Instant.parse("2020-01-15T08:00:00Z")))).isInstanceOfSatisfying(Reply.class,
                        r -> assertThat(r.message().date()).isNull());
    }

    @Test
    void olderDateFormsAreRead() {
        assertThat(MailDate.parse("Tue, 14 Jan 2020 10:15:00 +0100 (CET)"))
                .isEqualTo(OffsetDateTime.parse("2020-01-14T10:15:00+01:00"));
        assertThat(MailDate.parse("14 Jan 2020 10:15:00 GMT")).isEqualTo(OffsetDateTime.parse("2020-01-14T10:15:00Z"));
        assertThat(MailDate.parse("Tue, 14 Jan 2020 05:15:00 EST").toInstant())
                .isEqualTo(Instant.parse("2020-01-14T10:15:00Z"));
        assertThat(MailDate.parse("Tue, 14 Jan 20 10:15:00 PST"))
                .isEqualTo(OffsetDateTime.parse("2020-01-14T10:15:00-08:00"));
        assertThat(MailDate.parse("Tue,   14 Jan 2020 10:15 +0000"))
                .isEqualTo(OffsetDateTime.parse("2020-01-14T10:15:00Z"));
        assertThat(MailDate.parse("yesterday")).isNull();
        assertThat(MailDate.parse("Tue, 31 Feb 2020 10:15:00 +0000")).isNull();
    }
}
