package org.briefgen.batch;

import java.util.ArrayList;
import java.util.List;

/**
 * Makes one letter's files in the formats chosen for the run: each format's writer is built once
 * and shared by every letter; the files come in the formats' order, and a file a recipient does not
 * get is reported with its reason ("no .eml (no e-mail address)").
 */
final class LetterWriter {

    /** One file of a letter: its format, name and bytes. */
    record LetterFile(OutputFormat format, String name, byte[] bytes) {
    }

    /** A letter's files, the first file's page count (0 when it has none), and the files left out, each with its reason. */
    record Made(List<LetterFile> files, int pages, List<String> skipped) {
    }

    private record Chosen(OutputFormat format, OutputFormat.Writer writer) {
    }

    private final List<OutputFormat> formats;
    private final FormatContext run;
    private final List<Chosen> writers = new ArrayList<>();

    /** The writers of {@code formats}, in that order, for the run {@code run}. */
    LetterWriter(List<OutputFormat> formats, FormatContext run) {
        this.formats = List.copyOf(formats);
        this.run = run;
        formats.forEach(f -> writers.add(new Chosen(f, f.writer(run))));
    }

    /** The formats this run writes, in the order of the files. */
    List<OutputFormat> formats() {
        return formats;
    }

    /** What must hold before any letter is made; a format asked for by name that cannot be made is an error. */
    void checkCampaign() {
        writers.forEach(w -> w.writer().checkCampaign());
    }

    /** Checks what the letter's own files need that the letter itself does not (the post's length). */
    void checkLetter(PreparedLetter letter) {
        writers.forEach(w -> w.writer().checkLetter(letter));
    }

    Made write(PreparedLetter letter) {
        FormatInput input = new FormatInput(letter, run);
        List<LetterFile> files = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        int pages = 0;
        for (Chosen chosen : writers) {
            OutputFormat format = chosen.format();
            OutputFormat.Result result = chosen.writer().write(input);
            if (result.bytes() == null) {
                skipped.add("no " + format.suffix() + " (" + result.omitted() + ")");
                continue;
            }
            if (files.isEmpty()) {
                pages = result.pages();
            }
            files.add(new LetterFile(format, input.baseName() + format.suffix(), result.bytes()));
        }
        return new Made(files, pages, skipped);
    }
}
