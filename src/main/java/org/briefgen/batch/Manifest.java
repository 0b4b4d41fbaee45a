package org.briefgen.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.briefgen.archive.Archive;
import org.briefgen.archive.AtomicFiles;
import org.briefgen.archive.IssuedLetter;
import org.briefgen.archive.RecordedFile;
import org.briefgen.archive.Sheet;
import org.briefgen.archive.SheetWriter;

import com.fasterxml.jackson.databind.ObjectMapper;
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
            write(folder, archive.letters().stream().filter(l -> l.campaign().equals(campaign)).toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the manifest in " + folder + ": " + e.getMessage(), e);
        }
    }

    static void write(Path folder, List<IssuedLetter> letters) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        for (IssuedLetter l : letters) {
            for (RecordedFile f : l.files()) {
                rows.add(Arrays.asList(l.reference(), l.recipientId(), l.company(), l.letterDate().toString(),
                        l.deadline().toString(), l.supersedes() == null ? "" : l.supersedes(), f.path(), f.size(),
                        f.sha256()));
            }
        }
        String csv = SheetWriter.csv(new Sheet("manifest", List.of("reference", "recipient_id", "company",
                "letter_date", "deadline", "supersedes", "file", "bytes", "sha256"), rows));
        List<Map<String, Object>> json = new ArrayList<>();
        for (IssuedLetter l : letters) {
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
            json.add(entry);
        }
        writeIfChanged(folder.resolve("manifest.csv"), csv.getBytes(StandardCharsets.UTF_8));
        writeIfChanged(folder.resolve("manifest.json"), JSON.writeValueAsBytes(json));
    }

    /** A run that issued nothing leaves the manifest, like every other file, untouched. */
    private static void writeIfChanged(Path file, byte[] bytes) throws IOException {
        if (!Files.exists(file) || !Arrays.equals(Files.readAllBytes(file), bytes)) {
            AtomicFiles.write(file, bytes);
        }
    }
}
