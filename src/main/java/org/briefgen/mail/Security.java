package org.briefgen.mail;

import java.util.Locale;

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

    /** {@code starttls} or {@code tls}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
