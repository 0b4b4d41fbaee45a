package org.briefgen.render.pdf;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.briefgen.document.Document;
import org.briefgen.document.DocumentText;

/** Finds the texts of a document that the house fonts (and their fallbacks) cannot draw. */
final class FontCoverage {

    private final TextRuns textRuns;
    /** The families and faces data may be set in: every text is checked against each. */
    private final List<FontPrograms.Choice> checkedFaces;
    /** The characters every checked face draws: a text of only these needs no closer look. */
    private final BitSet coveredByAll = new BitSet();

    FontCoverage(FontPrograms fontPrograms, String bodyFamily, String headingFamily) {
        this.textRuns = new TextRuns(fontPrograms);
        this.checkedFaces = List.of(new FontPrograms.Choice(bodyFamily, FontPrograms.Face.REGULAR),
                new FontPrograms.Choice(bodyFamily, FontPrograms.Face.BOLD),
                new FontPrograms.Choice(bodyFamily, FontPrograms.Face.ITALIC),
                new FontPrograms.Choice(bodyFamily, FontPrograms.Face.BOLD_ITALIC),
                new FontPrograms.Choice(headingFamily, FontPrograms.Face.BOLD));
        coveredByAll.set(0, 0x10000);
        for (FontPrograms.Choice font : checkedFaces) {
            coveredByAll.and(fontPrograms.bmp(font.family(), font.face()));
        }
    }

    /** See {@link PdfRenderer#undrawable}. */
    List<PdfRenderer.Undrawable> undrawable(Document document) {
        List<PdfRenderer.Undrawable> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String text : DocumentText.strings(document)) {
            if (TextRuns.simple(text, coveredByAll) || !seen.add(text)) {
                continue;
            }
            TextRuns.Problems problems = textRuns.problems(text, checkedFaces);
            if (!problems.isEmpty()) {
                found.add(new PdfRenderer.Undrawable(text, problems.uncovered(), problems.unshapable()));
            }
        }
        return found;
    }
}
