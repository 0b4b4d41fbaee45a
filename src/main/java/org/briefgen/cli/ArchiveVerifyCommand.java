package org.briefgen.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;

import org.briefgen.archive.Archive;
import org.briefgen.archive.Verification;
import org.briefgen.failure.ExitCode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Recomputes every recorded hash; names each mismatch. */
@Command(name = "verify", mixinStandardHelpOptions = true, description = {
        "Recompute the hash of every recorded file and both hash chains, and name each mismatch; check the"
                + " signature of every signed PDF.",
        "Exit 0 when the archive is intact, 3 when it is not."})
final class ArchiveVerifyCommand implements Callable<Integer> {

    @Mixin
    OutputFolder output;

    @Mixin
    ArchiveOptions archive;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data", description = "The campaign folder whose"
            + " organisation.yaml names the signing certificate or CA that signed PDFs are checked against (default:"
            + " ${DEFAULT-VALUE}).")
    Path data;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        Verification v;
        int badSignatures;
        String where;
        try (Archive store = Archive.openExisting(archive.location(output.out), Clock.systemUTC())) {
            v = store.verify();
            where = store.describe();
            badSignatures = SignatureAudit.check(store, data, stdout);
        }
        for (Verification.Mismatch m : v.mismatches()) {
            stdout.printf("mismatch: %s %s: %s (expected sha256 %s, actual %s)%n", m.reference(), m.path(),
                    m.problem(), m.expected(), m.actual().length() == 64 ? "sha256 " + m.actual() : m.actual());
        }
        String checked = count(v.letters(), "letter") + ", " + count(v.responses(), "response") + ", "
                + count(v.files(), "file") + " checked";
        if (v.intact() && badSignatures == 0) {
            stdout.printf("intact: %s in %s%n", checked, where);
            stdout.flush();
            return ExitCode.OK;
        }
        stdout.printf("NOT intact: %s in %s (%s)%n", count(v.mismatches().size() + badSignatures, "mismatch"), where,
                checked);
        stdout.flush();
        return ExitCode.NOT_INTACT;
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : what.endsWith("h") ? "es" : "s");
    }
}
