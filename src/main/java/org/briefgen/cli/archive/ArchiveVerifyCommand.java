package org.briefgen.cli.archive;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.briefgen.archive.Archive;
import org.briefgen.archive.Verification;
import org.briefgen.cli.ArchiveAccessOptions;
import org.briefgen.cli.SignatureAudit;
import org.briefgen.cli.mail.SentAudit;
import org.briefgen.failure.ExitCode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Recomputes every recorded hash; names each mismatch; checks the chains' ends against the anchors and a kept head. */
@Command(name = "verify", mixinStandardHelpOptions = true, description = {
        "Recompute the hash of every recorded file and every hash chain, compare the end of each chain with the"
                + " anchors in OUT/anchors (and with --expect HEAD), check the signature of every signed PDF, and"
                + " name each mismatch.",
        "Exit 0 when the archive is intact, 3 when it is not."})
final class ArchiveVerifyCommand implements Callable<Integer> {

    @Mixin
    ArchiveAccessOptions at;

    @Option(names = "--expect", paramLabel = "HEAD", description = "A head of the archive you kept (from a"
            + " publication, an export, a receipt: DIGEST:letters=N,…): every chain must still reach as far, with the"
            + " same rows.")
    String expect;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data", description = "The campaign folder whose"
            + " organisation.yaml names the signing certificate or CA that signed PDFs are checked against (default:"
            + " ${DEFAULT-VALUE}).")
    Path data;

    @Override
    public Integer call() {
        return at.run(this::verify);
    }

    private int verify(Archive store, PrintWriter stdout) {
        Verification v = store.verify(expect);
        String where = store.describe();
        int badSignatures = SignatureAudit.check(store, data, stdout, v) + SentAudit.check(store, stdout);
        for (Verification.Mismatch m : v.mismatches()) {
            stdout.printf("mismatch: %s %s: %s (expected sha256 %s, actual %s)%n", m.reference(), m.path(),
                    m.problem(), m.expected(), m.actual().length() == 64 ? "sha256 " + m.actual() : m.actual());
        }
        Verification.Ends ends = v.ends();
        ends.problems().forEach(p -> stdout.printf("mismatch: %s%n", p));
        String checked = count(v.letters(), "letter") + ", " + count(v.responses(), "response") + ", "
                + count(v.files(), "file") + " checked";
        int found = v.mismatches().size() + ends.problems().size() + badSignatures;
        boolean intact = v.intact() && badSignatures == 0;
        if (intact) {
            stdout.printf("intact: %s in %s%n", checked, where);
        } else {
            stdout.printf("NOT intact: %s in %s (%s)%n", count(found, "mismatch"), where, checked);
        }
        // what the ends of the chains were checked against, and the head to keep for checking them later
        if (ends.anchors() > 0) {
            stdout.printf("anchors: %s checked in %s, the newest %s%n", count(ends.anchors(), "anchor"), ends.folder(),
                    ends.newest());
        } else {
            stdout.printf("no anchor of this archive in %s%s: %s%n", ends.folder(), ends.others() == 0 ? "" : " ("
                    + count(ends.others(), "anchor") + " there of other archives)", ends.expected() != null
                            ? "the ends of the chains are checked against the head you gave only"
                            : "rows removed from the end of a chain would not show; give a head you kept with"
                                    + " --expect HEAD");
        }
        if (ends.expected() != null && ends.problems().isEmpty()) {
            stdout.printf("matches the head you gave: %s%n", ends.expected());
        }
        stdout.printf("head: %s%n", ends.head().text());
        return intact ? ExitCode.OK : ExitCode.NOT_INTACT;
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : what.endsWith("h") ? "es" : "s");
    }
}
