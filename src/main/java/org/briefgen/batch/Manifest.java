package org.briefgen.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.briefgen.archive.Archive;
import org.briefgen.archive.ArchiveInPages;
import org.briefgen.archive.IssuedLetter;
import org.briefgen.archive.RecordedFile;
import org.briefgen.archive.export.SheetWriter;
import org.briefgen.files.AtomicFiles;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The campaign's manifest, {@code manifest.csv} and {@code manifest.json} beside its letters:
 * every letter issued so far, with its recipient, deadline and files (path and SHA-256). Written
 * atomically at the end of every run, from the archive. The CSV is written by {@link SheetWriter}, as
 * every CSV briefgen writes: a cell a spreadsheet would take for a formula is written as text.
 */
final class Manifest {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Manifest() {
    }

    /** Rewrites {@code campaign}'s manifest in {@code folder} from the archive: every letter issued so far. */
    static void rewrite(Archive archive, String campaign, Path folder) {
        try {
            Files.createDirectories(folder);
            write(folder, letters(archive.pages(), campaign));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the manifest in " + folder + ": " + e.getMessage(), e);
        }
    }

    /**
     * {@code campaign}'s letters in the order issued, read a page at a time each time they are walked
     * (once for each file of the manifest): the archive's letters are never all held at once (at 20,000
     * letters they were some 40 MB at the very end of a run, the run's peak).
     */
    static Iterable<IssuedLetter> letters(ArchiveInPages pages, String campaign) {
        return () -> StreamSupport.stream(pages.everyLetter().spliterator(), false).filter(l -> l.campaign().equals(
                campaign)).iterator();
    }

    static void write(Path folder, Iterable<IssuedLetter> letters) throws IOException {
        // written as made, row by row and letter by letter: at 20,000 letters the rows, the maps and
        // the two texts held whole were the largest part of a run's memory, at its very end
        writeIfChanged(folder.resolve("manifest.csv"), out -> {
            Iterable<List<Object>> rows = () -> StreamSupport.stream(letters.spliterator(),
                    false).flatMap(
                            l -> l.files().stream().map(f -> Arrays
                                    .<Object>asList(l.reference(), l.recipientId(), l.company(),
                                            l.letterDate().toString(), l
                                                    .deadline().toString(),
                                            l.supersedes() == null ? "" : l.supersedes(), f.path(),
                                            f
                                                    .size(),
                                            f.sha256())))
                    .iterator();
            try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
                SheetWriter.csv(List.of("reference", "recipient_id", "company", "letter_date", "deadline",
                        "supersedes", "file", "bytes", "sha256"), rows, writer);
            }
        });
        writeIfChanged(folder.resolve("manifest.json"), out -> {
            try (SequenceWriter json = JSON.writer().writeValuesAsArray(out)) {
                for (IssuedLetter l : letters) {
                    json.write(entry(l));
                }
            }
        });
    }

    private static Map<String, Object> entry(IssuedLetter l) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("reference", l.reference());
        entry.put("recipient_id", l.recipientId());
        entry.put("company", l.company());
        entry.put("letter_date", l.letterDate().toString());
        entry.put("deadline", l.deadline().toString());
        entry.put("supersedes", l.supersedes());
        // only a follow-up says what it chases: the manifests of campaigns without follow-ups stay as they were
        if (l.isFollowUp()) {
            entry.put("follows", l.follows());
            entry.put("round", l.round());
        }
        List<Map<String, Object>> files = new ArrayList<>();
        for (RecordedFile f : l.files()) {
            Map<String, Object> file = new LinkedHashMap<>();
            file.put("path", f.path());
            file.put("bytes", f.size());
            file.put("sha256", f.sha256());
            files.add(file);
        }
        entry.put("files", files);
        return entry;
    }

    /** What writes a file's bytes to a stream. */
    private interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes {@code content} to a temporary file, then, unless {@code file} holds the same bytes
     * already (a run that issued nothing leaves it, like every other file, untouched), copies it into
     * place atomically, forced to the disk.
     */
    private static void writeIfChanged(Path file, Content content) throws IOException {
        Path partial = Files.createTempFile("briefgen-" + file.getFileName(), ".partial");
        try {
            try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(partial))) {
                content.writeTo(out);
            }
            if (!Files.exists(file) || Files.mismatch(file, partial) != -1) {
                AtomicFiles.copy(partial, file);
            }
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
