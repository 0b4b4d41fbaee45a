package org.briefgen.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import org.briefgen.batch.IssueReport.WrittenBriefing;
import org.briefgen.campaign.CampaignData;
import org.briefgen.files.AtomicFiles;
import org.briefgen.render.pdf.PdfRenderer;

/**
 * A run's research briefings: made (and signed) once per run and language, so that the file written
 * beside the letters and the copy each e-mail attaches are the same bytes; written with the letters
 * when the run's formats carry it.
 */
final class Briefings {

    private final CampaignData data;
    private final LetterPreparer letters;
    private final Supplier<PdfRenderer> pdf;
    private final UnaryOperator<PdfRenderer.Output> issued;
    private final Map<String, Optional<PdfRenderer.Output>> made = new HashMap<>();

    /** {@code issued}: a PDF as the run issues it (signed, when it signs). */
    Briefings(CampaignData data, LetterPreparer letters, Supplier<PdfRenderer> pdf,
            UnaryOperator<PdfRenderer.Output> issued) {
        this.data = data;
        this.letters = letters;
        this.pdf = pdf;
        this.issued = issued;
    }

    /** The briefing in the campaign's language; empty when the campaign has none. */
    Optional<PdfRenderer.Output> campaigns() {
        return in(data.campaign().language());
    }

    /** The briefing for a letter in {@code language}: its translation, else the campaign's. */
    synchronized Optional<PdfRenderer.Output> in(String language) {
        return made.computeIfAbsent(letters.briefingLanguage(language), in -> letters.briefing(in).map(
                document -> issued.apply(pdf.get().render(document))));
    }

    /**
     * Writes the briefing to {@code out/<campaign-id>/briefing.pdf}, atomically, then its translation
     * into each language the letters are in ({@code briefing.fr-FR.pdf}) when its template has one; the
     * campaign's first, none when it has no briefing.
     */
    List<WrittenBriefing> write(Path out) {
        List<WrittenBriefing> written = new ArrayList<>();
        Optional<PdfRenderer.Output> main = campaigns();
        if (main.isEmpty()) {
            return written;
        }
        Path folder = out.resolve(data.campaign().id());
        written.add(write(folder.resolve("briefing.pdf"), main.get()));
        data.recipients().stream().map(r -> letters.merger().languageOf(r)).distinct()
                .filter(language -> !letters.briefingLanguage(language).equals(data.campaign().language()))
                .forEach(language -> in(language).ifPresent(output -> written.add(write(folder.resolve("briefing."
                        + language + ".pdf"), output))));
        return written;
    }

    /**
     * The briefings that go with the letters just issued into {@code out}: written (identically, unless
     * their sources changed) when any letter was, or when none is there yet; in a preview, always.
     */
    List<WrittenBriefing> withLetters(Path out, boolean lettersWritten, boolean preview) {
        if (preview || lettersWritten || !Files.exists(out.resolve(data.campaign().id()).resolve("briefing.pdf"))) {
            return write(out);
        }
        return List.of();
    }

    /** Writes {@code output} to {@code file}, unless the file holds those bytes already (an issued file is left as it is). */
    private static WrittenBriefing write(Path file, PdfRenderer.Output output) {
        try {
            Path folder = file.toAbsolutePath().getParent();
            if (folder != null) {
                Files.createDirectories(folder);
            }
            if (!Files.isRegularFile(file) || Files.size(file) != output.bytes().length || !Arrays.equals(Files
                    .readAllBytes(file), output.bytes())) {
                AtomicFiles.write(file, output.bytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
        return new WrittenBriefing(file, output.pages(), output.bytes().length);
    }
}
