package org.briefgen.document.markdown;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.briefgen.document.Block;
import org.briefgen.document.DocumentSyntaxException;

/** The line format of a {@code chart} block, written by the template layer's chart directive. */
final class ChartSpec {

    private ChartSpec() {
    }

    static Block.Chart parse(String literal, String source) {
        String kind = "bar";
        String title = "";
        String unit = "";
        List<Block.Chart.Bar> bars = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (String line : literal.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw new DocumentSyntaxException(source + ": chart line without a key: " + line);
            }
            String key = line.substring(0, colon).strip();
            String value = line.substring(colon + 1).strip();
            switch (key) {
                case "kind" -> kind = value;
                case "title" -> title = value;
                case "unit" -> unit = value;
                case "note" -> notes.add(value);
                case "bar" -> {
                    int tab = value.indexOf('\t');
                    if (tab < 0) {
                        throw new DocumentSyntaxException(source + ": chart bar needs 'value<TAB>label': " + line);
                    }
                    try {
                        bars.add(new Block.Chart.Bar(value.substring(tab + 1).strip(),
                                new BigDecimal(value.substring(0, tab).strip())));
                    } catch (NumberFormatException e) {
                        throw new DocumentSyntaxException(source + ": chart value is not a number: " + line);
                    }
                }
                default -> throw new DocumentSyntaxException(source + ": unknown chart key '" + key + "'");
            }
        }
        return new Block.Chart(kind, title, unit, bars, notes);
    }

    /** Writes a chart block's text; values may hold any character but a line break. */
    static String write(Block.Chart chart) {
        StringBuilder sb = new StringBuilder("~~~chart\n");
        sb.append("kind: ").append(oneLine(chart.kind())).append('\n');
        sb.append("title: ").append(oneLine(chart.title())).append('\n');
        sb.append("unit: ").append(oneLine(chart.unit())).append('\n');
        for (Block.Chart.Bar bar : chart.bars()) {
            sb.append("bar: ").append(bar.value().toPlainString()).append('\t').append(oneLine(bar.label()))
                    .append('\n');
        }
        for (String note : chart.notes()) {
            sb.append("note: ").append(oneLine(note)).append('\n');
        }
        return sb.append("~~~\n").toString();
    }

    private static final Pattern LINE_BREAKS = Pattern.compile("[\\r\\n\\t]+");

    private static String oneLine(String s) {
        return LINE_BREAKS.matcher(s).replaceAll(" ").strip();
    }
}
