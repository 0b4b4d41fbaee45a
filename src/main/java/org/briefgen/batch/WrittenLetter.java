package org.briefgen.batch;

import java.nio.file.Path;
import java.util.List;

import org.briefgen.campaign.PackedFields;
import org.briefgen.campaign.PackedList;

/**
 * A letter written to disk: its reference, recipient, main file (the PDF when there is one) and
 * page count, every file written for it, and the files it did not get, each with the reason
 * ("no .post.txt (no handle)").
 */
public record WrittenLetter(String reference, String recipientId, String company, Path file, int pages, long bytes,
        List<Path> files, List<String> skipped) {

    public WrittenLetter {
        files = List.copyOf(files);
        skipped = List.copyOf(skipped);
    }

    /**
     * A run's letters as its report keeps them ({@link #list()}): packed, each read back equal to the one
     * written; the folders and the reasons for files not made repeat from letter to letter, and are
     * written once.
     */
    static final PackedList.Codec<WrittenLetter> PACKING = new PackedList.Codec<>() {
        @Override
        public void write(WrittenLetter w, PackedFields.Out out) {
            out.text(w.reference).text(w.recipientId).text(w.company);
            path(w.file, out);
            out.integer(w.pages).number(w.bytes).number(w.files.size());
            w.files.forEach(f -> path(f, out));
            out.words(w.skipped);
        }

        @Override
        public WrittenLetter read(PackedFields.In in) {
            String reference = in.text();
            String recipientId = in.text();
            String company = in.text();
            Path file = path(in);
            int pages = in.integer();
            long bytes = in.number();
            Path[] files = new Path[(int) in.number()];
            for (int i = 0; i < files.length; i++) {
                files[i] = path(in);
            }
            return new WrittenLetter(reference, recipientId, company, file, pages, bytes, List.of(files), in.words());
        }

        /** A path as its folder (a word: the letters share it) and its name; null as no folder and no name. */
        private static void path(Path path, PackedFields.Out out) {
            Path folder = path == null ? null : path.getParent();
            Path name = path == null ? null : path.getFileName();
            if (folder == null || name == null) {
                out.word(null).text(path == null ? null : path.toString());
            } else {
                out.word(folder.toString()).text(name.toString());
            }
        }

        private static Path path(PackedFields.In in) {
            String folder = in.word();
            String name = in.text();
            return name == null ? null : folder == null ? Path.of(name) : Path.of(folder).resolve(name);
        }
    };

    /** An empty list of written letters, packed as they are added: what a run of 20,000 letters keeps. */
    static List<WrittenLetter> list() {
        return PackedList.growing(PACKING);
    }
}
