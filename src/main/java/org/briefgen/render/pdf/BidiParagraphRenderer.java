package org.briefgen.render.pdf;

import java.util.ArrayList;
import java.util.List;

import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.annot.PdfLinkAnnotation;
import com.itextpdf.kernel.pdf.tagutils.AccessibilityProperties;
import com.itextpdf.layout.element.Link;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.layout.LayoutContext;
import com.itextpdf.layout.layout.LayoutResult;
import com.itextpdf.layout.properties.BaseDirection;
import com.itextpdf.layout.properties.Property;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.renderer.IRenderer;
import com.itextpdf.layout.renderer.ParagraphRenderer;
import com.itextpdf.layout.tagging.LayoutTaggingHelper;
import com.itextpdf.layout.tagging.TaggingHintKey;

/**
 * Lays out a paragraph of a right-to-left letter. The paragraph's texts are given in logical order
 * (as typed); when the paragraph is laid out and its width is known, {@link BidiLines} breaks them
 * into lines and puts each line in visual order, and the paragraph is laid out as those lines,
 * aligned to the right unless it says otherwise.
 *
 * <p>Each line's logical text is the actual text of its first piece (the others have an empty
 * one), so that text extraction, copying and screen readers get the words in the order they were
 * written, not the order they are drawn in.
 */
final class BidiParagraphRenderer extends ParagraphRenderer {

    /** Properties of a text that a piece of it keeps. */
    private static final int[] KEPT = {Property.FONT, Property.FONT_SIZE, Property.FONT_COLOR, Property.TEXT_RISE,
            Property.UNDERLINE, Property.CHARACTER_SPACING, Property.BACKGROUND};

    /** The paragraph's texts in logical order; null before the first layout and for the rest of a split paragraph. */
    private List<IRenderer> logical;
    private List<IRenderer> shown;

    /** Whether each line takes its own direction (lines from data: a letterhead, an address, a cell). */
    private final boolean byLine;

    private BidiParagraphRenderer(Paragraph paragraph, boolean byLine) {
        super(paragraph);
        this.byLine = byLine;
    }

    /** Makes {@code paragraph} lay out right to left. */
    static Paragraph attach(Paragraph paragraph) {
        paragraph.setNextRenderer(new BidiParagraphRenderer(paragraph, false));
        return paragraph;
    }

    /**
     * Makes {@code paragraph}, whose lines come from data, lay out right to left with each line in its
     * own direction ({@link LineDirection}): a Latin address line in an Arabic letter reads as written.
     */
    static Paragraph attachByLine(Paragraph paragraph) {
        paragraph.setNextRenderer(new BidiParagraphRenderer(paragraph, true));
        return paragraph;
    }

    @Override
    public IRenderer getNextRenderer() {
        return new BidiParagraphRenderer((Paragraph) modelElement, byLine);
    }

    @Override
    public LayoutResult layout(LayoutContext context) {
        TextAlignment alignment = getProperty(Property.TEXT_ALIGNMENT);
        setProperty(Property.TEXT_ALIGNMENT, alignment == null ? TextAlignment.RIGHT : alignment);
        // the lines are in visual order: iText's own bidi (pdfCalligraph's) must not touch them
        setProperty(Property.BASE_DIRECTION, BaseDirection.NO_BIDI);
        // the rest of a paragraph split over pages holds lines already arranged
        if (logical == null && !childRenderers.stream().allMatch(r -> r.getModelElement() instanceof Arranged)) {
            logical = new ArrayList<>(childRenderers);
        }
        if (logical != null) {
            arrange(width(context));
        }
        return super.layout(context);
    }

    /** A piece of an arranged line (or the break between two lines). */
    private interface Arranged {
    }

    static final class ArrangedText extends Text implements Arranged {
        /** The text this piece shows part of (null for a line break): a note marker is found by it. */
        Text source;

        ArrangedText(String text) {
            super(text);
        }

        @Override
        protected IRenderer makeNewRenderer() {
            // its Arabic marks are placed on their letters by the font's anchors
            return new org.briefgen.render.pdf.typeset.MarksInPlace(this);
        }
    }

    /** The text a laid-out piece comes from: itself, or for a rearranged piece the text it was cut from. */
    static Text source(Text text) {
        return text instanceof ArrangedText arranged && arranged.source != null ? arranged.source : text;
    }

    private static final class ArrangedLink extends Link implements Arranged {
        ArrangedLink(String text, PdfLinkAnnotation annotation) {
            super(text, annotation);
        }
    }

    /** The width the paragraph's lines may take in {@code context}'s area. */
    private float width(LayoutContext context) {
        Rectangle box = context.getArea().getBBox().clone();
        Float own = retrieveWidth(box.getWidth());
        if (own != null) {
            box.setWidth(own);
        }
        applyMargins(box, false);
        applyBorderBox(box, false);
        applyPaddings(box, false);
        return box.getWidth();
    }

    /** Replaces the children by the lines' pieces, in visual order, with line breaks between lines. */
    private void arrange(float width) {
        List<String> texts = new ArrayList<>();
        for (IRenderer leaf : logical) {
            texts.add(leaf.getModelElement() instanceof Text t ? t.getText() : "");
        }
        List<BidiLines.Line> lines = BidiLines.lines(texts, width, this::measure, byLine);
        List<Text> pieces = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            if (n > 0) {
                pieces.add(new ArrangedText("\n"));
            }
            BidiLines.Line line = lines.get(n);
            int speaker = speaker(line);
            for (int i = 0; i < line.pieces().size(); i++) {
                BidiLines.Piece piece = line.pieces().get(i);
                Text text = copy(logical.get(piece.leaf()), piece.visual());
                text.getAccessibilityProperties().setActualText(i == speaker ? line.logical() : "");
                pieces.add(text);
            }
        }
        List<IRenderer> renderers = new ArrayList<>();
        for (Text piece : pieces) {
            renderers.add(piece.createRendererSubTree().setParent(this));
        }
        retag(shown != null ? shown : logical, renderers);
        childRenderers.clear();
        childRenderers.addAll(renderers);
        shown = renderers;
    }

    /** The piece that speaks for the whole line: the first plain text, so that links and note numbers keep their roles. */
    private int speaker(BidiLines.Line line) {
        for (int i = 0; i < line.pieces().size(); i++) {
            Object element = logical.get(line.pieces().get(i).leaf()).getModelElement();
            if (element instanceof Text t && !(t instanceof Link) && t.getAccessibilityProperties().getRole() != null
                    && t.getAccessibilityProperties().getRole().equals("Span")) {
                return i;
            }
        }
        return 0;
    }

    /** The tagging hints of the replaced children given to the new ones, in the same place of the tree. */
    private void retag(List<IRenderer> old, List<IRenderer> renderers) {
        LayoutTaggingHelper tagging = getProperty(Property.TAGGING_HELPER);
        if (tagging == null || old.isEmpty()) {
            return;
        }
        List<TaggingHintKey> keys = new ArrayList<>();
        for (IRenderer renderer : renderers) {
            keys.add(LayoutTaggingHelper.getOrCreateHintKey(renderer));
        }
        for (int i = 0; i < old.size(); i++) {
            TaggingHintKey key = LayoutTaggingHelper.getHintKey(old.get(i));
            if (key != null) {
                tagging.replaceKidHint(key, i == 0 ? keys : List.of());
            }
        }
    }

    private float measure(int leaf, String visual) {
        IRenderer renderer = logical.get(leaf);
        Object font = renderer.getProperty(Property.FONT);
        if (!(font instanceof PdfFont pdfFont)) {
            return 0;
        }
        UnitValue size = renderer.getProperty(Property.FONT_SIZE);
        float points = size == null ? 12 : size.getValue();
        Float spacing = renderer.getProperty(Property.CHARACTER_SPACING);
        float width = pdfFont.getWidth(visual, points);
        return spacing == null ? width : width + spacing * visual.codePointCount(0, visual.length());
    }

    /** A piece of {@code leaf}'s text in its style: a link stays a link, a note number a reference. */
    private static Text copy(IRenderer leaf, String visual) {
        Text original = (Text) leaf.getModelElement();
        Text copy;
        if (original instanceof Link link) {
            PdfLinkAnnotation source = link.getLinkAnnotation();
            PdfLinkAnnotation annotation = (PdfLinkAnnotation) new PdfLinkAnnotation(new Rectangle(0, 0))
                    .setAction(source.getAction()).setFlags(source.getFlags()).setContents(source.getContents())
                    .setBorder(new com.itextpdf.kernel.pdf.PdfArray(new float[] {0, 0, 0}));
            copy = new ArrangedLink(visual, annotation);
        } else {
            ArrangedText arranged = new ArrangedText(visual);
            arranged.source = original;
            copy = arranged;
        }
        for (int property : KEPT) {
            Object value = original.<Object>getOwnProperty(property);
            if (value != null) {
                copy.setProperty(property, value);
            }
        }
        AccessibilityProperties from = original.getAccessibilityProperties();
        AccessibilityProperties to = copy.getAccessibilityProperties();
        // the copy is new, its properties unset: an unset one copied leaves it unset
        to.setRole(from.getRole());
        to.setAlternateDescription(from.getAlternateDescription());
        to.setLanguage(from.getLanguage());
        return copy;
    }
}
