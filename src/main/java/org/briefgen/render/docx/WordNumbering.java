package org.briefgen.render.docx;

import static org.briefgen.render.docx.Measure.twips;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;

/**
 * Lists as Word numbering: one bullet definition shared by every bulleted list, one decimal
 * definition with a numbering instance per ordered list, so that each list counts from its own
 * start. Ids follow whatever a reference document already holds.
 */
final class WordNumbering {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final int LEVELS = 9;

    private final XWPFNumbering numbering;
    private final BigInteger bulletNum;
    private final BigInteger decimalAbstract;
    private final BigInteger decimalNum;
    private long nextNum;

    WordNumbering(XWPFNumbering numbering, double bodySize, String bodyFont) {
        this.numbering = numbering;
        long abstractId = 0;
        for (XWPFAbstractNum a : numbering.getAbstractNums()) {
            abstractId = Math.max(abstractId, a.getAbstractNum().getAbstractNumId().longValue() + 1);
        }
        long numId = 1;
        for (XWPFNum n : numbering.getNums()) {
            numId = Math.max(numId, n.getCTNum().getNumId().longValue() + 1);
        }
        // the text sits at the same place for bullets and numbers; the marker hangs before it
        double indent = bodySize * 1.8;
        BigInteger bulletAbstract = add(abstractId, "bullet", indent, bodySize * 1.2, bodyFont);
        decimalAbstract = add(abstractId + 1, "decimal", indent, bodySize * 1.5, bodyFont);
        nextNum = numId;
        bulletNum = newNum(bulletAbstract, 0);
        decimalNum = newNum(decimalAbstract, 0);
    }

    /** The numbering of bulleted lists (also the List Bullet style's). */
    BigInteger bullets() {
        return bulletNum;
    }

    /** The numbering the List Number style refers to. */
    BigInteger numbers() {
        return decimalNum;
    }

    /** A fresh numbering for one ordered list, counting from {@code start}. */
    BigInteger ordered(int start) {
        return newNum(decimalAbstract, start);
    }

    private BigInteger newNum(BigInteger abstractId, int start) {
        BigInteger id = BigInteger.valueOf(nextNum++);
        numbering.addNum(abstractId, id);
        if (start > 0) {
            CTNum num = numbering.getNum(id).getCTNum();
            CTNumLvl override = num.addNewLvlOverride();
            override.setIlvl(BigInteger.ZERO);
            override.addNewStartOverride().setVal(BigInteger.valueOf(start));
        }
        return id;
    }

    private BigInteger add(long id, String format, double indent, double hanging, String font) {
        StringBuilder xml = new StringBuilder("<w:numbering xmlns:w=\"" + W + "\">")
                .append("<w:abstractNum w:abstractNumId=\"").append(id).append("\">")
                .append("<w:multiLevelType w:val=\"hybridMultilevel\"/>");
        for (int level = 0; level < LEVELS; level++) {
            String text = format.equals("bullet") ? (level % 2 == 0 ? "\u2022" : "\u2013") : "%" + (level + 1) + ".";
            xml.append("<w:lvl w:ilvl=\"").append(level).append("\"><w:start w:val=\"1\"/><w:numFmt w:val=\"")
                    .append(format).append("\"/><w:lvlText w:val=\"").append(text)
                    .append("\"/><w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"")
                    .append(twips(indent * (level + 1))).append("\" w:hanging=\"").append(twips(hanging))
                    .append("\"/></w:pPr><w:rPr><w:rFonts w:ascii=\"").append(font).append("\" w:hAnsi=\"")
                    .append(font).append("\"/></w:rPr></w:lvl>");
        }
        xml.append("</w:abstractNum></w:numbering>");
        try {
            CTAbstractNum ct = NumberingDocument.Factory.parse(xml.toString()).getNumbering().getAbstractNumArray(0);
            return numbering.addAbstractNum(new XWPFAbstractNum(ct, numbering));
        } catch (XmlException e) {
            throw new IllegalStateException("the built-in Word numbering does not parse", e);
        }
    }

    /** The left indent of a list paragraph at {@code level} (0 for the outermost), for its later paragraphs. */
    static int textIndent(double bodySize, int level) {
        return twips(bodySize * 1.8 * (level + 1));
    }
}
