package org.briefgen.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.briefgen.archive.export.Sheet;
import org.briefgen.archive.export.SheetWriter;
import org.briefgen.batch.Failure;
import org.briefgen.campaign.Problem;
import org.briefgen.campaign.SkippedRow;
import org.briefgen.files.AtomicFiles;

/** {@code failures.csv}: the recipients a run could not issue, where they are (file and line), and why. */
final class FailureReport {

    private FailureReport() {
    }

    /** Writes the rows left out ({@code rows}) and the letters that failed; returns the file. */
    static Path write(Path folder, List<SkippedRow> rows, List<Failure> failures) {
        Path file = folder.resolve("failures.csv");
        List<List<Object>> cells = new ArrayList<>();
        for (SkippedRow row : rows) {
            Problem p = row.problem();
            cells.add(Arrays.asList(orEmpty(row.recipientId()), orEmpty(row.company()), p.file(), p.line(), p.message()
                    + (p.hint() == null ? "" : " (" + p.hint() + ")")));
        }
        for (Failure f : failures) {
            cells.add(Arrays.asList(f.recipient().id(), f.recipient().company(), f.recipient().source(), f.recipient()
                    .line(), f.placeAndProblem() != null ? f.placeAndProblem() : f.detail()));
        }
        String csv = SheetWriter.csv(new Sheet("failures", List.of("recipient_id", "company", "source", "line",
                "problem"), cells));
        try {
            Files.createDirectories(folder);
            AtomicFiles.write(file, csv.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
        return file;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
