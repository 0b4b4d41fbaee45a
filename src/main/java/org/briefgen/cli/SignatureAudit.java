package org.briefgen.cli;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

import org.briefgen.archive.Archive;
import org.briefgen.archive.IssuedLetter;
import org.briefgen.archive.RecordedFile;
import org.briefgen.archive.Verification;
import org.briefgen.campaign.load.SigningBlock;
import org.briefgen.sign.SignatureCheck;
import org.briefgen.sign.SignatureReport;
import org.briefgen.sign.SigningTrust;

/**
 * {@code archive verify}'s look at signatures: every issued PDF on disk that carries one is checked
 * (intact, covering the file, by the organisation's certificate or one chaining to its CA as
 * {@code data}'s organisation.yaml names them, the timestamp good); each failure printed with its
 * letter. A missing or changed file is the hash check's to report.
 */
public final class SignatureAudit {

    private SignatureAudit() {
    }

    /**
     * Checks the signed PDFs of {@code store}'s letters, prints each failure and a summary; returns the failures.
     * {@code hashed}: the hash check just made of the archive's first {@link Verification#letters()} letters, which
     * found every file of theirs it does not name a mismatch of byte for byte as issued. Both read the letters in
     * the order they were recorded, and none is ever removed, so the first that many here are the ones it hashed.
     */
    public static int check(Archive store, Path data, PrintWriter out, Verification hashed) {
        Set<String> differing = hashed.mismatches().stream().map(Verification.Mismatch::path).collect(Collectors
                .toSet());
        SigningTrust trust = Files.isRegularFile(data.resolve("organisation.yaml"))
                ? SigningBlock.load(data).map(SigningTrust::of).orElse(SigningTrust.none())
                : SigningTrust.none();
        SignatureCheck check = new SignatureCheck(trust);
        int signed = 0;
        int failed = 0;
        int seen = 0;
        for (IssuedLetter letter : store.pages().everyLetter()) {
            // a letter recorded since the hash check (by a run meanwhile) was not hashed: parsed whatever it names
            boolean checked = ++seen <= hashed.letters();
            for (RecordedFile file : letter.files()) {
                Path path = store.file(file);
                if (!file.path().endsWith(".pdf") || !Files.isRegularFile(path)) {
                    continue;
                }
                byte[] bytes = read(path);
                if (checked && !differing.contains(file.path()) && !SignatureCheck.namesAByteRange(bytes)) {
                    // as issued, and naming no byte range, which briefgen's signer writes in every signed PDF: issued
                    // unsigned, nothing to check (parsing every unsigned letter was most of archive verify's time);
                    // a file not as recorded may be anyone's, and is parsed however it spells its names
                    continue;
                }
                SignatureReport report = check.check(bytes).orElse(null);
                if (report == null) {
                    continue;
                }
                signed++;
                if (!report.valid()) {
                    failed++;
                    report.problems().forEach(p -> out.printf("signature: %s %s: %s%n", letter.reference(),
                            TerminalText.of(file.path()), TerminalText.of(p)));
                }
            }
        }
        if (signed > 0) {
            out.printf("signatures: %d of %d signed PDF%s valid%s%n", signed - failed, signed, signed == 1 ? "" : "s",
                    trust.configured() ? ", by the organisation's certificate"
                            : " (signer not checked: " + data.resolve("organisation.yaml")
                                    + " names no signing certificate or ca)");
        }
        return failed;
    }

    private static byte[] read(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }
}
