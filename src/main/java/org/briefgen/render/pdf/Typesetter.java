package org.briefgen.render.pdf;

import java.util.Locale;

import org.briefgen.render.HouseStyle;

import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.hyphenation.HyphenationConfig;
import com.itextpdf.layout.properties.ParagraphOrphansControl;
import com.itextpdf.layout.properties.ParagraphWidowsControl;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.renderer.ParagraphRenderer;

/**
 * How a body paragraph breaks, as a typesetter sets it: never one line of it alone at the foot of
 * a page (an orphan) nor at the head of the next (a widow); hyphenated by the letter's language and
 * justified when the house style asks.
 */
final class Typesetter {

    /** At least two lines of a paragraph at the foot of a page, or none. */
    private static final ParagraphOrphansControl ORPHANS = new ParagraphOrphansControl(2) {
        @Override
        public void handleViolatedOrphans(ParagraphRenderer renderer, String message) {
            // a paragraph of one line cannot be helped, nor one taller than a page: iText's log is noise
        }
    };

    /** At least two lines of a paragraph at the head of a page: one or two more move over, or all of a short one. */
    private static final ParagraphWidowsControl WIDOWS = new ParagraphWidowsControl(2, 2, true) {
        @Override
        public void handleViolatedWidows(ParagraphRenderer renderer, String message) {
            // as above: where the rule cannot hold, the paragraph is set as it comes
        }
    };

    private final boolean justify;
    private final HyphenationConfig hyphenation;

    /** The rules for a document in {@code language} (a BCP 47 tag such as {@code en-GB}). */
    Typesetter(HouseStyle.Typography typography, String language) {
        this.justify = typography.justify();
        this.hyphenation = typography.hyphenate() ? hyphenation(language) : null;
    }

    /** Patterns for the language's country if iText has them (de-CH), else for the language (en). */
    private static HyphenationConfig hyphenation(String language) {
        Locale locale = Locale.forLanguageTag(language);
        String country = locale.getCountry().isEmpty() ? null : locale.getCountry();
        return new HyphenationConfig(locale.getLanguage(), country, 2, 3);
    }

    /** {@code paragraph} with the break rules, and hyphenated and justified if the style asks. */
    Paragraph body(Paragraph paragraph) {
        paragraph.setOrphansControl(ORPHANS).setWidowsControl(WIDOWS);
        return lines(paragraph);
    }

    /** {@code paragraph} hyphenated and justified if the style asks, with no break rules (a note at a page's foot). */
    Paragraph lines(Paragraph paragraph) {
        if (justify) {
            paragraph.setTextAlignment(TextAlignment.JUSTIFIED);
        }
        if (hyphenation != null) {
            paragraph.setHyphenation(hyphenation);
        }
        return paragraph;
    }
}
