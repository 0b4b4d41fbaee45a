package org.briefgen.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.briefgen.archive.Archive;
import org.briefgen.archive.IssuedLetter;
import org.briefgen.archive.RecordedFile;
import org.briefgen.archive.Response;
import org.briefgen.files.Sha256;
import org.briefgen.merge.FileNames;

/**
 * One company's part of the publication: the copies of its letters and response (checked against
 * the archive's record, redacted as asked) and what its page may show. Files go where {@link Files}
 * puts them as they are made; none is kept here.
 */
final class CompanyFiles {

    /** Where a company's copies go: the publication being written, or nowhere ({@link #NONE}). */
    interface Files {
        void put(String path, byte[] bytes);

        /** Whether the copies are kept: false for the report's second look at a company (names only). */
        default boolean keeps() {
            return true;
        }
    }

    /** Nowhere: the copies' names are worked out, their letters not read again. */
    static final Files NONE = new Files() {
        @Override
        public void put(String path, byte[] bytes) {
        }

        @Override
        public boolean keeps() {
            return false;
        }
    };

    private CompanyFiles() {
    }

    static CompanyPage page(Archive archive, CompanyRecord r, boolean redact, Files files, Labels labels) {
        String page = page(r.letter().reference(), r.company());
        String letterFile = copyPdf(archive, r.letter(), files);
        List<String> followUps = new ArrayList<>();
        r.followUps().forEach(f -> followUps.add(copyPdf(archive, f, files)));
        Response response = r.response();
        if (response == null || response.notForPublication()) {
            return new CompanyPage(r, page, letterFile, followUps, null, null, null, null, redact);
        }
        Redaction redaction = redact ? Redaction.keeping(r.letter().channels(), labels) : Redaction.NONE;
        String summary = redaction.apply(ReplyText.clean(response.summary()));
        if (response.file() == null) {
            return new CompanyPage(r, page, letterFile, followUps, summary, null, null, null, redact);
        }
        byte[] bytes = verified(archive, response.file(), "the response of " + r.letter().reference());
        // (read again for the report: what the page says of the reply is not kept meanwhile)
        String extension = extension(response.file().path());
        String copy = "responses/" + name(response.reference()) + "-" + response.entryNo() + (extension.isEmpty()
                ? "" : "." + extension);
        Optional<ReplyText> text = ReplyText.of(response.file().path(), bytes);
        ReplyText reply = text.map(t -> new ReplyText(redaction.apply(t.subject()), t.date(), redaction.apply(t
                .body()))).orElse(null);
        String kind = extension.isEmpty() ? "binary" : extension.toUpperCase(Locale.ROOT);
        if (!redact && ActiveContent.copiable(extension)) {
            files.put(copy, bytes);
            return new CompanyPage(r, page, letterFile, followUps, summary, reply, copy, null, false);
        }
        if (!redact && reply == null) {
            return new CompanyPage(r, page, letterFile, followUps, summary, null, null, labels.get(
                    "company.responseActive", "kind", kind), false);
        }
        if (reply == null) {
            return binary(r, page, letterFile, followUps, summary, bytes, extension, copy, redaction, files,
                    labels);
        }
        // the reply's text, redacted, stands for the file as received (whose headers name people)
        String asText = copy.substring(0, copy.length() - extension.length() - (extension.isEmpty() ? 0 : 1))
                + ".txt";
        files.put(asText, reply.asText(labels).getBytes(StandardCharsets.UTF_8));
        // an HTML, SVG or XML reply is never copied: a browser would run what it holds
        return new CompanyPage(r, page, letterFile, followUps, summary, reply, asText, ActiveContent.copiable(
                extension) ? null : labels.get("company.responseAsText", "kind", kind), redact);
    }

    /**
     * A reply briefgen cannot read as text: a PDF is published with its contact details removed, when
     * that can be done for sure; any other file (and a PDF that draws images) is not copied.
     */
    private static CompanyPage binary(CompanyRecord r, String page, String letterFile, List<String> followUps,
            String summary, byte[] bytes, String extension, String copy, Redaction redaction, Files files,
            Labels labels) {
        String kind = extension.isEmpty() ? "binary" : extension.toUpperCase(Locale.ROOT);
        if (!extension.equals("pdf")) {
            return new CompanyPage(r, page, letterFile, followUps, summary, null, null, labels.get(
                    "company.responseWithheld", "kind", kind), true);
        }
        PdfRedaction.Result redacted = PdfRedaction.of(bytes, redaction);
        if (redacted.pdf() == null) {
            return new CompanyPage(r, page, letterFile, followUps, summary, null, null, labels.get(
                    redacted.refusal() == PdfRedaction.Refusal.IMAGES ? "company.responseImages"
                            : "company.responseWithheld",
                    "kind", kind), true);
        }
        files.put(copy, redacted.pdf());
        return new CompanyPage(r, page, letterFile, followUps, summary, null, copy, null, true);
    }

    /** The page of the company written to as {@code company} by letter {@code reference}. */
    static String page(String reference, String company) {
        return "companies/" + name(reference) + "-" + FileNames.slug(company) + ".html";
    }

    /** Copies a letter's PDF as {@code letters/<name>.pdf}; null when it was issued without one. */
    private static String copyPdf(Archive archive, IssuedLetter letter, Files files) {
        Optional<RecordedFile> pdf = letter.files().stream().filter(f -> f.path().toLowerCase(Locale.ROOT).endsWith(
                ".pdf")).findFirst();
        if (pdf.isEmpty()) {
            return null;
        }
        String path = pdf.get().path();
        String copy = "letters/" + name(path.substring(path.lastIndexOf('/') + 1, path.length() - 4)) + ".pdf";
        if (files.keeps()) {
            files.put(copy, verified(archive, pdf.get(), "letter " + letter.reference()));
        }
        return copy;
    }

    private static byte[] verified(Archive archive, RecordedFile file, String what) {
        Path path = archive.file(file);
        if (!java.nio.file.Files.isRegularFile(path)) {
            throw new PublishException(path + ": the file of " + what + " is missing (archive export --files DIR"
                    + " writes the files the archive keeps)");
        }
        byte[] bytes = read(path);
        if (!Sha256.of(bytes).equals(file.sha256())) {
            throw new PublishException(path + ": the file of " + what + " is not as it was recorded (archive"
                    + " verify names every such file); it is not published");
        }
        return bytes;
    }

    /** A name safe on every file system and in a URL: lower-case letters, digits, '-', '_' and '.'. */
    static String name(String text) {
        String name = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-").replaceAll("^[.-]+", "")
                .replaceAll("\\.{2,}", ".");
        return name.isEmpty() ? "file" : name;
    }

    private static String extension(String path) {
        String file = path.substring(path.lastIndexOf('/') + 1);
        int dot = file.lastIndexOf('.');
        String extension = dot <= 0 ? "" : file.substring(dot + 1).toLowerCase(Locale.ROOT);
        return extension.matches("[a-z0-9]{1,8}") ? extension : "";
    }

    static byte[] read(Path file) {
        try {
            return java.nio.file.Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

}
