package org.briefgen.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import org.briefgen.archive.ArchiveException;
import org.briefgen.archive.export.SheetWriter;
import org.briefgen.archive.export.TrackerReport;
import org.briefgen.archive.rules.TrackerRow;
import org.briefgen.failure.ExitCode;
import org.briefgen.files.AtomicFiles;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Where each letter stands: awaiting, responded, overdue. */
@Command(name = "tracker", mixinStandardHelpOptions = true, description = {
        "Show where each issued letter stands on a day: awaiting, responded (when, after how many days),"
                + " overdue (by how many days), or no response by the deadline.",
        "table and csv print to the terminal; xlsx and pdf (the publishable company responses page) are written"
                + " to a file."})
public final class TrackerCommand implements Callable<Integer> {

    enum Format {
        table,
        csv,
        xlsx,
        pdf
    }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table, csv, xlsx or pdf (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--to", paramLabel = "FILE", description = "Write to FILE (default for xlsx and pdf: OUT/tracker[-ID].xlsx or .pdf).")
    Path to;

    @Option(names = "--templates", paramLabel = "DIR", defaultValue = "templates", description = "Where tracker.md.ftl and style.yaml are, for pdf (default: ${DEFAULT-VALUE}).")
    Path templates;

    @Mixin
    LetterQuery query;

    @Override
    public Integer call() {
        LocalDate day = query.day();
        List<TrackerRow> rows = query.rows(false);
        String campaign = query.campaign;
        if (campaign != null && rows.isEmpty()) {
            throw new ArchiveException("no letters of campaign '" + campaign + "' in the archive " + query.describe());
        }
        PrintWriter stdout = query.at.stdout();
        String base = "tracker" + (campaign == null ? "" : "-" + campaign);
        switch (format) {
            case table -> {
                if (to != null) {
                    throw query.at.usage("--to needs --format csv, xlsx or pdf");
                }
                print(rows, day, stdout);
            }
            case csv -> {
                String csv = SheetWriter.csv(TrackerReport.sheet(rows));
                if (to == null) {
                    stdout.print(csv);
                    stdout.flush();
                } else {
                    write(to, csv.getBytes(java.nio.charset.StandardCharsets.UTF_8), stdout);
                }
            }
            case xlsx -> {
                Path file = to != null ? to : query.at.out().resolve(base + ".xlsx");
                AtomicFiles.writeThrough(file, partial -> {
                    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial))) {
                        SheetWriter.xlsx(TrackerReport.sheet(rows), out);
                    }
                    return file;
                });
                stdout.println("written: " + file);
                stdout.flush();
            }
            case pdf -> {
                // a long page is written as it is laid out: memory does not grow with its pages
                Path file = to != null ? to : query.at.out().resolve(base + ".pdf");
                new TrackerReport(templates).write(rows, day, file);
                stdout.println("written: " + file);
                stdout.flush();
            }
        }
        return ExitCode.OK;
    }

    static void print(List<TrackerRow> rows, LocalDate day, PrintWriter out) {
        print(rows, day, out, false);
    }

    /** As {@link #print(List, LocalDate, PrintWriter)}, with who issued each letter when {@code officers}. */
    public static void print(List<TrackerRow> rows, LocalDate day, PrintWriter out, boolean officers) {
        out.println("As of " + TrackerRow.text(day) + ":");
        TextTable table = officers ? new TextTable("reference", "company", "issued", "deadline", "status", "issued by")
                : new TextTable("reference", "company", "issued", "deadline", "status");
        for (TrackerRow r : rows) {
            List<String> cells = new java.util.ArrayList<>(List.of(r.letter().reference(), r.letter().company(),
                    r.letter().letterDate().toString(), r.letter().deadline().toString(), r.statusText()));
            if (officers) {
                cells.add(r.letter().officer() == null ? "-" : r.letter().officer());
            }
            table.add(cells.toArray(String[]::new));
        }
        table.print(out);
    }

    public static void write(Path file, byte[] bytes, PrintWriter stdout) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            AtomicFiles.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
        stdout.println("written: " + file);
        stdout.flush();
    }
}
