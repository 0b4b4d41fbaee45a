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

    private static final byte[] BYTE_RANGE = "/ByteRange".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

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
        if (!names(pdf, BYTE_RANGE)) {
            // a signature's byte range is written plainly (outside any compressed stream: it is filled in once
            // the file is written), so a PDF that never names one holds no signature: not parsed (a third of a
            // large publication's time went to parsing every unsigned letter)
            return labels.get("company.unsigned");
        }
        SignatureReport report = new SignatureCheck(SigningTrust.none()).check(pdf).orElse(null);
        if (report == null || report.signedAt() == null) {
            return labels.get("company.unsigned");
        }
        return labels.get("company.signer", "organisation", report.organisation(), "date", labels.date(report
                .signedAt().atOffset(ZoneOffset.UTC).toLocalDate()), "valid", report.valid() ? "yes" : "no");
    }

    /**
     * Whether {@code bytes} hold {@code name} anywhere. Boyer-Moore-Horspool: most positions are skipped
     * by the length of the name (a large publication reads every letter's copy through here).
     */
    static boolean names(byte[] bytes, byte[] name) {
        int last = name.length - 1;
        if (last < 0) {
            return true;
        }
        int[] skip = new int[256];
        java.util.Arrays.fill(skip, name.length);
        for (int j = 0; j < last; j++) {
            skip[name[j] & 0xff] = last - j;
        }
        for (int i = 0; i + last < bytes.length; i += skip[bytes[i + last] & 0xff]) {
            int j = last;
            while (bytes[i + j] == name[j]) {
                if (j == 0) {
                    return true;
                }
                j--;
            }
        }
        return false;
    }
}
