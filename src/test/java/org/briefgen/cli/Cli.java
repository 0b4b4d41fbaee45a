package org.briefgen.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.briefgen.TestCampaigns;

/** briefgen's command line run in a test's own folder: a copy of the bundled campaign, letters to {@code out/}. */
final class Cli {

    record Result(int code, String out, String err) {
    }

    final Path root;

    Cli(Path dir) {
        this.root = TestCampaigns.copyBundled(dir);
    }

    Path data() {
        return root.resolve("data");
    }

    Path out() {
        return root.resolve("out");
    }

    /** Runs briefgen with {@code args} as given. */
    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    /** {@code generate} on this folder's campaign, into {@code out/}, with {@code more} options. */
    Result generate(String... more) {
        List<String> args = new ArrayList<>(List.of("generate", "--data", data().toString(), "--templates",
                root.resolve("templates").toString(), "--out", out().toString()));
        args.addAll(Arrays.asList(more));
        return run(args.toArray(String[]::new));
    }

    /** A command that reads the archive ({@code respond}, {@code tracker}, {@code archive …}), on {@code out/}. */
    Result command(String... args) {
        List<String> all = new ArrayList<>(Arrays.asList(args));
        all.addAll(List.of("--out", out().toString()));
        return run(all.toArray(String[]::new));
    }
}
