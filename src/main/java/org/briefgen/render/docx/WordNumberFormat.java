package org.briefgen.render.docx;

import java.util.Locale;

import org.briefgen.i18n.Messages;

import com.ibm.icu.text.DecimalFormatSymbols;
import com.ibm.icu.util.ULocale;
import org.apache.poi.util.LocaleID;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * A Word number format (a chart's data labels) that prints a value as the letter's language does:
 * its percent sign where the language puts it ({@code number.percent}: "44.3%", "44,3 %", "44.3٪"),
 * and its own digits where they are not the Western ones (Arabic-Indic in Arabic: the format's
 * locale prefix {@code [$-2000401]}, whose first byte names the digits and the rest the language).
 * Word and LibreOffice take the decimal separator from the reader's settings, as for any number.
 */
final class WordNumberFormat {

    private WordNumberFormat() {
    }

    /** The format of a value with {@code decimals} decimals in {@code unit} ("%" or another, or none). */
    static String of(int decimals, String unit, Messages words) {
        String number = digits(words.locale()) + "0" + (decimals > 0 ? "." + "0".repeat(Math.min(decimals, 10)) : "");
        String clean = unit.replaceAll("[\"\\\\\\p{Cntrl}]", "");
        if (clean.equals("%")) {
            String percent = words.text("number.percent", "value", "\u0001");
            int at = percent.indexOf('\u0001');
            if (at >= 0) {
                return quoted(percent.substring(0, at)) + number + quoted(percent.substring(at + 1));
            }
        }
        return clean.isEmpty() ? number : number + quoted(clean);
    }

    /**
     * Page numbers in the language's digits: the section's page numbers Arabic-Indic
     * ({@code w:pgNumType w:fmt="hindiNumbers"}, as Word names them) where the language writes those,
     * as the PDF's footer does; nothing changes for Western digits.
     */
    static void pageNumbers(XWPFDocument word, Messages words) {
        char zero = DecimalFormatSymbols.getInstance(ULocale.forLocale(words.locale())).getZeroDigit();
        if (zero != '\u0660') {
            return;
        }
        CTSectPr section = word.getDocument().getBody().isSetSectPr() ? word.getDocument().getBody().getSectPr()
                : word.getDocument().getBody().addNewSectPr();
        CTPageNumber numbers = section.isSetPgNumType() ? section.getPgNumType() : section.addNewPgNumType();
        numbers.setFmt(STNumberFormat.HINDI_NUMBERS);
    }

    private static String quoted(String text) {
        String clean = text.replaceAll("[\"\\\\\\p{Cntrl}]", "");
        return clean.isEmpty() ? "" : "\"" + clean + "\"";
    }

    /**
     * The locale prefix that makes Word draw the language's own digits, or nothing for Western digits
     * (and for a language Word has no number for).
     */
    private static String digits(Locale locale) {
        char zero = DecimalFormatSymbols.getInstance(ULocale.forLocale(locale)).getZeroDigit();
        int shape = switch (zero) {
            case '\u0660' -> 0x02; // Arabic-Indic
            case '\u06F0' -> 0x03; // Extended Arabic-Indic (Persian, Urdu)
            case '\u0966' -> 0x04; // Devanagari
            default -> 0;
        };
        if (shape == 0) {
            return "";
        }
        LocaleID id = LocaleID.lookupByLanguageTag(locale.toLanguageTag());
        if (id == null) {
            id = LocaleID.lookupByLanguageTag(locale.getLanguage());
        }
        return id == null ? "" : String.format(Locale.ROOT, "[$-%X%06X]", shape, id.getLcid());
    }
}
