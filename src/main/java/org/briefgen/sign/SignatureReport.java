package org.briefgen.sign;

import java.time.Instant;
import java.util.List;

/**
 * What a signed PDF says of its signature: the field, who signed (the certificate's organisation and
 * its full subject), when the signer's computer said it signed ({@code claimed}) and when a
 * time-stamping authority saw it ({@code timestamp}, null without one), its PAdES level as
 * briefgen reads it, and every {@code problem} found (none: the signature holds).
 */
public record SignatureReport(String field, String organisation, String subject, Instant claimed, Instant timestamp,
        String level, List<String> problems) {

    public SignatureReport {
        problems = List.copyOf(problems);
    }

    /** Whether the signature holds: intact, covering the file, by whom it should be, its timestamp good. */
    public boolean valid() {
        return problems.isEmpty();
    }

    /** When it was signed, as best known: the timestamp, else the signer's own claim. */
    public Instant signedAt() {
        return timestamp != null ? timestamp : claimed;
    }
}
