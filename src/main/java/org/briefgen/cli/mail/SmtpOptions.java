package org.briefgen.cli.mail;

import java.nio.file.Path;

import org.briefgen.campaign.SmtpConfig;
import org.briefgen.campaign.load.CampaignLoader;
import org.briefgen.mail.MailException;
import org.briefgen.mail.Security;
import org.briefgen.mail.send.SmtpSettings;

import picocli.CommandLine.Option;

/**
 * The SMTP server {@code send} hands the e-mails to: {@code --smtp} and {@code --smtp-trust}, else
 * the {@code smtp:} block of {@code organisation.yaml} in the {@code --data} folder.
 */
final class SmtpOptions {

    @Option(names = "--smtp", paramLabel = "URL", description = "smtp://user@host:port (STARTTLS, plain only to a"
            + " loopback address) or smtps://user@host:port (TLS); default: smtp: in DATA/organisation.yaml.")
    String smtp;

    @Option(names = "--smtp-trust", paramLabel = "FILE", description = "The organisation's certificate authority"
            + " (PEM, or PKCS#12 with its password in BRIEFGEN_TRUST_PASSWORD), trusted for this server besides the"
            + " Java runtime's; default: trust: in the smtp: block. Certificate checking cannot be turned off.")
    Path smtpTrust;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data", description = "The campaign folder whose"
            + " organisation.yaml has the smtp: block (default: ${DEFAULT-VALUE}).")
    Path data;

    /** The {@code smtp:} block, read when {@code --smtp} does not name the server; null when there is none. */
    SmtpConfig config() {
        return smtp == null ? CampaignLoader.smtp(data).orElse(null) : null;
    }

    /** The server: {@code --smtp}, else the block {@link #config} read; neither is a {@link MailException}. */
    SmtpSettings settings(SmtpConfig config) {
        if (smtp != null) {
            return SmtpSettings.parse(smtp).withTrust(MailPasswords.trust(smtpTrust));
        }
        if (config == null) {
            throw new MailException("no SMTP server: give --smtp smtp://user@host:port, or an smtp: block (host, port,"
                    + " security, username) in " + data.resolve("organisation.yaml"), "nothing was sent.");
        }
        return SmtpSettings.of(config.host(), config.port(), Security.of(config.security()), config.username())
                .withTrust(MailPasswords.trust(smtpTrust != null ? smtpTrust : config.trust()));
    }
}
