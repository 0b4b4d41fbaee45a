package org.briefgen.cli;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.briefgen.archive.AtomicFiles;
import org.briefgen.batch.Failure;
import org.briefgen.campaign.Problem;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** {@code failures.csv}: the recipients a run could not issue, where they are (file and line), and why. */
final class FailureReport {

    private FailureReport() {
    }

    /** Writes the rows left out ({@code rows}) and the letters that failed; returns the file. */
    static Path write(Path folder, List<Problem> rows, List<Failure> failures) {
        Path file = folder.resolve("failures.csv");
        StringWriter csv = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.DEFAULT.builder().setHeader("recipient_id", "company",
                "source", "line", "problem").get())) {
            for (Problem p : rows) {
                printer.printRecord("", "", p.file(), p.line(), p.message() + (p.hint() == null ? "" : " (" + p.hint()
                        + ")"));
            }
            for (Failure f : failures) {
                printer.printRecord(f.recipient().id(), f.recipient().company(), f.recipient().source(),
                        f.recipient().line(), f.placeAndProblem() != null ? f.placeAndProblem() : f.detail());
            }
            Files.createDirectories(folder);
            AtomicFiles.write(file, csv.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
        return file;
    }
}
