package org.briefgen.mail;

import java.time.Duration;
import java.util.Locale;
import java.util.Properties;

/** How a connection to a mail server is encrypted. */
public enum Security {
    /** A plain connection upgraded with STARTTLS (SMTP port 587, IMAP 143); required unless the host is loopback. */
    STARTTLS,
    /** TLS from the first byte (SMTP port 465, IMAP 993). */
    TLS;

    /** {@code starttls} or {@code tls}, as organisation.yaml spells it. */
    public static Security of(String key) {
        String k = key == null ? "" : key.strip().toLowerCase(Locale.ROOT);
        return switch (k) {
            case "starttls" -> STARTTLS;
            case "tls" -> TLS;
            default -> throw new MailException("the mail security '" + DisplayText.of(key, 40)
                    + "' is not known: write starttls or tls", "nothing was sent or read.");
        };
    }

    /** Whether a connection to {@code host} must be encrypted: always, but for STARTTLS to a loopback host. */
    public boolean requiredFor(String host) {
        return this == TLS || !MailUrl.isLoopback(host);
    }

    /** {@code starttls} or {@code tls}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The Jakarta Mail properties of a connection over {@code protocol} ({@code smtp}, {@code imap}) encrypted
     * this way ({@code required}: STARTTLS must succeed), the server's name checked, each wait at most
     * {@code timeout}.
     */
    public Properties properties(String protocol, boolean required, Duration timeout) {
        Properties p = new Properties();
        String prefix = "mail." + protocol + ".";
        String millis = Long.toString(timeout.toMillis());
        p.setProperty(prefix + "ssl.enable", Boolean.toString(this == TLS));
        p.setProperty(prefix + "starttls.enable", Boolean.toString(this == STARTTLS));
        p.setProperty(prefix + "starttls.required", Boolean.toString(this == STARTTLS && required));
        p.setProperty(prefix + "ssl.checkserveridentity", "true");
        p.setProperty(prefix + "connectiontimeout", millis);
        p.setProperty(prefix + "timeout", millis);
        p.setProperty(prefix + "writetimeout", millis);
        return p;
    }
}
