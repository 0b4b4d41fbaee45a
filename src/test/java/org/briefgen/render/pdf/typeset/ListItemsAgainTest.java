package org.briefgen.render.pdf.typeset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.itextpdf.io.image.ImageDataFactory;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.IElement;
import com.itextpdf.layout.element.Image;
import com.itextpdf.layout.element.ListItem;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.layout.LayoutArea;
import com.itextpdf.layout.layout.LayoutContext;
import com.itextpdf.layout.layout.LayoutResult;
import com.itextpdf.layout.renderer.IRenderer;
import org.junit.jupiter.api.Test;

/**
 * A list laid out again in an area ending higher on the page (as the widow rule and the notes at the
 * page foot lay it out) gives again the items that ended above that end, and the page is the same as
 * when every item is laid out anew.
 */
class ListItemsAgainTest {

    /** Ends the list's area this far above where iText would, on its second layout, as a page foot would. */
    private static final float FOOT = 120;

    private final List<ListItemsKept.ItemAgain> items = new ArrayList<>();

    @Test
    void itemsThatEndedAboveTheNewEndAreGivenAgainAndThePageIsTheSame() throws Exception {
        String given = page(true);
        String made = page(false);
        assertThat(items).isNotEmpty();
        assertThat(items.stream().mapToInt(ListItemsKept.ItemAgain::given).sum()).isPositive();
        assertThat(given).isEqualTo(made);
    }

    @Test
    void anItemLaidOutWholeAgainInTheSameAreaIsGivenAgainButNotInAnotherWidthOrPage() {
        ListItem item = new ListItem();
        item.add(new Paragraph("One line of text."));
        ListItemsKept.ItemAgain renderer = new ListItemsKept.ItemAgain(item);
        try (Document document = new Document(new PdfDocument(new PdfWriter(new ByteArrayOutputStream())))) {
            renderer.setParent(document.getRenderer());
            LayoutResult first = renderer.layout(new LayoutContext(new LayoutArea(1, new Rectangle(36, 36, 400, 700))));
            assertThat(first.getStatus()).isEqualTo(LayoutResult.FULL);
            // the same top, ending higher but below the item: given again
            assertThat(renderer.layout(new LayoutContext(new LayoutArea(1, new Rectangle(36, 600, 400, 136)))))
                    .isSameAs(first);
            // ending above the item's end, another width, another page: laid out anew
            float bottom = first.getOccupiedArea().getBBox().getBottom();
            assertThat(renderer.layout(new LayoutContext(new LayoutArea(1, new Rectangle(36, bottom + 1, 400,
                    736 - bottom - 1))))).isNotSameAs(first);
            LayoutResult again = renderer.layout(new LayoutContext(new LayoutArea(1, new Rectangle(36, 36, 400, 700))));
            LayoutResult narrow = renderer
                    .layout(new LayoutContext(new LayoutArea(1, new Rectangle(36, 36, 300, 700))));
            assertThat(narrow).isNotSameAs(again);
            assertThat(renderer.layout(new LayoutContext(new LayoutArea(2, new Rectangle(36, 36, 300, 700)))))
                    .isNotSameAs(narrow);
            assertThat(renderer.given()).isEqualTo(1);
        }
    }

    @Test
    void onlyItemsOfParagraphsOfTextQualifyToBeGivenAgain() throws Exception {
        ListItem text = new ListItem();
        text.add(new Paragraph("text"));
        ListItem image = new ListItem();
        image.add(new Image(ImageDataFactory.create(PNG)));
        ListItem inline = new ListItem();
        inline.add(new Paragraph().add(new Image(ImageDataFactory.create(PNG))));
        assertThat(ListItemsKept.ItemAgain.plain(text)).isTrue();
        assertThat(ListItemsKept.ItemAgain.plain(image)).isFalse();
        assertThat(ListItemsKept.ItemAgain.plain(inline)).isFalse();
    }

    /** The pages' content (their drawing operators) of a list of items laid out twice, the second time ending {@link #FOOT} higher. */
    private String page(boolean again) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(out)); Document document = new Document(pdf,
                PageSize.A4)) {
            document.add(new Paragraph("A heading above the list").setFontSize(14));
            com.itextpdf.layout.element.List list = new com.itextpdf.layout.element.List();
            for (int i = 1; i <= 40; i++) {
                ListItem item = new ListItem();
                item.add(new Paragraph("Item " + i + ": a finding set over more than one line, as a letter's findings"
                        + " are, so that its lines break where the width ends and not at its end."));
                list.add(item);
            }
            ListItemsKept.keep(list, this::shorterAgain);
            if (!again) {
                for (IElement child : list.getChildren()) {
                    ListItem item = (ListItem) child;
                    item.setNextRenderer(new com.itextpdf.layout.renderer.ListItemRenderer(item) {
                        @Override
                        public IRenderer getNextRenderer() {
                            return new com.itextpdf.layout.renderer.ListItemRenderer((ListItem) modelElement);
                        }
                    });
                }
            }
            document.add(list);
        }
        try (PdfDocument read = new PdfDocument(new PdfReader(new java.io.ByteArrayInputStream(out.toByteArray())))) {
            ByteArrayOutputStream pages = new ByteArrayOutputStream();
            for (int p = 1; p <= read.getNumberOfPages(); p++) {
                pages.write(read.getPage(p).getContentBytes());
            }
            return pages.toString(java.nio.charset.StandardCharsets.ISO_8859_1);
        }
    }

    /** Lays {@code renderer} out, then again in its area ending {@link #FOOT} higher, as a page's foot would. */
    private LayoutResult shorterAgain(IRenderer renderer, LayoutContext context,
            Function<LayoutContext, LayoutResult> layout) {
        for (IRenderer child : renderer.getChildRenderers()) {
            if (child instanceof ListItemsKept.ItemAgain item && !items.contains(item)) {
                items.add(item);
            }
        }
        LayoutResult first = layout.apply(context);
        if (first.getStatus() == LayoutResult.NOTHING) {
            return first;
        }
        Rectangle box = context.getArea().getBBox();
        float bottom = box.getBottom() + FOOT;
        if (bottom >= box.getTop()) {
            return first;
        }
        LayoutArea shorter = context.getArea().clone();
        shorter.setBBox(new Rectangle(box.getX(), bottom, box.getWidth(), box.getTop() - bottom));
        return layout.apply(new LayoutContext(shorter, context.getMarginsCollapseInfo(),
                context.getFloatRendererAreas(), context.isClippedHeight()));
    }

    /** A 1-by-1 PNG. */
    private static final byte[] PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
}
