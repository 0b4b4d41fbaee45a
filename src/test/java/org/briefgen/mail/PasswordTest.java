package org.briefgen.mail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.briefgen.mail.inbox.ImapSettings;
import org.briefgen.mail.inbox.InboxOptions;
import org.briefgen.mail.inbox.InboxSource;
import org.briefgen.mail.inbox.InboxSources;
import org.briefgen.mail.send.DeliveryLog;
import org.briefgen.mail.send.SendOptions;
import org.briefgen.mail.send.SendResult;
import org.briefgen.mail.send.Sender;
import org.briefgen.mail.send.SmtpSettings;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The password is in nothing briefgen prints or logs: not the settings, not the password's own
 * string, not an exception or its stack trace, not the mail library's log even at its most verbose.
 */
class PasswordTest {

    private static final String PASSWORD = "Tr1cky-Pa55-phrase";

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP))
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("officer@example.org", "officer", PASSWORD));

    @Test
    void thePasswordIsInNothingPrintedOrLogged() throws Exception {
        StringBuilder written = new StringBuilder();
        SmtpSettings settings = SmtpSettings.of("127.0.0.1", MAIL.getSmtp().getPort(), Security.STARTTLS, "officer");
        ImapSettings imap = new ImapSettings("127.0.0.1", MAIL.getImap().getPort(), Security.STARTTLS, "officer",
                "INBOX");
        Password good = Password.of(PASSWORD);
        Password bad = Password.of(PASSWORD + "-wrong");
        written.append(settings).append(imap).append(good).append(bad);

        byte[] letter = Emails.letter("CE-2020-001", "officer@example.org");
        captured(written, () -> {
            SendOptions options = SendOptions.defaults().withTime(new FakeTime()).withTimeout(Duration.ofSeconds(5));
            try (Sender sender = Sender.connect(settings, good, options)) {
                SendResult result = sender.send(Outgoing.of("CE-2020-001", letter), DeliveryLog.NONE);
                written.append(result);
            }
            written.append(trace(catchThrowable(() -> Sender.connect(settings, bad, options))));
            written.append(trace(catchThrowable(() -> {
                try (InboxSource source = InboxSources.imap(imap, bad, InboxOptions.defaults())) {
                    source.read(m -> true);
                }
            })));
            try (InboxSource source = InboxSources.imap(imap, good, InboxOptions.defaults())) {
                source.read(m -> {
                    written.append(new String(m.bytes(), StandardCharsets.ISO_8859_1));
                    return true;
                });
            }
        });

        assertThat(written).contains("refused the login of 'officer'").contains("AUTH").contains("MAIL FROM:")
                .contains("LOGIN");
        for (String secret : secrets()) {
            assertThat(written.toString()).doesNotContain(secret);
        }
    }

    /** The password as it is, and as AUTH PLAIN and AUTH LOGIN would carry it. */
    private static List<String> secrets() {
        List<String> secrets = new ArrayList<>();
        for (String p : new String[] {PASSWORD, PASSWORD + "-wrong"}) {
            secrets.add(p);
            secrets.add(base64(p));
            secrets.add(base64("\0officer\0" + p));
            secrets.add(base64("officer\0officer\0" + p));
        }
        return secrets;
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String trace(Throwable t) {
        assertThat(t).isInstanceOf(MailAuthenticationException.class);
        StringWriter s = new StringWriter();
        t.printStackTrace(new PrintWriter(s));
        return s + ((MailException) t).outcome();
    }

    /** Runs {@code action} with the mail library logging everything (its protocol trace too) and stdout/stderr caught. */
    private static void captured(StringBuilder into, ThrowingRunnable action) throws Exception {
        Logger[] loggers = {Logger.getLogger("org.eclipse.angus"), Logger.getLogger("jakarta.mail")};
        Level[] levels = new Level[loggers.length];
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                synchronized (into) {
                    into.append(record.getMessage()).append(' ');
                    if (record.getParameters() != null) {
                        for (Object p : record.getParameters()) {
                            into.append(p).append(' ');
                        }
                    }
                    if (record.getThrown() != null) {
                        StringWriter s = new StringWriter();
                        record.getThrown().printStackTrace(new PrintWriter(s));
                        into.append(s);
                    }
                    into.append('\n');
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        handler.setLevel(Level.ALL);
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        try {
            for (int i = 0; i < loggers.length; i++) {
                levels[i] = loggers[i].getLevel();
                loggers[i].setLevel(Level.ALL);
                loggers[i].addHandler(handler);
            }
            System.setOut(new PrintStream(console, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(console, true, StandardCharsets.UTF_8));
            action.run();
        } finally {
            System.setOut(out);
            System.setErr(err);
            for (int i = 0; i < loggers.length; i++) {
                loggers[i].removeHandler(handler);
                loggers[i].setLevel(levels[i]);
            }
        }
        into.append(console.toString(StandardCharsets.UTF_8));
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }
}
