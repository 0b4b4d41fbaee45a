package org.briefgen.sign;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;

import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;

/** Reading certificates from files (PEM or DER) and naming who a certificate is of. */
final class Certificates {

    private Certificates() {
    }

    /** Every certificate in {@code file}; a file that holds none is a {@link SigningException}. */
    static List<X509Certificate> read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            List<X509Certificate> all = CertificateFactory.getInstance("X.509").generateCertificates(in).stream()
                    .map(c -> (X509Certificate) c).toList();
            if (all.isEmpty()) {
                throw new SigningException(file + ": holds no certificate (PEM or DER expected)");
            }
            return all;
        } catch (IOException | CertificateException e) {
            throw new SigningException(file + ": cannot read a certificate from it (PEM or DER expected: "
                    + e.getMessage() + ")");
        }
    }

    /** The certificate's organisation (O), else its common name (CN), else its whole subject. */
    static String organisation(X509Certificate certificate) {
        String subject = certificate.getSubjectX500Principal().getName();
        String o = attribute(subject, "O");
        return o != null ? o : commonName(certificate);
    }

    /** The certificate's common name (CN), else its whole subject. */
    static String commonName(X509Certificate certificate) {
        String subject = certificate.getSubjectX500Principal().getName();
        String cn = attribute(subject, "CN");
        return cn != null ? cn : subject;
    }

    private static String attribute(String subject, String type) {
        try {
            for (Rdn rdn : new LdapName(subject).getRdns()) {
                if (rdn.getType().equalsIgnoreCase(type)) {
                    return String.valueOf(rdn.getValue());
                }
            }
        } catch (InvalidNameException e) {
            return null;
        }
        return null;
    }
}
