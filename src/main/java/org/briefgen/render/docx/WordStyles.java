package org.briefgen.render.docx;

import static org.briefgen.render.docx.Measure.eighths;
import static org.briefgen.render.docx.Measure.halfPoints;
import static org.briefgen.render.docx.Measure.hex;
import static org.briefgen.render.docx.Measure.twips;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.briefgen.document.TextDirection;
import org.briefgen.render.HouseStyle;

import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * The house style as Word's named styles: Normal, Title, Heading 1–6, Quote, List Bullet, List
 * Number, Footnote Text, the letter parts (Date, Inside Address, Salutation, Closing, Signature)
 * and the character styles. Word users change the letter by changing these, as they would any
 * document; the writer applies them by name and sets as little direct formatting as it can.
 * Where Word has a built-in style for a part, its id and name are Word's own.
 *
 * <p>The styles are written as WordprocessingML text: shorter and easier to check against Word's
 * own files than XmlBeans calls. Word rejects a file whose property elements are out of the
 * schema's order, so each {@code pPr} and {@code rPr} here lists them in that order.
 */
final class WordStyles {

    static final String NORMAL = "Normal";
    static final String TITLE = "Title";
    static final String QUOTE = "Quote";
    static final String LIST_BULLET = "ListBullet";
    static final String LIST_NUMBER = "ListNumber";
    static final String FOOTNOTE_TEXT = "FootnoteText";
    static final String FOOTNOTE_REFERENCE = "FootnoteReference";
    static final String HYPERLINK = "Hyperlink";
    static final String VERBATIM = "VerbatimChar";
    static final String SOURCE_CODE = "SourceCode";
    static final String HEADER = "Header";
    static final String FOOTER = "Footer";
    static final String LETTERHEAD = "LetterheadContact";
    static final String DATE = "Date";
    static final String INSIDE_ADDRESS = "InsideAddress";
    static final String SALUTATION = "Salutation";
    static final String SUBJECT = "Subject";
    static final String CLOSING = "Closing";
    static final String SIGNATURE = "Signature";
    static final String CAPTION = "Caption";
    static final String TABLE_TEXT = "TableText";
    static final String RULE = "HorizontalRule";

    static String heading(int level) {
        return "Heading" + Math.max(1, Math.min(6, level));
    }

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private final HouseStyle style;
    private final String bodyFont;
    private final String headingFont;
    private static final String MONO_FONT = "Liberation Mono";

    WordStyles(HouseStyle style) {
        this.style = style;
        this.bodyFont = HouseStyle.Fonts.liberation(style.fonts().body());
        this.headingFont = HouseStyle.Fonts.liberation(style.fonts().headings());
    }

    String bodyFont() {
        return bodyFont;
    }

    /** Replaces the document's styles with the house style's (a new document has none). */
    void define(XWPFStyles styles, String language, BigInteger bulletNum, BigInteger numberNum) {
        styles.setStyles(parse(language, bulletNum, numberNum));
    }

    /**
     * Adds the house styles that a reference document does not define; the reference's own
     * styles win, as with pandoc's reference-doc.
     */
    void complete(XWPFStyles styles, String language, BigInteger bulletNum, BigInteger numberNum) {
        for (CTStyle ct : parse(language, bulletNum, numberNum).getStyleArray()) {
            if (!styles.styleExist(ct.getStyleId())) {
                styles.addStyle(new XWPFStyle((CTStyle) ct.copy(), styles));
            }
        }
    }

    private CTStyles parse(String language, BigInteger bulletNum, BigInteger numberNum) {
        try {
            return StylesDocument.Factory.parse(xml(language, bulletNum, numberNum)).getStyles();
        } catch (XmlException e) {
            throw new IllegalStateException("the built-in Word styles do not parse", e);
        }
    }

    private String xml(String language, BigInteger bulletNum, BigInteger numberNum) {
        HouseStyle.Sizes sizes = style.sizes();
        HouseStyle.Colours colours = style.colours();
        double body = sizes.body();
        double small = sizes.small();
        String text = hex(colours.text());
        String accent = hex(colours.accent());
        String muted = hex(colours.muted());
        List<String> all = new ArrayList<>();

        all.add(paragraph(NORMAL, "Normal", null, null,
                "<w:widowControl/>" + spacing(0, body * 0.75, style.lineHeight()), "", true));
        all.add(character("DefaultParagraphFont", "Default Paragraph Font", null, "", true)
                .replace("<w:style ", "<w:style w:default=\"1\" "));
        all.add("<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>"
                + "<w:uiPriority w:val=\"99\"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w=\"0\""
                + " w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/>"
                + "<w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr>"
                + "</w:style>");

        double letterhead = sizes.letterhead();
        all.add(paragraph(TITLE, "Title", NORMAL, NORMAL, spacing(0, 0, 1.0) + "<w:contextualSpacing/>",
                fonts(headingFont) + "<w:b/><w:bCs/>" + (style.letterheadUppercase() ? "<w:caps/>" : "")
                        + colour(accent) + "<w:spacing w:val=\"" + twips(letterhead * 0.04) + "\"/>"
                        + "<w:kern w:val=\"0\"/>"
                        + size(letterhead),
                true));
        for (int level = 1; level <= 6; level++) {
            double headingSize = sizes.heading(level);
            double before = level <= 2 ? body * 1.3 : body * 0.9;
            all.add(paragraph(heading(level), "heading " + level, NORMAL, NORMAL,
                    "<w:keepNext/><w:keepLines/>" + spacing(before, body * 0.45, 1.2)
                            + "<w:outlineLvl w:val=\"" + (level - 1) + "\"/>",
                    fonts(headingFont) + "<w:b/><w:bCs/>" + colour(level <= 2 ? accent : text) + size(headingSize),
                    true));
        }
        // a quotation's rule stands where its lines start: on the right in a right-to-left letter
        String start = TextDirection.of(language).isRightToLeft() ? "right" : "left";
        all.add(paragraph(QUOTE, "Quote", NORMAL, NORMAL,
                "<w:pBdr><w:" + start + " w:val=\"single\" w:sz=\"" + eighths(2.2) + "\" w:space=\"" + Math.round(body)
                        + "\" w:color=\"" + hex(colours.accentLight()) + "\"/></w:pBdr>" + spacing(0, body * 0.5,
                                style.lineHeight())
                        + "<w:ind w:left=\"" + twips(body * 1.9) + "\" w:right=\""
                        + twips(body * 1.5) + "\"/>",
                "", true));
        all.add(paragraph(LIST_BULLET, "List Bullet", NORMAL, null,
                numbering(bulletNum) + spacing(0, body * 0.3, style.lineHeight()), "", true));
        all.add(paragraph(LIST_NUMBER, "List Number", NORMAL, null,
                numbering(numberNum) + spacing(0, body * 0.3, style.lineHeight()), "", true));
        all.add(paragraph(FOOTNOTE_TEXT, "footnote text", NORMAL, null, spacing(0, small * 0.5, 1.25),
                size(small), false));
        all.add(character(FOOTNOTE_REFERENCE, "footnote reference", "DefaultParagraphFont",
                "<w:vertAlign w:val=\"superscript\"/>", false));
        all.add(character(HYPERLINK, "Hyperlink", "DefaultParagraphFont", colour(accent) + "<w:u w:val=\"single\"/>",
                false));
        all.add(character(VERBATIM, "Verbatim Char", "DefaultParagraphFont", fonts(MONO_FONT) + size(body * 0.92),
                false));
        all.add(paragraph(SOURCE_CODE, "Source Code", NORMAL, null,
                "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"" + hex(Measure.tint(colours.accentLight(), 0.25))
                        + "\"/>" + spacing(0, body * 0.75, 1.0) + "<w:ind w:left=\"" + twips(body * 0.5)
                        + "\" w:right=\"" + twips(body * 0.5) + "\"/>",
                fonts(MONO_FONT) + size(body * 0.85), false));
        all.add(paragraph(HEADER, "header", NORMAL, null, spacing(0, 0, 1.0), "", false));
        all.add(paragraph(FOOTER, "footer", NORMAL, null,
                "<w:tabs><w:tab w:val=\"right\" w:pos=\"" + textWidthTwips() + "\"/></w:tabs>" + spacing(0, 0, 1.0),
                colour(muted) + size(small * 0.95), false));
        all.add(paragraph(LETTERHEAD, "Letterhead Contact", HEADER, null,
                spacing(0, 0, 1.3) + "<w:jc w:val=\"right\"/>", colour(muted) + size(small), true));
        all.add(paragraph(DATE, "Date", NORMAL, NORMAL, spacing(0, body * 1.3, style.lineHeight()), "", true));
        all.add(paragraph(INSIDE_ADDRESS, "Inside Address", NORMAL, null, spacing(0, body * 1.6, 1.3), "", true));
        all.add(paragraph(SALUTATION, "Salutation", NORMAL, NORMAL, spacing(0, body * 0.9, style.lineHeight()), "",
                true));
        all.add(paragraph(SUBJECT, "Subject", NORMAL, NORMAL,
                "<w:keepNext/>" + spacing(0, body * 0.9, style.lineHeight()), "<w:b/><w:bCs/>", true));
        all.add(paragraph(CLOSING, "Closing", NORMAL, SIGNATURE,
                "<w:keepNext/>" + spacing(body * 0.6, body * 2.6, style.lineHeight()), "", true));
        all.add(paragraph(SIGNATURE, "Signature", NORMAL, null, spacing(0, 0, 1.3), "", true));
        all.add(paragraph(CAPTION, "caption", NORMAL, NORMAL, spacing(small * 0.3, 0, 1.25),
                "<w:i/><w:iCs/>" + colour(muted) + size(small), true));
        all.add(paragraph(TABLE_TEXT, "Table Text", NORMAL, null, spacing(0, 0, 1.25), size(body * 0.95), true));
        all.add(paragraph(RULE, "Horizontal Rule", NORMAL, NORMAL,
                "<w:pBdr><w:bottom w:val=\"single\" w:sz=\"" + eighths(0.5) + "\" w:space=\"1\" w:color=\""
                        + hex(colours.rule()) + "\"/></w:pBdr>" + spacing(body * 0.4, body * 0.8, 1.0),
                size(2), false));

        String lang = language.replaceAll("[^A-Za-z0-9-]", "");
        return "<w:styles xmlns:w=\"" + W + "\"><w:docDefaults><w:rPrDefault><w:rPr>" + fonts(bodyFont)
                + colour(text) + size(body) + "<w:lang w:val=\"" + lang + "\""
                // a right-to-left language is also the language of the complex-script runs Word sets it in
                + (TextDirection.of(lang).isRightToLeft() ? " w:bidi=\"" + lang + "\"" : "")
                + "/></w:rPr></w:rPrDefault>"
                + "<w:pPrDefault><w:pPr/></w:pPrDefault></w:docDefaults>" + String.join("", all) + "</w:styles>";
    }

    /** The width between the margins, where the footer's right tab stop sits. */
    int textWidthTwips() {
        return PageGeometry.of(style).textWidthTwips();
    }

    private static String paragraph(String id, String name, String basedOn, String next, String pPr, String rPr,
            boolean quick) {
        return "<w:style w:type=\"paragraph\" w:styleId=\"" + id + "\"><w:name w:val=\"" + name + "\"/>"
                + (basedOn == null ? "" : "<w:basedOn w:val=\"" + basedOn + "\"/>")
                + (next == null ? "" : "<w:next w:val=\"" + next + "\"/>")
                + (quick ? "<w:qFormat/>" : "") + "<w:pPr>" + pPr + "</w:pPr>"
                + (rPr.isEmpty() ? "" : "<w:rPr>" + rPr + "</w:rPr>") + "</w:style>";
    }

    private static String character(String id, String name, String basedOn, String rPr, boolean quick) {
        return "<w:style w:type=\"character\" w:styleId=\"" + id + "\"><w:name w:val=\"" + name + "\"/>"
                + (basedOn == null ? "" : "<w:basedOn w:val=\"" + basedOn + "\"/>")
                + (quick ? "<w:qFormat/>" : "") + (rPr.isEmpty() ? "" : "<w:rPr>" + rPr + "</w:rPr>") + "</w:style>";
    }

    private static String numbering(BigInteger numId) {
        return "<w:numPr><w:numId w:val=\"" + numId + "\"/></w:numPr>";
    }

    private static String spacing(double beforePt, double afterPt, double line) {
        return "<w:spacing w:before=\"" + twips(beforePt) + "\" w:after=\"" + twips(afterPt) + "\" w:line=\""
                + Math.round(line * 240) + "\" w:lineRule=\"auto\"/>";
    }

    private static String fonts(String font) {
        return "<w:rFonts w:ascii=\"" + font + "\" w:hAnsi=\"" + font + "\" w:eastAsia=\"" + font + "\" w:cs=\""
                + font + "\"/>";
    }

    private static String colour(String hex) {
        return "<w:color w:val=\"" + hex + "\"/>";
    }

    private static String size(double points) {
        int half = halfPoints(points);
        return "<w:sz w:val=\"" + half + "\"/><w:szCs w:val=\"" + half + "\"/>";
    }
}
