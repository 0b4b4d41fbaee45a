package org.briefgen.render.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRelation;

/**
 * The font table ({@code word/fontTable.xml}): describes the Liberation fonts the styles name, with
 * the classification Word uses to choose a substitute where they are not installed, and the fonts
 * they share metrics with (Arial, Times New Roman, Courier New) as their alternative names. The
 * fonts themselves are not embedded.
 */
final class WordFonts {

    private static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<w:fonts xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
            + font("Liberation Sans", "Arial", "020B0604020202020204", "swiss", "variable")
            + font("Liberation Serif", "Times New Roman", "02020603050405020304", "roman", "variable")
            + font("Liberation Mono", "Courier New", "02070409020205020404", "modern", "fixed")
            + "</w:fonts>";

    private WordFonts() {
    }

    private static String font(String name, String alternative, String panose, String family, String pitch) {
        return "<w:font w:name=\"" + name + "\"><w:altName w:val=\"" + alternative + "\"/><w:panose1 w:val=\""
                + panose + "\"/><w:charset w:val=\"00\"/><w:family w:val=\"" + family + "\"/><w:pitch w:val=\""
                + pitch + "\"/></w:font>";
    }

    /** Adds the font table, unless the document (a reference document) has one. */
    static void addTo(XWPFDocument document) throws IOException {
        PackagePart main = document.getPackagePart();
        try {
            if (!main.getRelationshipsByType(XWPFRelation.FONT_TABLE.getRelation()).isEmpty()) {
                return;
            }
            PackagePart part = document.getPackage().createPart(
                    PackagingURIHelper.createPartName(XWPFRelation.FONT_TABLE.getDefaultFileName()),
                    XWPFRelation.FONT_TABLE.getContentType());
            try (OutputStream out = part.getOutputStream()) {
                out.write(XML.getBytes(StandardCharsets.UTF_8));
            }
            main.addRelationship(part.getPartName(), TargetMode.INTERNAL, XWPFRelation.FONT_TABLE.getRelation());
        } catch (InvalidFormatException e) {
            throw new IllegalStateException("cannot add the font table", e);
        }
    }
}
