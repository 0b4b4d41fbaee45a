package org.briefgen.render.docx;

import static org.briefgen.render.docx.Measure.eighths;
import static org.briefgen.render.docx.Measure.halfPoints;
import static org.briefgen.render.docx.Measure.hex;
import static org.briefgen.render.docx.Measure.twips;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.briefgen.document.Line;
import org.briefgen.i18n.Messages;
import org.briefgen.render.HouseStyle;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPBdr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTParaRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblCellMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * What sits around the text on each page: the letterhead in the first page's header (organisation
 * name on the left, contact lines on the right, a rule beneath, as in the PDF) and, on every page,
 * a footer with the reference and "Page n of N" as Word fields that Word keeps up to date.
 */
final class WordPage {

    private final HouseStyle style;
    private final byte[] logo;
    private final int textWidth;

    WordPage(HouseStyle style, byte[] logo) {
        this.style = style;
        this.logo = logo;
        this.textWidth = PageGeometry.of(style).textWidthTwips();
    }

    void letterhead(XWPFDocument document, List<Line> lines, RunWriter runs) {
        XWPFHeader header = document.createHeader(HeaderFooterType.FIRST);
        XWPFTable table = header.createTable(1, 2);
        table.setWidth("100%");
        table.setTopBorder(XWPFBorderType.NONE, 0, 0, "auto");
        table.setBottomBorder(XWPFBorderType.NONE, 0, 0, "auto");
        table.setLeftBorder(XWPFBorderType.NONE, 0, 0, "auto");
        table.setRightBorder(XWPFBorderType.NONE, 0, 0, "auto");
        table.setInsideHBorder(XWPFBorderType.NONE, 0, 0, "auto");
        table.setInsideVBorder(XWPFBorderType.NONE, 0, 0, "auto");
        // POI leaves out margins of 0, so the Normal Table's 5.4 pt would inset both columns
        CTTblPr tablePr = table.getCTTbl().getTblPr();
        CTTblCellMar margins = tablePr.isSetTblCellMar() ? tablePr.getTblCellMar() : tablePr.addNewTblCellMar();
        for (CTTblWidth side : new CTTblWidth[] {margins.addNewTop(), margins.addNewLeft(), margins.addNewBottom(),
                margins.addNewRight()}) {
            side.setW(BigInteger.ZERO);
            side.setType(STTblWidth.DXA);
        }
        var grid = table.getCTTbl().addNewTblGrid();
        int left = textWidth * 58 / 100;
        grid.addNewGridCol().setW(BigInteger.valueOf(left));
        grid.addNewGridCol().setW(BigInteger.valueOf(textWidth - left));

        XWPFTableCell name = table.getRow(0).getCell(0);
        name.setWidth(Integer.toString(left));
        XWPFParagraph first = name.getParagraphs().get(0);
        if (logo != null) {
            picture(first);
            first = name.addParagraph();
        }
        first.setStyle(WordStyles.TITLE);
        runs.write(first, lines.get(0).inlines());

        XWPFTableCell contact = table.getRow(0).getCell(1);
        contact.setWidth(Integer.toString(textWidth - left));
        for (int i = 1; i < lines.size(); i++) {
            XWPFParagraph p = i == 1 ? contact.getParagraphs().get(0) : contact.addParagraph();
            p.setStyle(WordStyles.LETTERHEAD);
            runs.write(p, lines.get(i).inlines());
        }
        if (lines.size() == 1) {
            contact.getParagraphs().get(0).setStyle(WordStyles.LETTERHEAD);
        }

        // the rule under the letterhead, and the space before the date
        XWPFParagraph rule = header.createParagraph();
        rule.setStyle(WordStyles.HEADER);
        CTPPr pPr = rule.getCTPPr();
        CTPBdr borders = pPr.isSetPBdr() ? pPr.getPBdr() : pPr.addNewPBdr();
        CTBorder bottom = borders.addNewBottom();
        bottom.setVal(STBorder.SINGLE);
        bottom.setSz(BigInteger.valueOf(eighths(1.1)));
        bottom.setSpace(BigInteger.ZERO);
        bottom.setColor(hex(style.colours().accent()));
        rule.setSpacingBefore(twips(Measure.POINTS_PER_MM * 4 - 2));
        rule.setSpacingAfter(twips(style.sizes().body() * 2.2));
        CTParaRPr mark = pPr.isSetRPr() ? pPr.getRPr() : pPr.addNewRPr();
        mark.addNewSz().setVal(BigInteger.valueOf(halfPoints(2)));
    }

    private void picture(XWPFParagraph paragraph) {
        try {
            java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new ByteArrayInputStream(logo));
            if (image == null) {
                throw new IllegalStateException("the logo is not a PNG or JPEG image");
            }
            double heightPt = Measure.POINTS_PER_MM * 14;
            double widthPt = heightPt * image.getWidth() / image.getHeight();
            boolean png = logo.length > 3 && logo[1] == 'P' && logo[2] == 'N' && logo[3] == 'G';
            paragraph.createRun().addPicture(new ByteArrayInputStream(logo), png ? Document.PICTURE_TYPE_PNG
                    : Document.PICTURE_TYPE_JPEG, png ? "logo.png" : "logo.jpg", Units.toEMU(widthPt),
                    Units.toEMU(heightPt));
            paragraph.setSpacingAfter(twips(4));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the logo", e);
        } catch (InvalidFormatException e) {
            throw new IllegalStateException("cannot place the logo", e);
        }
    }

    /** The footer of every page: the reference on the left, "Page n of N" on the right. */
    void footers(XWPFDocument document, String reference, boolean firstPageDiffers, Messages words) {
        footer(document.createFooter(HeaderFooterType.DEFAULT), reference, words);
        if (firstPageDiffers) {
            footer(document.createFooter(HeaderFooterType.FIRST), reference, words);
        }
    }

    private static void footer(XWPFFooter footer, String reference, Messages words) {
        XWPFParagraph p = footer.createParagraph();
        p.setStyle(WordStyles.FOOTER);
        if (!reference.isEmpty()) {
            p.createRun().setText(WordText.clean(words.text("page.reference", "reference", reference)));
        }
        p.createRun().addTab();
        // "Page {page} of {pages}" in the document's language, its numbers as fields Word keeps up to date
        String text = words.text("page.number", "page", "\u0001", "pages", "\u0002");
        StringBuilder run = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '\u0001' || c == '\u0002') {
                if (run.length() > 0) {
                    p.createRun().setText(run.toString());
                    run.setLength(0);
                }
                field(p, c == '\u0001' ? "PAGE" : "NUMPAGES", "1");
            } else {
                run.append(c);
            }
        }
        if (run.length() > 0) {
            p.createRun().setText(run.toString());
        }
    }

    /** A field Word computes ({@code PAGE}, {@code NUMPAGES}); {@code shown} is what it shows until then. */
    private static void field(XWPFParagraph p, String instruction, String shown) {
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        CTText text = p.createRun().getCTR().addNewInstrText();
        text.setStringValue(" " + instruction + " \\* MERGEFORMAT ");
        text.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        XWPFRun result = p.createRun();
        result.setText(shown);
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }
}
