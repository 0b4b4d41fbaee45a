package org.briefgen.mail.send;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Properties;

import org.briefgen.mail.MailException;
import org.briefgen.mail.Security;
import org.briefgen.mail.inbox.ImapSettings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SMTP and IMAP settings from URLs and values; a bad value is named with its fault. */
class SettingsTest {

    @Test
    void smtpIsStartTlsOnPort587AndSmtpsIsTlsOn465() {
        assertThat(SmtpSettings.parse("smtp://officer@mail.example.org"))
                .isEqualTo(new SmtpSettings("mail.example.org", 587, Security.STARTTLS, "officer"));
        assertThat(SmtpSettings.parse("smtps://mail.example.org"))
                .isEqualTo(new SmtpSettings("mail.example.org", 465, Security.TLS, null));
        assertThat(SmtpSettings.parse("SMTP://officer@mail.example.org:2525/").port()).isEqualTo(2525);
    }

    @Test
    void aUserNameMayBeAnEmailAddress() {
        assertThat(SmtpSettings.parse("smtp://officer@example.org@mail.example.org:587").username())
                .isEqualTo("officer@example.org");
        assertThat(SmtpSettings.parse("smtp://officer%40example.org@mail.example.org").username())
                .isEqualTo("officer@example.org");
    }

    @Test
    void startTlsIsRequiredUnlessTheHostIsLoopback() {
        assertThat(SmtpSettings.parse("smtp://mail.example.org").encryptionRequired()).isTrue();
        assertThat(SmtpSettings.parse("smtp://127.0.0.1:2525").encryptionRequired()).isFalse();
        assertThat(SmtpSettings.parse("smtp://localhost:2525").encryptionRequired()).isFalse();
        assertThat(SmtpSettings.parse("smtp://[::1]:2525").encryptionRequired()).isFalse();
        assertThat(SmtpSettings.parse("smtps://127.0.0.1").encryptionRequired()).isTrue();
        // a name that merely starts like loopback is not
        assertThat(SmtpSettings.parse("smtp://127.0.0.1.example.org").encryptionRequired()).isTrue();

        Properties remote = SmtpConnection.properties(SmtpSettings.parse("smtp://mail.example.org"),
                Duration.ofSeconds(9));
        assertThat(remote).containsEntry("mail.smtp.starttls.enable", "true")
                .containsEntry("mail.smtp.starttls.required", "true").containsEntry("mail.smtp.ssl.enable", "false")
                .containsEntry("mail.smtp.ssl.checkserveridentity", "true").containsEntry("mail.smtp.timeout", "9000");
        Properties local = SmtpConnection.properties(SmtpSettings.parse("smtp://127.0.0.1:25"), Duration.ofSeconds(9));
        assertThat(local).containsEntry("mail.smtp.starttls.required", "false");
        Properties tls = SmtpConnection.properties(SmtpSettings.parse("smtps://u@mail.example.org"),
                Duration.ofSeconds(9));
        assertThat(tls).containsEntry("mail.smtp.ssl.enable", "true").containsEntry("mail.smtp.auth", "true");
    }

    @Test
    void settingsFromValuesTakeTheSecuritysDefaultPort() {
        assertThat(SmtpSettings.of("mail.example.org", 0, Security.of("tls"), "officer").port()).isEqualTo(465);
        assertThat(SmtpSettings.of("mail.example.org", 0, Security.of(" StartTLS "), null).port()).isEqualTo(587);
        assertThatThrownBy(() -> Security.of("ssl")).isInstanceOf(MailException.class)
                .hasMessage("the mail security 'ssl' is not known: write starttls or tls");
        assertThatThrownBy(() -> SmtpSettings.of("mail example", 25, Security.TLS, null))
                .hasMessageContaining("'mail example' is not a host name");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "mail.example.org                | has no scheme",
            "http://mail.example.org         | starts with 'http://': write smtp:// (STARTTLS) or smtps:// (TLS)",
            "smtp://                         | names no host",
            "smtp://mail.example.org:99999   | the port 99999 is not from 1 to 65535",
            "smtp://mail.example.org:port    | the port after the host is not a number",
            "smtp://mail.example.org/INBOX   | has a path",
            "smtp://mail.example.org?x=1     | has a query or fragment",
            "smtp://[::1                     | opens an IPv6 address with [ and never closes it",
            "''                              | is empty",
    })
    void aBadSmtpUrlNamesItsFault(String url, String fault) {
        assertThatThrownBy(() -> SmtpSettings.parse(url)).isInstanceOf(MailException.class)
                .hasMessageStartingWith("the SMTP URL").hasMessageContaining(fault);
    }

    @Test
    void aPasswordInTheUrlIsRefusedWithoutBeingRepeated() {
        for (String url : new String[] {"smtp://officer:hunter2@mail.example.org", "smtps://officer:hun/ter2@host",
                "imaps://officer@example.org:hunter2@imap.example.org/INBOX"}) {
            assertThatThrownBy(() -> {
                if (url.startsWith("imap")) {
                    ImapSettings.parse(url);
                } else {
                    SmtpSettings.parse(url);
                }
            }).isInstanceOf(MailException.class).hasMessageContaining("holds a password")
                    .hasMessageNotContaining("hunter2").hasMessageNotContaining("hun/ter2");
        }
    }

    @Test
    void imapsIsTlsOn993AndTheFolderIsInboxUnlessNamed() {
        assertThat(ImapSettings.parse("imaps://officer@imap.example.org"))
                .isEqualTo(new ImapSettings("imap.example.org", 993, Security.TLS, "officer", "INBOX"));
        assertThat(ImapSettings.parse("imap://officer@example.org@127.0.0.1:3143/Replies%2F2020"))
                .isEqualTo(new ImapSettings("127.0.0.1", 3143, Security.STARTTLS, "officer@example.org",
                        "Replies/2020"));
        assertThat(ImapSettings.parse("imap://officer@imap.example.org/INBOX").encryptionRequired()).isTrue();
        assertThatThrownBy(() -> ImapSettings.parse("imaps://imap.example.org/INBOX"))
                .hasMessageContaining("name no user");
        assertThatThrownBy(() -> ImapSettings.parse("smtp://u@imap.example.org"))
                .hasMessageContaining("write imaps:// (TLS) or imap:// (STARTTLS)");
    }

    @Test
    void theSettingsPrintAsTheirUrl() {
        assertThat(SmtpSettings.parse("smtp://officer@mail.example.org"))
                .hasToString("smtp://officer@mail.example.org:587");
        assertThat(ImapSettings.parse("imaps://officer@imap.example.org:1993/Replies"))
                .hasToString("imaps://officer@imap.example.org:1993/Replies");
    }
}
