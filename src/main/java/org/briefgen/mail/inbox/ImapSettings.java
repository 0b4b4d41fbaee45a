package org.briefgen.mail.inbox;

import java.util.Objects;

import org.briefgen.mail.DisplayText;
import org.briefgen.mail.MailException;
import org.briefgen.mail.MailUrl;
import org.briefgen.mail.Password;
import org.briefgen.mail.Security;
import org.briefgen.mail.Trust;

/**
 * Which mailbox to read replies from: host, port, encryption, the user to log in as, and the
 * folder. The password is never part of it; see {@link Password}.
 *
 * <p>{@code imaps://user@host:port/FOLDER} is TLS (port 993 by default); {@code imap://…} is
 * STARTTLS (port 143), required unless the host is a loopback address. The folder is INBOX when
 * the URL names none. The server's certificate must be signed by an authority of {@code trust}.
 */
public record ImapSettings(String host, int port, Security security, String username, String folder, Trust trust) {

    private static final String OUTCOME = "nothing was read.";

    public ImapSettings {
        Objects.requireNonNull(security, "security");
        trust = trust == null ? Trust.jvm() : trust;
        if (host == null || host.isBlank() || !host.strip().matches("[A-Za-z0-9._:-]+")) {
            throw new MailException("the IMAP host '" + DisplayText.of(host, 200) + "' is not a host name or address",
                    OUTCOME);
        }
        host = host.strip();
        if (port < 1 || port > 65535) {
            throw new MailException("the IMAP port " + port + " is not from 1 to 65535", OUTCOME);
        }
        if (username == null || username.isBlank()) {
            throw new MailException("the IMAP settings for " + host + " name no user: write imaps://user@" + host
                    + "/INBOX", OUTCOME);
        }
        username = username.strip();
        if (!username.matches("[^\\p{Cntrl}\\s]+")) {
            throw new MailException("the IMAP user name '" + DisplayText.of(username, 200)
                    + "' holds a space or control character", OUTCOME);
        }
        folder = folder == null || folder.isBlank() ? "INBOX" : folder.strip();
    }

    /** Trusting the Java runtime's certificate authorities only. */
    public ImapSettings(String host, int port, Security security, String username, String folder) {
        this(host, port, security, username, folder, Trust.jvm());
    }

    /** The same mailbox, its server's certificate checked against {@code trust}. */
    public ImapSettings withTrust(Trust trust) {
        return new ImapSettings(host, port, security, username, folder, trust);
    }

    /** From {@code imaps://user@host:port/FOLDER} or {@code imap://user@host:port/FOLDER}. */
    public static ImapSettings parse(String url) {
        MailUrl u = MailUrl.parse(url, "IMAP");
        Security security = u.security("imaps", "imap", "IMAP", "write imaps:// (TLS) or imap:// (STARTTLS)");
        int port = u.port() > 0 ? u.port() : security == Security.TLS ? 993 : 143;
        return new ImapSettings(u.host(), port, security, u.user(), u.path());
    }

    /** False only for STARTTLS to a loopback host (a local test server), where a plain connection is allowed. */
    public boolean encryptionRequired() {
        return security.requiredFor(host);
    }

    /** {@code imaps://user@host:port/FOLDER} (there is no password to hide). */
    public String url() {
        String h = host.indexOf(':') >= 0 ? "[" + host + "]" : host;
        return (security == Security.TLS ? "imaps" : "imap") + "://" + username + "@" + h + ":" + port + "/" + folder;
    }

    @Override
    public String toString() {
        return url();
    }
}
