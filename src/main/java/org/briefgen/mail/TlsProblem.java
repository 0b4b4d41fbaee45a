package org.briefgen.mail;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import javax.net.ssl.SSLException;

/**
 * A TLS failure in plain words: a refused certificate named with the server, the name asked for,
 * the names, issuer, dates and SHA-256 fingerprint of the certificate, why it was refused and what
 * to do; any other TLS failure (no STARTTLS offered, a handshake that broke) with every cause.
 */
public final class TlsProblem {

    /** Which connection failed and how the user names a trust file for it. */
    public record Server(String kind, String host, int port, Security security, String trustAdvice) {

        String where() {
            String h = host.indexOf(':') >= 0 ? "[" + host + "]" : host;
            return "the " + kind + " server " + h + ":" + port;
        }
    }

    private TlsProblem() {
    }

    /** The failure in plain words, or empty when it is no TLS failure. */
    public static Optional<String> describe(Server server, CertificateCheck check, Throwable failure) {
        X509Certificate[] chain = check.presented();
        if (check.refusal() != null && chain != null && chain.length > 0) {
            return Optional.of(certificate(server, check, chain));
        }
        String causes = Causes.of(failure);
        if (causes.matches("(?s).*STARTTLS.*(does not support|not supported).*")) {
            return Optional.of(server.where() + " does not offer STARTTLS, and briefgen does not log in or send"
                    + " without encryption except to this machine (a loopback address): use the TLS port instead ("
                    + (server.kind().equals("SMTP") ? "smtps://, port 465" : "imaps://, port 993")
                    + ") if the server has one, or ask its administrator to turn STARTTLS on");
        }
        if (tls(failure) || causes.contains("STARTTLS")) {
            return Optional.of("the TLS handshake" + (server.security() == Security.STARTTLS ? " (after STARTTLS)"
                    : "") + " with " + server.where() + " failed: " + causes);
        }
        return Optional.empty();
    }

    private static boolean tls(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SSLException) {
                return true;
            }
        }
        return false;
    }

    private static String certificate(Server server, CertificateCheck check, X509Certificate[] chain) {
        X509Certificate leaf = chain[0];
        Instant now = Instant.now();
        List<String> names = names(leaf);
        List<String> reasons = new ArrayList<>();
        List<String> advice = new ArrayList<>();
        boolean anchored = anchored(chain, check.getAcceptedIssuers());
        boolean expired = now.isAfter(leaf.getNotAfter().toInstant());
        boolean early = now.isBefore(leaf.getNotBefore().toInstant());
        boolean misnamed = check.trustedApartFromName() || !matches(server.host(), names);
        String issuer = DisplayText.of(leaf.getIssuerX500Principal().getName(), 300);
        if (!anchored) {
            reasons.add("it is not trusted: its issuer (" + issuer + ") is not one of the certificate authorities"
                    + " trusted here (" + check.trust() + ")");
            advice.add("if this is your organisation's own server, get its certificate authority's certificate from"
                    + " the server's administrator (a PEM file, or a PKCS#12 truststore), check that the fingerprint"
                    + " above is the one they give for this server, and name the file with " + server.trustAdvice()
                    + "; the Java runtime's own authorities still count too");
        }
        if (expired) {
            reasons.add("it expired on " + day(leaf.getNotAfter().toInstant()));
            advice.add("its administrator must renew the server's certificate: no trust: file makes an expired"
                    + " certificate good");
        }
        if (early) {
            reasons.add("it is not valid before " + day(leaf.getNotBefore().toInstant()));
            advice.add("check this computer's clock and date; no trust: file makes a certificate good before its"
                    + " time");
        }
        if (misnamed) {
            reasons.add("it is not for " + server.host() + ", the name asked for");
            advice.add("connect with a name the certificate holds, if that is the same server, or ask its"
                    + " administrator for a certificate that names " + server.host() + "; a trust: file does not"
                    + " change the names a certificate is good for");
        }
        if (reasons.isEmpty()) {
            reasons.add("the certificate checks refused it: " + DisplayText.of(check.refusal().getMessage(), 300));
            advice.add("ask the server's administrator; a trust: file names the authorities to trust, and"
                    + " certificate checking cannot be turned off");
        } else {
            advice.add("certificate checking cannot be turned off");
        }
        String via = server.security() == Security.STARTTLS ? " (after STARTTLS)" : "";
        return server.where() + via + " presented a certificate that briefgen refuses: " + String.join("; ", reasons)
                + ".\n  name asked for: " + server.host()
                + "\n  names in the certificate: " + (names.isEmpty() ? "(none)" : String.join(", ", names))
                + "\n  issued by: " + issuer
                + "\n  valid from " + day(leaf.getNotBefore().toInstant()) + " to " + day(leaf.getNotAfter()
                        .toInstant())
                + "\n  SHA-256 fingerprint: " + fingerprint(leaf)
                + "\nWhat to do: " + String.join("; ", advice) + ".";
    }

    /** The DNS names and addresses the certificate is for; its subject's common names when it lists none. */
    static List<String> names(X509Certificate certificate) {
        Set<String> names = new LinkedHashSet<>();
        try {
            Collection<List<?>> alternative = certificate.getSubjectAlternativeNames();
            if (alternative != null) {
                for (List<?> entry : alternative) {
                    int type = (Integer) entry.get(0);
                    if (type == 2 || type == 7) {
                        names.add(DisplayText.of(String.valueOf(entry.get(1)), 200));
                    }
                }
            }
        } catch (CertificateParsingException e) {
            // a certificate whose names cannot be read: its subject says what it can
        }
        if (names.isEmpty()) {
            try {
                for (Rdn rdn : new LdapName(certificate.getSubjectX500Principal().getName()).getRdns()) {
                    if (rdn.getType().equalsIgnoreCase("CN")) {
                        names.add(DisplayText.of(String.valueOf(rdn.getValue()), 200));
                    }
                }
            } catch (InvalidNameException e) {
                names.add(DisplayText.of(certificate.getSubjectX500Principal().getName(), 200));
            }
        }
        return List.copyOf(names);
    }

    /** True when {@code host} is one of {@code names} (a leading {@code *.} standing for one label). */
    static boolean matches(String host, List<String> names) {
        String h = host.toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
        for (String name : names) {
            String n = name.toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
            if (n.equals(h)) {
                return true;
            }
            if (n.startsWith("*.") && h.endsWith(n.substring(1)) && h.indexOf('.') == h.length() - n.length() + 1) {
                return true;
            }
        }
        return false;
    }

    /** True when the chain ends in, or was signed by, one of {@code authorities}. */
    private static boolean anchored(X509Certificate[] chain, X509Certificate[] authorities) {
        for (X509Certificate authority : authorities) {
            for (X509Certificate c : chain) {
                if (c.equals(authority)) {
                    return true;
                }
            }
            X509Certificate last = chain[chain.length - 1];
            if (last.getIssuerX500Principal().equals(authority.getSubjectX500Principal())) {
                try {
                    last.verify(authority.getPublicKey());
                    return true;
                } catch (GeneralSecurityException e) {
                    // the same name, another key: not this authority
                }
            }
        }
        return false;
    }

    private static String day(Instant instant) {
        return instant.toString().substring(0, 10);
    }

    static String fingerprint(X509Certificate certificate) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
