package org.briefgen.mail.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.briefgen.mail.inbox.Classification.Reply;
import org.briefgen.mail.inbox.Classification.Review;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Which letter a message names says nothing of who sent it: a reply counts only from an address the
 * letter was sent to (or its company's domains) and when the organisation's own receiving server did
 * not say its sender failed; everything else that names a letter is held for review.
 */
@Timeout(5)
class ReplyAuthenticationTest {

    static final String MX = "mx.privacyinternational.org";

    private final ReplyMatcher matcher = new ReplyMatcher(List.of(Incoming.letter("CE-2020-001", Incoming.LETTER_ID)),
            "CE-{year}-{seq:3}");

    private static String from(String from, String headers, String subject) {
        return Incoming.reply(headers, subject).replace("Data Protection Officer <dpo@amazon.example>", from);
    }

    private static String results(String value) {
        return "Authentication-Results: " + value + "\n";
    }

    /** The reply as our server stored it: its Authentication-Results above every header the message came with. */
    private static String stamped(String authenticationResults, String text) {
        return results(authenticationResults) + text;
    }

    @Test
    void aStrangerNamingALetterInItsSubjectOrInReplyToIsHeldForReview() {
        assertThat(matcher.classify(Incoming.of(from("Mallory <mallory@evil.example>", "",
                "Re: CE-2020-001 we confess everything")))).isInstanceOfSatisfying(Review.class, h -> {
                    assertThat(h.reference()).isEqualTo("CE-2020-001");
                    assertThat(h.matchedBy()).isEqualTo(MatchedBy.SUBJECT);
                    assertThat(h.reason()).isEqualTo("its sender mallory@evil.example is not an address CE-2020-001"
                            + " was sent to, nor of a domain Amazon is known by (amazon.example)");
                });
        assertThat(matcher.classify(Incoming.of(from("Mallory <mallory@evil.example>", "In-Reply-To: "
                + Incoming.LETTER_ID + "\n", "Re: your letter")))).isInstanceOfSatisfying(Review.class,
                        h -> assertThat(h.matchedBy()).isEqualTo(MatchedBy.IN_REPLY_TO));
        // a look-alike: the domain must be the company's, not end like it
        assertThat(matcher.classify(Incoming.of(from("x@evilamazon.example", "", "Re: CE-2020-001"))))
                .isInstanceOf(Review.class);
        assertThat(matcher.classify(Incoming.of(from("a@amazon.example, m@evil.example", "", "Re: CE-2020-001"))))
                .isInstanceOfSatisfying(Review.class, h -> assertThat(h.reason()).isEqualTo(
                        "its From: does not hold exactly one address"));
    }

    @Test
    void theAddressWrittenToOrAColleagueAtTheCompanysDomainIsAReply() {
        assertThat(matcher.classify(Incoming.of(from("DPO <DPO@Amazon.Example>", "In-Reply-To: " + Incoming.LETTER_ID
                + "\n", "Re")))).isInstanceOf(Reply.class);
        assertThat(matcher.classify(Incoming.of(from("Legal <legal@amazon.example>", "", "Re: CE-2020-001"))))
                .isInstanceOfSatisfying(Reply.class, r -> assertThat(r.message().authentication())
                        .isEqualTo(Authentication.NONE));
    }

    @Test
    void aPassingServerVerdictIsKeptAndAFailingOneHoldsTheReply() {
        String reply = Incoming.reply("", "Re: CE-2020-001");
        assertThat(matcher.classify(Incoming.of(stamped(MX + "; dkim=pass header.d=amazon.example;"
                + " dmarc=pass (p=reject; dis=none) header.from=amazon.example", reply))))
                .isInstanceOfSatisfying(Reply.class, r -> assertThat(r.message().authentication().text())
                        .isEqualTo("dmarc=pass by " + MX));
        assertThat(matcher.classify(Incoming.of(stamped(MX + "; spf=fail smtp.mailfrom=evil.example;"
                + " dmarc=fail header.from=amazon.example", reply)))).isInstanceOfSatisfying(Review.class,
                        h -> assertThat(h.reason()).isEqualTo("the receiving server says its sender failed: dmarc=fail"
                                + " by " + MX));
    }

    @Test
    void withoutDmarcOnlyDkimOrSpfAlignedWithTheFromDomainCount() {
        String reply = Incoming.reply("", "Re: CE-2020-001");
        assertThat(matcher.classify(Incoming.of(stamped(MX + "; dkim=pass header.d=mail.amazon.example", reply)))
                .message().authentication().text()).isEqualTo("dkim=pass (header.d=mail.amazon.example) by " + MX);
        // a signature of the sender's own domain proves nothing about amazon.example
        assertThat(matcher.classify(Incoming.of(stamped(MX + "; dkim=pass header.d=evil.example", reply))))
                .isInstanceOfSatisfying(Reply.class, r -> assertThat(r.message().authentication()).isEqualTo(
                        Authentication.NONE));
        assertThat(matcher.classify(Incoming.of(stamped(MX + "; spf=softfail smtp.mailfrom=bounce@amazon.example",
                reply)))).isInstanceOf(Review.class);
    }

    @Test
    void aHeaderTheSenderWroteBelowOursNeverCounts() {
        String forged = Incoming.reply(results(MX + "; dmarc=pass header.from=amazon.example"), "Re: CE-2020-001");
        // ours, on top, says nothing of DMARC: the forged pass below is not believed, nor recorded
        assertThat(matcher.classify(Incoming.of(stamped(MX + "; dkim=none", forged)))).isInstanceOfSatisfying(
                Reply.class, r -> assertThat(r.message().authentication()).isEqualTo(Authentication.NONE));
        assertThat(matcher.classify(Incoming.of(stamped(MX + "; dmarc=fail header.from=amazon.example", forged))))
                .isInstanceOf(Review.class);
        // with the server's authserv-id given, a relay's header on top is passed over for ours, and only ours
        ReplyMatcher strict = new ReplyMatcher(List.of(Incoming.letter("CE-2020-001", Incoming.LETTER_ID)), null,
                List.of(MX));
        String relayed = results("relay.example.net; dmarc=pass header.from=amazon.example") + results(MX
                + "; dmarc=fail header.from=amazon.example") + Incoming.reply("", "Re: CE-2020-001");
        assertThat(strict.classify(Incoming.of(relayed))).isInstanceOf(Review.class);
        String noneOfOurs = results("relay.example.net; dmarc=fail header.from=amazon.example") + Incoming.reply("",
                "Re: CE-2020-001");
        assertThat(strict.classify(Incoming.of(noneOfOurs))).isInstanceOfSatisfying(Reply.class,
                r -> assertThat(r.message().authentication()).isEqualTo(Authentication.NONE));
    }
}
