package org.briefgen.publish;

import java.time.ZoneOffset;

import org.briefgen.files.Sha256;
import org.briefgen.sign.SignatureCheck;
import org.briefgen.sign.SignatureReport;
import org.briefgen.sign.SigningTrust;

/**
 * What lets a reader check a copy of a published letter: its PDF's SHA-256, and who signed it and
 * when (read from the PDF's own signature; "not signed" for a letter issued unsigned).
 */
final class LetterFingerprint {

    private LetterFingerprint() {
    }

    /** Adds the SHA-256 and signer facts of {@code pdf} (nothing when null) to the page. */
    static void facts(Html h, Labels labels, byte[] pdf) {
        if (pdf == null) {
            return;
        }
        h.fact(labels.get("company.sha256"), Sha256.of(pdf));
        h.fact(labels.get("company.signedBy"), signer(labels, pdf));
    }

    static String signer(Labels labels, byte[] pdf) {
        if (!SignatureCheck.namesAByteRange(pdf)) {
            // the archive's copy of a letter briefgen wrote, unsigned: not parsed (a third of a large
            // publication's time went to parsing every unsigned letter)
            return labels.get("company.unsigned");
        }
        SignatureReport report = new SignatureCheck(SigningTrust.none()).check(pdf).orElse(null);
        if (report == null || report.signedAt() == null) {
            return labels.get("company.unsigned");
        }
        return labels.get("company.signer", "organisation", report.organisation(), "date", labels.date(report
                .signedAt().atOffset(ZoneOffset.UTC).toLocalDate()), "valid", report.valid() ? "yes" : "no");
    }
}
