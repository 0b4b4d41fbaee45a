package org.briefgen.mail.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.briefgen.mail.inbox.Classification.Unmatched;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Messages from outside are hostile until read: none of these may end a run, and each says why it is unmatched. */
@Timeout(5)
class HostileMessageTest {

    private final ReplyMatcher matcher = new ReplyMatcher(List.of(Incoming.letter("CE-2020-001", Incoming.LETTER_ID)),
            null);

    @Test
    void aHugeHeaderIsNotRead() {
        String huge = "X-Padding: " + "a".repeat(300 * 1024) + "\nSubject: CE-2020-001\n\nbody\n";
        assertThat(matcher.classify(Incoming.of(huge))).isInstanceOfSatisfying(Unmatched.class,
                u -> {
                    assertThat(u.reason()).isEqualTo("its header is larger than 256 KiB");
                    assertThat(u.message().messageId()).startsWith("<sha256.");
                });
    }

    @Test
    void aMessageOfHeadersAloneIsRead() {
        // read, and about CE-2020-001; without a From: it is no one's reply, so a person decides
        assertThat(matcher.classify(Incoming.of("Subject: CE-2020-001\nDate: Tue, 14 Jan 2020 10:15:00 +0000")))
                .isInstanceOf(Classification.Review.class);
    }

    @Test
    void bytesThatAreNoMessageAtAll() {
        byte[] noise = new byte[4096];
        for (int i = 0; i < noise.length; i++) {
            noise[i] = (byte) (i * 31 + 7);
        }
        assertThat(matcher.classify(new InboxMessage("noise", noise, null))).isInstanceOf(Unmatched.class);
        assertThat(matcher.classify(new InboxMessage("empty", new byte[0], null))).isInstanceOf(Unmatched.class);
    }

    @Test
    void aBrokenDeliveryReportIsUnmatchedWithAReason() {
        String noBoundary = "From: x@y.example\nSubject: bounce\nDate: Tue, 14 Jan 2020 10:15:00 +0000\n"
                + "Content-Type: multipart/report; report-type=delivery-status\n\nnot a multipart\n";
        assertThat(matcher.classify(Incoming.of(noBoundary))).isInstanceOfSatisfying(Unmatched.class,
                u -> assertThat(u.reason()).startsWith("a delivery report"));
        String truncated = Incoming.bounce("a@b.example", "failed", Incoming.LETTER_ID, "s");
        truncated = truncated.substring(0, truncated.indexOf("Action:"));
        assertThat(matcher.classify(Incoming.of(truncated))).isInstanceOf(Unmatched.class);
        String badEncoding = Incoming.bounce("a@b.example", "failed", Incoming.LETTER_ID, "s").replace(
                "Content-Type: message/delivery-status", "Content-Type: message/delivery-status\n"
                        + "Content-Transfer-Encoding: x-nonsense");
        assertThat(matcher.classify(Incoming.of(badEncoding))).isNotNull();
    }

    @Test
    void controlCharactersNeverReachTheListing() {
        String text = "From: \"Evil\u001b[2J\" <evil@x.example>\nSubject: =?UTF-8?Q?Hi=1B]0;owned=07_there?= \u202eCE\n"
                + "Date: Tue, 14 Jan 2020 10:15:00 +0000\n\nbody\n";
        Classification c = matcher.classify(new InboxMessage("x", text.getBytes(StandardCharsets.UTF_8), null));
        assertThat(c.message().subject()).doesNotContain("\u001b", "\u0007", "\u202e").startsWith("Hi ]0;owned there");
        assertThat(c.message().sender()).doesNotContain("\u001b");
    }

    @Test
    void aLongSubjectIsCut() {
        String text = "Subject: " + "word ".repeat(2000) + "\nDate: Tue, 14 Jan 2020 10:15:00 +0000\n\nb\n";
        assertThat(matcher.classify(Incoming.of(text)).message().subject()).hasSizeLessThanOrEqualTo(300);
    }

    @Test
    void bogusMessageIdsAndDatesAreNotTakenAsSuch() {
        String text = "Message-ID: <a b@c>\nIn-Reply-To: " + "<" + "x".repeat(400) + ">\nSubject: s\n"
                + "Date: Tue, 99 Jan 2020 10:15:00 +0000\n\nb\n";
        Classification c = matcher.classify(Incoming.of(text));
        assertThat(c.message().messageId()).startsWith("<sha256.");
        assertThat(c.message().date()).isNull();
    }
}
