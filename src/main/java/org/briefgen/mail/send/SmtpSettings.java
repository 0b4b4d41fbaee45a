package org.briefgen.mail.send;

import java.util.Objects;

import org.briefgen.mail.DisplayText;
import org.briefgen.mail.MailException;
import org.briefgen.mail.MailUrl;
import org.briefgen.mail.Password;
import org.briefgen.mail.Security;
import org.briefgen.mail.Trust;

/**
 * Where to send mail: host, port, how the connection is encrypted, and the user to log in as
 * (null: no login). The password is never part of it; see {@link Password}.
 *
 * <p>{@code smtp://user@host:port} is STARTTLS (port 587 by default), required unless the host is
 * a loopback address; {@code smtps://user@host:port} is TLS (port 465 by default). The server's
 * certificate must be signed by an authority of {@code trust} (the Java runtime's, and the
 * organisation's from a {@code trust:} file).
 */
public record SmtpSettings(String host, int port, Security security, String username, Trust trust) {

    private static final String OUTCOME = "nothing was sent.";

    public SmtpSettings {
        Objects.requireNonNull(security, "security");
        trust = trust == null ? Trust.jvm() : trust;
        if (host == null || host.isBlank()) {
            throw new MailException("the SMTP settings name no host", OUTCOME);
        }
        host = host.strip();
        if (!host.matches("[A-Za-z0-9._:-]+")) {
            throw new MailException("the SMTP host '" + DisplayText.of(host, 200) + "' is not a host name or address",
                    OUTCOME);
        }
        if (port < 1 || port > 65535) {
            throw new MailException("the SMTP port " + port + " is not from 1 to 65535", OUTCOME);
        }
        username = username == null || username.isBlank() ? null : username.strip();
        if (username != null && !username.matches("[^\\p{Cntrl}\\s]+")) {
            throw new MailException("the SMTP user name '" + DisplayText.of(username, 200)
                    + "' holds a space or control character", OUTCOME);
        }
    }

    /** Trusting the Java runtime's certificate authorities only. */
    public SmtpSettings(String host, int port, Security security, String username) {
        this(host, port, security, username, Trust.jvm());
    }

    /** The same server, its certificate checked against {@code trust}. */
    public SmtpSettings withTrust(Trust trust) {
        return new SmtpSettings(host, port, security, username, trust);
    }

    /** From values (organisation.yaml's {@code smtp:} block); a port of 0 takes the security's default. */
    public static SmtpSettings of(String host, int port, Security security, String username) {
        return new SmtpSettings(host, port == 0 ? defaultPort(security) : port, security, username);
    }

    /** From {@code smtp://user@host:port} or {@code smtps://user@host:port}. */
    public static SmtpSettings parse(String url) {
        MailUrl u = MailUrl.parse(url, "SMTP");
        Security security = u.security("smtps", "smtp", "SMTP", "write smtp:// (STARTTLS) or smtps:// (TLS)");
        if (!u.path().isEmpty()) {
            // the path is not repeated: a misplaced password may be in it
            throw MailUrl.fault("SMTP", "for " + u.host() + " has a path (after the host's /), which an SMTP URL"
                    + " cannot have");
        }
        return of(u.host(), u.port() < 0 ? 0 : u.port(), security, u.user());
    }

    private static int defaultPort(Security security) {
        return security == Security.TLS ? 465 : 587;
    }

    /** False only for STARTTLS to a loopback host (a local test server), where a plain connection is allowed. */
    public boolean encryptionRequired() {
        return security.requiredFor(host);
    }

    /** {@code smtp://user@host:port}: the settings as a URL (there is no password to hide). */
    public String url() {
        String h = host.indexOf(':') >= 0 ? "[" + host + "]" : host;
        return (security == Security.TLS ? "smtps" : "smtp") + "://" + (username == null ? "" : username + "@") + h
                + ":" + port;
    }

    @Override
    public String toString() {
        return url();
    }
}
