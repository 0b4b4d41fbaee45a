package org.briefgen.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** What a dry run lists of each message: read from the .eml alone. */
class MessageSummaryTest {

    @Test
    void aLettersEmailIsSummarised() throws Exception {
        byte[] eml = Emails.letter("CE-2020-001", "eu-privacy@amazon.example", "dpo@amazon.example");
        MessageSummary summary = MessageSummary.of(Outgoing.of("CE-2020-001", eml));
        assertThat(summary.messageId()).isEqualTo(Emails.messageId(eml));
        assertThat(summary.subject()).isEqualTo("Cloud analytics: request for response (CE-2020-001)");
        assertThat(summary.recipients()).containsExactly("eu-privacy@amazon.example", "dpo@amazon.example");
        assertThat(summary.size()).isEqualTo(eml.length);
        assertThat(summary.attachments()).containsExactly("CE-2020-001.pdf", "briefing.pdf");
        assertThat(MessageSummary.of(new Outgoing("CE-2020-001", eml, List.of("dpo@amazon.example"))).recipients())
                .containsExactly("dpo@amazon.example");
    }

    @Test
    void anEmlWithoutMessageIdIsRefused() {
        byte[] eml = "From: a@b.example\r\nTo: c@d.example\r\nSubject: s\r\n\r\nbody\r\n"
                .getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> MessageSummary.of(Outgoing.of("CE-2020-009", eml))).isInstanceOf(MailException.class)
                .hasMessage("the e-mail of CE-2020-009 has no Message-ID");
    }
}
