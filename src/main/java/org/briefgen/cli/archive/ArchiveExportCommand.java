package org.briefgen.cli.archive;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.briefgen.archive.Archive;
import org.briefgen.archive.ArchiveException;
import org.briefgen.archive.ArchiveHead;
import org.briefgen.archive.export.FileExport;
import org.briefgen.archive.export.LetterExport;
import org.briefgen.archive.export.Sheet;
import org.briefgen.archive.export.SheetWriter;
import org.briefgen.archive.rules.TrackerRow;
import org.briefgen.cli.LetterQuery;
import org.briefgen.cli.TerminalText;
import org.briefgen.cli.TrackerCommand;
import org.briefgen.failure.ExitCode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Everything recorded, one row per letter, as CSV or XLSX. */
@Command(name = "export", mixinStandardHelpOptions = true, description = {
        "Everything recorded about each letter, one row per letter, as CSV (printed) or XLSX (written).",
        "A cell that a spreadsheet would take for a formula is written as text."})
public final class ArchiveExportCommand implements Callable<Integer> {

    enum Format {
        csv,
        xlsx
    }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv", description = "csv or xlsx (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--to", paramLabel = "FILE", description = "Write to FILE (default for xlsx: OUT/archive.xlsx).")
    Path to;

    @Option(names = "--files", paramLabel = "DIR", description = "Instead, write every issued file the archive keeps"
            + " into DIR, at the path it was recorded with.")
    Path files;

    @Mixin
    LetterQuery query;

    @Override
    public Integer call() {
        if (files != null) {
            return query.at.run(this::exportFiles);
        }
        List<TrackerRow> rows = query.rows(true);
        Sheet sheet = LetterExport.sheet(rows);
        if (format == Format.xlsx) {
            TrackerCommand.write(to != null ? to : query.at.out().resolve("archive.xlsx"), SheetWriter.xlsx(sheet),
                    query.at.stdout());
            printHead(query.head(), query.at.stdout());
        } else if (to != null) {
            TrackerCommand.write(to, SheetWriter.csv(sheet).getBytes(StandardCharsets.UTF_8),
                    query.at.stdout());
            printHead(query.head(), query.at.stdout());
        } else {
            query.at.stdout().print(SheetWriter.csv(sheet));
            query.at.stdout().flush();
            // the CSV is the standard output: the heads go beside it, never into it
            printHead(query.head(), query.at.stderr());
        }
        return ExitCode.OK;
    }

    /** The archive's head, as a user keeps it to check the archive later, and each chain's end. */
    public static void printHead(ArchiveHead head, PrintWriter to) {
        to.println("head: " + head.text());
        head.lines().forEach(l -> to.println("  " + l));
        to.flush();
    }

    private int exportFiles(Archive store, PrintWriter out) {
        if (!store.storesFiles()) {
            throw new ArchiveException(store.describe() + " keeps no files (an SQLite archive keeps them once"
                    + " generate --store-files has been run on it; a PostgreSQL archive always does)");
        }
        FileExport export = FileExport.write(store, files);
        export.notKept().forEach(p -> out.println("not kept in the archive: " + TerminalText.of(p.toString())));
        out.printf("%d file%s written to %s%n", export.written(), export.written() == 1 ? "" : "s", files);
        printHead(store.head(), out);
        return ExitCode.OK;
    }
}
