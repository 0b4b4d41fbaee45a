package org.briefgen.mail.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.briefgen.mail.Emails;
import org.briefgen.mail.MailAuthenticationException;
import org.briefgen.mail.MailException;
import org.briefgen.mail.Password;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Flags;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Replies read from a real IMAP server (GreenMail on a loopback port): flagged once recorded, never removed. */
@Timeout(10)
class ImapSourceTest {

    private static final String PASSWORD = "imap-Pa55";

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP))
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("info@privacyinternational.org", "officer",
                    PASSWORD));

    private ImapSettings settings() {
        return ImapSettings.parse("imap://officer@127.0.0.1:" + MAIL.getImap().getPort() + "/INBOX");
    }

    private InboxSource open() {
        return InboxSources.imap(settings(), Password.of(PASSWORD), new InboxOptions(25L << 20, Duration.ofSeconds(5)));
    }

    private static void deliver(String text) throws Exception {
        GreenMailUser user = MAIL.getUserManager().getUser("officer");
        user.deliver(Emails.parse(Incoming.of(text).bytes()));
    }

    @Test
    void messagesAreReadUntilMarkedProcessedAndNeverRemoved() throws Exception {
        deliver(Incoming.reply("In-Reply-To: " + Incoming.LETTER_ID + "\n", "Re: letter"));
        deliver(Incoming.reply("", "Newsletter").replace("reply-1@", "news-1@"));
        List<String> first = new ArrayList<>();
        try (InboxSource source = open()) {
            assertThat(source.marksProcessed()).isTrue();
            source.read(m -> {
                String text = new String(m.bytes(), java.nio.charset.StandardCharsets.UTF_8);
                first.add(m.origin());
                assertThat(m.arrived()).isNotNull();
                return text.contains("Re: letter");
            });
        }
        List<String> second = new ArrayList<>();
        try (InboxSource source = open()) {
            source.read(m -> second.add(m.origin()) && false);
        }
        assertThat(first).hasSize(2).allMatch(o -> o.startsWith("IMAP INBOX UID "));
        assertThat(second).containsExactly(first.get(1));

        MimeMessage[] stored = MAIL.getReceivedMessages();
        assertThat(stored).hasSize(2);
        assertThat(stored[0].getFlags().contains(ImapSource.PROCESSED)).isTrue();
        assertThat(stored[0].isSet(Flags.Flag.SEEN)).isFalse();
        assertThat(stored[0].isSet(Flags.Flag.DELETED)).isFalse();
        assertThat(stored[1].getFlags().contains(ImapSource.PROCESSED)).isFalse();
    }

    @Test
    void aMatchedReplyReadFromImapIsTheReplyAsSent() throws Exception {
        deliver(Incoming.reply("In-Reply-To: " + Incoming.LETTER_ID + "\n", "Re: letter"));
        ReplyMatcher matcher = new ReplyMatcher(List.of(Incoming.letter("CE-2020-001", Incoming.LETTER_ID)), null);
        List<Classification> seen = new ArrayList<>();
        try (InboxSource source = open()) {
            source.read(m -> seen.add(matcher.classify(m)));
        }
        assertThat(seen).singleElement().isInstanceOfSatisfying(Classification.Reply.class, r -> {
            assertThat(r.reference()).isEqualTo("CE-2020-001");
            assertThat(r.message().messageId()).isEqualTo("<reply-1@amazon.example>");
        });
    }

    @Test
    void aRefusedLoginAndAMissingFolderSayWhat() {
        assertThatThrownBy(() -> InboxSources.imap(settings(), Password.of("wrong"), InboxOptions.defaults()))
                .isInstanceOf(MailAuthenticationException.class).hasMessageContaining("refused the login of 'officer'");
        ImapSettings missing = ImapSettings.parse("imap://officer@127.0.0.1:" + MAIL.getImap().getPort() + "/Replies");
        assertThatThrownBy(() -> InboxSources.imap(missing, Password.of(PASSWORD), InboxOptions.defaults()))
                .isInstanceOf(MailException.class).hasMessageContaining("has no folder 'Replies'");
        assertThatThrownBy(() -> InboxSources.imap(settings(), Password.none(), InboxOptions.defaults()))
                .hasMessageContaining("no password was given for IMAP user 'officer'");
    }
}
