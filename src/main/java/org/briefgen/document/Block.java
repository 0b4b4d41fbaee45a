package org.briefgen.document;

import java.math.BigDecimal;
import java.util.List;

import org.briefgen.i18n.Messages;

/** Block content of a document body or note. */
public sealed interface Block {

    <R> R accept(Visitor<R> visitor);

    /** Walks block content; one method per kind, so a writer cannot forget one. */
    interface Visitor<R> {
        R heading(Heading heading);

        R paragraph(Paragraph paragraph);

        R bulletList(BulletList list);

        R orderedList(OrderedList list);

        R blockQuote(BlockQuote quote);

        R table(Table table);

        R chart(Chart chart);

        R codeBlock(CodeBlock code);

        R rule(Rule rule);
    }

    record Heading(int level, List<Inline> inlines) implements Block {
        public Heading {
            if (level < 1 || level > 6) {
                throw new IllegalArgumentException("heading level " + level);
            }
            inlines = List.copyOf(inlines);
        }

        public <R> R accept(Visitor<R> v) {
            return v.heading(this);
        }
    }

    record Paragraph(List<Inline> inlines) implements Block {
        public Paragraph {
            inlines = List.copyOf(inlines);
        }

        public <R> R accept(Visitor<R> v) {
            return v.paragraph(this);
        }
    }

    /** One item of a list: its own blocks (usually one paragraph). */
    record ListItem(List<Block> blocks) {
        public ListItem {
            blocks = List.copyOf(blocks);
        }
    }

    record BulletList(List<ListItem> items) implements Block {
        public BulletList {
            items = List.copyOf(items);
        }

        public <R> R accept(Visitor<R> v) {
            return v.bulletList(this);
        }
    }

    record OrderedList(int start, List<ListItem> items) implements Block {
        public OrderedList {
            items = List.copyOf(items);
        }

        public <R> R accept(Visitor<R> v) {
            return v.orderedList(this);
        }
    }

    record BlockQuote(List<Block> blocks) implements Block {
        public BlockQuote {
            blocks = List.copyOf(blocks);
        }

        public <R> R accept(Visitor<R> v) {
            return v.blockQuote(this);
        }
    }

    enum Align {
        LEFT,
        CENTER,
        RIGHT,
        NONE
    }

    /** A table; {@code header} may be empty. Every row has one cell per column. */
    record Table(List<Align> columns, List<List<Inline>> header, List<List<List<Inline>>> rows) implements Block {
        public Table {
            columns = List.copyOf(columns);
            header = header.stream().map(List::copyOf).toList();
            rows = rows.stream().map(r -> r.stream().map(List::copyOf).toList()).toList();
        }

        /** How cells of column {@code column} are aligned: {@code NONE} past the columns the table declares. */
        public Align align(int column) {
            return column < columns.size() ? columns.get(column) : Align.NONE;
        }

        public <R> R accept(Visitor<R> v) {
            return v.table(this);
        }
    }

    /**
     * A chart of labelled values: the data, not a picture, so each writer can draw it natively
     * and give it a text equivalent.
     */
    record Chart(String kind, String title, String unit, List<Bar> bars, List<String> notes) implements Block {
        public Chart {
            bars = List.copyOf(bars);
            notes = List.copyOf(notes);
            unit = unit == null ? "" : unit;
        }

        /** One labelled value. */
        public record Bar(String label, BigDecimal value) {
        }

        /** The value as printed in English: "44.3%". */
        public String format(Bar bar) {
            return bar.value().toPlainString() + unit;
        }

        /** The value as printed in the language of {@code words}: "44.3%", "44,3 %". */
        public String format(Bar bar, Messages words) {
            return unit.equals("%") ? words.percent(bar.value()) : words.number(bar.value()) + unit;
        }

        /** The chart's data as one sentence, for screen readers and plain-text bodies, in English. */
        public String altText() {
            return altText(Messages.builtIn("en-GB"));
        }

        /** The chart's data as one sentence in the language of {@code words}. */
        public String altText(Messages words) {
            StringBuilder sb = new StringBuilder(words.text("chart.alt", "title", title));
            for (int i = 0; i < bars.size(); i++) {
                sb.append(i == 0 ? " " : ", ").append(bars.get(i).label()).append(' ').append(format(bars.get(i),
                        words));
            }
            return sb.toString();
        }

        public <R> R accept(Visitor<R> v) {
            return v.chart(this);
        }
    }

    record CodeBlock(String text) implements Block {
        public <R> R accept(Visitor<R> v) {
            return v.codeBlock(this);
        }
    }

    record Rule() implements Block {
        public <R> R accept(Visitor<R> v) {
            return v.rule(this);
        }
    }
}
