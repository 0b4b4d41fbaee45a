package org.briefgen.cli;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.briefgen.archive.Archive;
import org.briefgen.archive.ArchiveException;
import org.briefgen.archive.ArchiveLocation;
import org.briefgen.archive.IssuedLetter;
import org.briefgen.archive.RecordedFile;
import org.briefgen.archive.jdbc.Archives;
import org.briefgen.failure.ExitCode;
import org.briefgen.files.Sha256;
import org.briefgen.sign.SignatureCheck;
import org.briefgen.sign.SignatureReport;
import org.briefgen.sign.SigningTrust;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** For anyone who holds a letter: who signed it, when, whether it changed since, whether the archive has it. */
@Command(name = "check-letter", mixinStandardHelpOptions = true, description = {
        "Check a letter's PDF: who signed it, when (its timestamp), whether a byte of it changed since, and"
                + " (with --archive) whether the archive recorded it, by its SHA-256.",
        "Exit 0 when it is signed, unaltered (and recorded, when asked); 3 when it is not."})
final class CheckLetterCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "The letter's PDF.")
    Path file;

    @Option(names = "--archive", paramLabel = "JDBC-URL", description = "Also look the file up in this archive"
            + " (jdbc:sqlite:FILE or jdbc:postgresql://…).")
    String archive;

    @Option(names = "--ca", paramLabel = "FILE", description = "The organisation's certificate or its CA's (PEM or"
            + " DER): also check that it signed.")
    Path ca;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.isRegularFile(file)) {
            throw new ArchiveException(file + ": no such file");
        }
        byte[] bytes = Files.readAllBytes(file);
        String sha256 = Sha256.of(bytes);
        SigningTrust trust = ca == null ? SigningTrust.none() : SigningTrust.ca(ca);
        Optional<SignatureReport> found = new SignatureCheck(trust).check(bytes);
        out.printf("%s%n  sha256:    %s%n", TerminalText.of(file.toString()), sha256);
        boolean good = found.isPresent() && found.get().valid();
        if (found.isEmpty()) {
            out.println("  signed:    no: this PDF carries no signature");
        } else {
            SignatureReport r = found.get();
            // the certificate is whoever made the file's: its names are data, never lines of their own
            out.printf("  signed by: %s (%s)%n", TerminalText.of(r.organisation()), TerminalText.of(r.subject()));
            out.printf("  signed at: %s%n", r.timestamp() != null
                    ? r.timestamp() + " (timestamp of a time-stamping authority)"
                    : r.claimed() + " (the signer's own clock: no timestamp)");
            out.printf("  level:     PAdES %s%n", r.level());
            boolean altered = r.problems().stream().anyMatch(p -> p.startsWith("altered"));
            out.printf("  altered:   %s%n", altered ? "YES: it was altered since it was signed"
                    : "no: every byte is as signed");
            r.problems().forEach(p -> out.printf("  problem:   %s%n", TerminalText.of(p)));
            if (ca == null) {
                out.println("  signer:    not checked against a certificate (--ca FILE checks it)");
            } else if (r.problems().stream().noneMatch(p -> p.startsWith("signed by"))) {
                out.printf("  signer:    the certificate in %s, or one it issued%n", ca);
            }
        }
        if (archive != null) {
            good &= recorded(sha256, out);
        }
        out.flush();
        return good ? ExitCode.OK : ExitCode.NOT_INTACT;
    }

    private boolean recorded(String sha256, PrintWriter out) {
        ArchiveLocation location = ArchiveLocation.of(archive, Path.of("."));
        try (Archive store = Archives.openReadOnly(location).orElseThrow(() -> new ArchiveException(archive
                + ": no archive there"))) {
            for (IssuedLetter letter : store.pages().everyLetter()) {
                for (RecordedFile f : letter.files()) {
                    if (f.sha256().equals(sha256)) {
                        out.printf("  archive:   recorded as %s to %s, issued %s (%s)%n", letter.reference(),
                                TerminalText.of(letter.company()), letter.issuedAt(), TerminalText.of(f.path()));
                        return true;
                    }
                }
            }
            out.printf("  archive:   NOT recorded in %s: no issued file has this SHA-256%n", store.describe());
            return false;
        }
    }
}
