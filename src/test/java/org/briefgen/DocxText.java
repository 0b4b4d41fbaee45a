package org.briefgen;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** What a reader of a Word file sees, read back with POI: the body's paragraphs, the footnotes, the parts. */
public final class DocxText {

    private DocxText() {
    }

    public static XWPFDocument open(byte[] docx) {
        try {
            return new XWPFDocument(new ByteArrayInputStream(docx));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The body's paragraphs in order (a table's cells row by row), footnote references shown as their numbers. */
    public static List<String> paragraphs(XWPFDocument document) {
        List<String> out = new ArrayList<>();
        for (IBodyElement element : document.getBodyElements()) {
            if (element instanceof XWPFParagraph p) {
                out.add(text(p));
            } else if (element instanceof XWPFTable t) {
                for (XWPFTableRow row : t.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        cell.getParagraphs().forEach(p -> out.add(text(p)));
                    }
                }
            }
        }
        return out;
    }

    public static String body(XWPFDocument document) {
        return String.join("\n", paragraphs(document));
    }

    /** A paragraph's text as Word shows it: a footnote reference is its number. */
    public static String text(XWPFParagraph paragraph) {
        StringBuilder sb = new StringBuilder();
        paragraph.getRuns().forEach(run -> sb.append(run.text()));
        return sb.toString().replaceAll("\\[footnoteRef:(\\d+)]", "$1");
    }

    /** The text of the real footnotes (not the separators), one line each. */
    public static List<String> footnotes(XWPFDocument document) {
        List<String> out = new ArrayList<>();
        for (XWPFFootnote note : document.getFootnotes()) {
            if (note.getId().signum() > 0) {
                StringBuilder sb = new StringBuilder();
                note.getParagraphs().forEach(p -> sb.append(sb.length() == 0 ? "" : "\n").append(text(p)));
                out.add(sb.toString().strip());
            }
        }
        return out;
    }

    /** The raw XML of one part, say {@code word/footnotes.xml}, or null. */
    public static String part(byte[] docx, String name) {
        byte[] bytes = bytes(docx, name);
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    /** The bytes of one entry of a zip package, or null. */
    public static byte[] bytes(byte[] zipped, String name) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(zipped))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return zip.readAllBytes();
                }
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every entry's name and DOS time, in order. */
    public static List<String> entries(byte[] docx) {
        List<String> out = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                out.add(e.getName() + " " + e.getTimeLocal());
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
