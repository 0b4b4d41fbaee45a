package org.briefgen.publish;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.briefgen.document.Block;

/**
 * The chart of outcomes: how many companies had each. The same bars become an SVG for the site
 * and a {@link Block.Chart} for the PDF report, which its writer draws natively.
 */
final class OutcomeChart {

    private static final int WIDTH = 640;
    private static final int LABEL = 230;
    private static final int BAR = 30;
    private static final int GAP = 14;
    private static final int TOP = 8;

    private final List<Outcome> outcomes;
    private final List<Long> counts;
    private final String title;
    private final Labels labels;

    OutcomeChart(Publication publication, Labels labels) {
        this.labels = labels;
        this.outcomes = new ArrayList<>();
        this.counts = new ArrayList<>();
        for (Outcome o : Outcome.values()) {
            long n = publication.count(o);
            // a letter that was not delivered is rare: its bar shows only when there is one
            if (o != Outcome.NOT_DELIVERED || n > 0) {
                outcomes.add(o);
                counts.add(n);
            }
        }
        this.title = labels.get("chart.title", "date", labels.date(publication.asOf()));
    }

    /** The chart for the document model: its writer draws the bars and gives their text. */
    Block.Chart block() {
        List<Block.Chart.Bar> bars = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            bars.add(new Block.Chart.Bar(outcomes.get(i).chartLabel(labels), BigDecimal.valueOf(counts.get(i))));
        }
        return new Block.Chart("bar", title, "", bars, List.of());
    }

    /** The chart as inline SVG: an image with a title and a description that reads out every bar. */
    String svg() {
        long max = Math.max(1, counts.stream().mapToLong(Long::longValue).max().orElse(1));
        int height = TOP * 2 + outcomes.size() * (BAR + GAP) - GAP;
        Html h = new Html(labels);
        h.raw("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 " + WIDTH + " "
                + height + "\" aria-labelledby=\"chart-title chart-desc\">\n");
        h.raw("<title id=\"chart-title\">").text(title).raw("</title>\n<desc id=\"chart-desc\">")
                .text(block().altText(labels.messages())).raw("</desc>\n");
        int span = WIDTH - LABEL - 60;
        for (int i = 0; i < outcomes.size(); i++) {
            int y = TOP + i * (BAR + GAP);
            long width = counts.get(i) == 0 ? 2 : Math.round((double) counts.get(i) / max * span);
            h.raw("<text x=\"" + (LABEL - 10) + "\" y=\"" + (y + BAR / 2 + 5) + "\" text-anchor=\"end\">")
                    .text(outcomes.get(i).chartLabel(labels)).raw("</text>\n");
            h.raw("<rect class=\"bar-" + outcomes.get(i).key() + "\" x=\"" + LABEL + "\" y=\"" + y + "\" width=\""
                    + width + "\" height=\"" + BAR + "\" rx=\"3\"/>\n");
            h.raw("<text class=\"value\" x=\"" + (LABEL + width + 8) + "\" y=\"" + (y + BAR / 2 + 5) + "\">"
                    + labels.count(counts.get(i)) + "</text>\n");
        }
        return h.raw("</svg>\n").toString();
    }

    List<Outcome> outcomes() {
        return outcomes;
    }

    List<Long> counts() {
        return counts;
    }
}
