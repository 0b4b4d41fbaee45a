package org.briefgen.campaign.load;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

import org.briefgen.campaign.DataException;
import org.briefgen.campaign.SmtpConfig;

/** Reads organisation.yaml's {@code smtp:} block, each wrong value a problem with its file and line. */
final class SmtpBlock {

    private static final Set<String> KEYS = Set.of("host", "port", "security", "username", "rate", "trust",
            "password");

    private SmtpBlock() {
    }

    /** The block under {@code smtp} in {@code organisation}, or empty when there is none (or it is wrong: see problems). */
    static Optional<SmtpConfig> read(Fields organisation) {
        return organisation.map("smtp").flatMap(s -> s == null ? Optional.empty() : Optional.ofNullable(block(s)));
    }

    private static SmtpConfig block(Fields s) {
        if (s.has("password")) {
            // named before the unknown-key report, so the advice is the right one
            s.report(s.problemAt("password", "smtp: a password is never written in a file: give it in"
                    + " BRIEFGEN_SMTP_PASSWORD, or type it when send asks"));
        }
        // "password" is reported above, with its own advice: not again as an unknown key
        s.allow(KEYS);
        String host = s.text("host", "the SMTP server, e.g. smtp.example.org");
        if (host != null && !host.matches("[A-Za-z0-9._:-]+")) {
            s.report(s.problemAt("host", "smtp: host '" + host + "' is not a host name or address"));
        }
        int port = s.optInteger("port").orElse(0);
        if (s.has("port") && (port < 1 || port > 65535)) {
            s.report(s.problemAt("port", "smtp: port " + port + " is not from 1 to 65535"));
        }
        String security = s.optText("security").orElse("starttls");
        if (!security.equals("starttls") && !security.equals("tls")) {
            s.report(s.problemAt("security", "smtp: security '" + security + "' is not known: write starttls or tls"));
        }
        String username = s.optText("username").orElse(null);
        if (username != null && !username.matches("[^\\p{Cntrl}\\s]+")) {
            s.report(s.problemAt("username", "smtp: username holds a space or control character"));
        }
        Integer rate = s.optInteger("rate").orElse(null);
        if (rate != null && rate < 1) {
            s.report(s.problemAt("rate", "smtp: rate must be at least 1 message a minute, not " + rate));
        }
        String trust = s.optText("trust").orElse(null);
        if (trust != null && (trust.isBlank() || trust.indexOf('\0') >= 0)) {
            s.report(s.problemAt("trust", "smtp: trust names no file: write the PEM or PKCS#12 file of the"
                    + " organisation's certificate authority"));
            trust = null;
        }
        return host == null ? null : new SmtpConfig(host, port, security, username, rate, trust == null ? null
                : Path.of(trust));
    }

    /** Only the {@code smtp:} block of {@code folder}/organisation.yaml; a wrong block is a {@link DataException}. */
    static Optional<SmtpConfig> load(Path folder) {
        return OrganisationBlocks.fromFile(folder, SmtpBlock::read).map(c -> c.in(folder));
    }
}
