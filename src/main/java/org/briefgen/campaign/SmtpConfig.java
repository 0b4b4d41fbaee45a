package org.briefgen.campaign;

/**
 * The {@code smtp:} block of organisation.yaml: the server the organisation's letters are sent
 * through ({@code host}, {@code port}, 0 for the security's default, {@code security}
 * {@code starttls} or {@code tls}, the {@code username}, null for no login) and the most messages
 * a minute ({@code rate}, null for the default). Never a password: that comes from the
 * environment or a prompt.
 */
public record SmtpConfig(String host, int port, String security, String username, Integer rate) {
}
