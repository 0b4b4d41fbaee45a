package org.briefgen.render.pdf;

import java.util.List;

import org.briefgen.document.Block;
import org.briefgen.document.Inline;

/**
 * Which of a body's blocks a typesetter keeps on the page of the block after it: a heading; a paragraph that asks
 * the question a chart answers; a lead-in (a paragraph ending in a colon: "Cellebrite states that:")
 * with the quotation, list or table it introduces; a letter's last paragraph with the closing.
 */
final class KeptWithNext {

    private KeptWithNext() {
    }

    /** Whether block {@code i} of {@code blocks} stays with what follows it: a heading always, a paragraph as {@link #paragraph} says. */
    static boolean block(List<Block> blocks, int i, boolean letter) {
        return blocks.get(i) instanceof Block.Heading || paragraph(blocks, i, letter);
    }

    /** Whether paragraph {@code i} of {@code blocks} stays with what follows it ({@code letter}: a closing does). */
    static boolean paragraph(List<Block> blocks, int i, boolean letter) {
        if (!(blocks.get(i) instanceof Block.Paragraph p)) {
            return false;
        }
        if (i == blocks.size() - 1) {
            return letter;
        }
        Block next = blocks.get(i + 1);
        if (next instanceof Block.Chart) {
            return true;
        }
        boolean introduces = next instanceof Block.BlockQuote || next instanceof Block.BulletList
                || next instanceof Block.OrderedList || next instanceof Block.Table;
        return introduces && leadIn(Inline.plainText(p.inlines()));
    }

    /** The element of {@code block} in {@code blocks}, kept with the next if {@code keep} (a heading always is). */
    static com.itextpdf.layout.element.IBlockElement one(Block block, boolean keep, BlockLayout blocks) {
        com.itextpdf.layout.element.IBlockElement element = block.accept(blocks);
        if (keep && element instanceof com.itextpdf.layout.element.Paragraph paragraph) {
            paragraph.setKeepWithNext(true);
        }
        return element;
    }

    /**
     * The blocks of a run each kept with the next, as one untagged block (its elements tagged as ever)
     * that never splits, kept with the block after the run: iText keeps one element with the next, so
     * the first of a run would stay behind when the rest moves over.
     */
    static com.itextpdf.layout.element.IBlockElement together(List<Block> run, BlockLayout blocks) {
        com.itextpdf.layout.element.Div div = new com.itextpdf.layout.element.Div();
        div.getAccessibilityProperties().setRole(null);
        for (Block block : run) {
            div.add(block.accept(blocks));
        }
        div.setKeepTogether(true);
        div.setKeepWithNext(true);
        return div;
    }

    /** Whether {@code text} ends in a colon (any script's), as a lead-in does. */
    private static boolean leadIn(String text) {
        String end = text.strip();
        return end.endsWith(":") || end.endsWith("\uFF1A");
    }
}
