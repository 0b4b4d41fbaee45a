package org.briefgen.campaign;

import java.nio.file.Path;

/**
 * The {@code smtp:} block of organisation.yaml: the server the organisation's letters are sent
 * through ({@code host}, {@code port}, 0 for the security's default, {@code security}
 * {@code starttls} or {@code tls}, the {@code username}, null for no login) and the most messages
 * a minute ({@code rate}, null for the default), and the file of the organisation's certificate
 * authority to trust besides the Java runtime's ({@code trust}, PEM or PKCS#12; null for none;
 * relative to the campaign folder). Never a password: that comes from the environment or a prompt.
 */
public record SmtpConfig(String host, int port, String security, String username, Integer rate, Path trust) {

    /** Trusting the Java runtime's certificate authorities only. */
    public SmtpConfig(String host, int port, String security, String username, Integer rate) {
        this(host, port, security, username, rate, null);
    }

    /** The same block with its trust file taken relative to {@code folder} (organisation.yaml's). */
    public SmtpConfig in(Path folder) {
        return trust == null ? this : new SmtpConfig(host, port, security, username, rate, folder.resolve(trust));
    }
}
