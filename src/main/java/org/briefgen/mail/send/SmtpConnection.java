package org.briefgen.mail.send;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import javax.net.ssl.SSLException;

import org.briefgen.mail.Causes;
import org.briefgen.mail.CertificateCheck;
import org.briefgen.mail.DisplayText;
import org.briefgen.mail.MailAuthenticationException;
import org.briefgen.mail.MailException;
import org.briefgen.mail.Password;
import org.briefgen.mail.TlsProblem;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.NoSuchProviderException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import org.eclipse.angus.mail.smtp.SMTPTransport;

/** One SMTP connection for a run, opened again when the server drops it. */
final class SmtpConnection implements AutoCloseable {

    /** How a user names the organisation's certificate authority for SMTP. */
    static final String TRUST_ADVICE = "trust: FILE in the smtp: block of organisation.yaml (or --smtp-trust FILE)";

    /** The server could not be reached for now (refused, timed out, dropped, a busy greeting): worth retrying. */
    static final class UnreachableException extends Exception {
        UnreachableException(String reason) {
            super(reason, null, false, false);
        }
    }

    private final SmtpSettings settings;
    private final Password password;
    private final CertificateCheck certificates;
    private final Session session;
    private Transport transport;

    SmtpConnection(SmtpSettings settings, Password password, Duration timeout) {
        this.settings = settings;
        this.password = password;
        this.certificates = new CertificateCheck(settings.trust());
        Properties p = properties(settings, timeout);
        // this connection's own certificate checks (the settings' trust), for TLS and STARTTLS alike
        p.put("mail.smtp.ssl.socketFactory", certificates.socketFactory());
        this.session = Session.getInstance(p);
    }

    static Properties properties(SmtpSettings settings, Duration timeout) {
        Properties p = settings.security().properties("smtp", settings.encryptionRequired(), timeout);
        p.setProperty("mail.smtp.host", settings.host());
        p.setProperty("mail.smtp.port", Integer.toString(settings.port()));
        p.setProperty("mail.smtp.auth", Boolean.toString(settings.username() != null));
        // one refused address must not stop the others: each gets its own outcome
        p.setProperty("mail.smtp.sendpartial", "true");
        p.setProperty("mail.smtp.quitwait", "false");
        return p;
    }

    SmtpSettings settings() {
        return settings;
    }

    Session session() {
        return session;
    }

    Transport transport() {
        return transport;
    }

    /** Connects and logs in unless connected already (a NOOP tells). */
    void ensureOpen() throws UnreachableException {
        if (transport != null && transport.isConnected()) {
            return;
        }
        close();
        certificates.reset();
        try {
            Transport t = session.getTransport("smtp");
            transport = t;
            if (settings.username() == null) {
                t.connect(settings.host(), settings.port(), null, null);
            } else {
                t.connect(settings.host(), settings.port(), settings.username(), password.reveal());
                if (t instanceof SMTPTransport smtp && !smtp.supportsExtension("AUTH")
                        && !smtp.supportsExtension("AUTH=LOGIN")) {
                    // the mail library would go on without logging in; the user asked for a login
                    close();
                    throw new MailException("the SMTP server " + settings.host() + ":" + settings.port()
                            + " offers no login, but user '" + settings.username() + "' was given",
                            "nothing was sent.");
                }
            }
        } catch (AuthenticationFailedException e) {
            close();
            throw new MailAuthenticationException("the SMTP server " + settings.host() + ":" + settings.port()
                    + " refused the login of '" + settings.username() + "': " + reply(e.getMessage()),
                    "the run stopped at once; nothing more was sent.");
        } catch (NoSuchProviderException e) {
            throw new IllegalStateException("Angus Mail's SMTP provider is missing", e);
        } catch (MessagingException e) {
            close();
            Optional<String> tls = TlsProblem.describe(new TlsProblem.Server("SMTP", settings.host(), settings.port(),
                    settings.security(), TRUST_ADVICE), certificates, e);
            if (tls.isPresent()) {
                throw new MailException(reply(tls.get(), 4000), "the run stopped; nothing more was sent.");
            }
            String reason = reply(Causes.of(e));
            if (temporary(e)) {
                throw new UnreachableException(reason);
            }
            throw new MailException("cannot send through the SMTP server " + settings.host() + ":" + settings.port()
                    + ": " + reason, "the run stopped; nothing more was sent.");
        }
    }

    /** Refused, timed out, dropped or told to come back later; not a TLS failure or a missing STARTTLS. */
    private static boolean temporary(MessagingException e) {
        boolean io = false;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SSLException) {
                return false;
            }
            io |= t instanceof IOException;
        }
        // Angus words a busy server's greeting as "bad greeting ... response: 421 ..."
        String text = String.valueOf(e.getMessage());
        return io || text.matches("(?s).*(response: |^)4\\d\\d\\b.*");
    }

    /** A server's reply as one line, with the password masked should a server ever echo it. */
    String reply(String text) {
        return password.hiddenIn(DisplayText.of(text, 300));
    }

    /** A message of ours quoting what a server said (its lines kept), with the password masked. */
    private String reply(String text, int max) {
        return password.hiddenIn(text.length() > max ? text.substring(0, max) + "…" : text);
    }

    @Override
    public void close() {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException e) {
                // closing a connection that already broke: nothing to do
            }
            transport = null;
        }
    }
}
