package org.briefgen.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The tracker's chart: one horizontal bar per status, drawn on the server as SVG shapes that the
 * page template writes out (escaped like any value): no script, no chart library.
 */
final class StatusChart {

    /** One bar: its label, count, class (for its colour), and geometry in the chart's units. */
    record Bar(String label, int count, String css, int y, int width, int labelY) {
    }

    /** The chart's size in its own units; the page scales it to fit. */
    record Chart(int width, int height, int barX, List<Bar> bars, int total) {
    }

    private static final int BAR_X = 230;
    private static final int MAX_WIDTH = 360;
    private static final int ROW = 36;

    private StatusChart() {
    }

    /** The chart as the page template reads it. */
    static Map<String, Object> model(Map<String, Integer> counts) {
        Chart chart = bars(counts);
        return Map.of("width", chart.width(), "height", chart.height(), "barX", chart.barX(), "total", chart.total(),
                "bars", chart.bars().stream().map(b -> Map.of("label", b.label(), "count", b.count(), "css", b.css(),
                        "y", b.y(), "width", b.width(), "labelY", b.labelY())).toList());
    }

    static Chart bars(Map<String, Integer> counts) {
        int max = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        List<Bar> bars = new ArrayList<>();
        int y = 8;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            int width = max == 0 ? 0 : Math.max(e.getValue() == 0 ? 0 : 4, e.getValue() * MAX_WIDTH / max);
            bars.add(new Bar(e.getKey(), e.getValue(), "bar-" + e.getKey().replace(' ', '-'), y, width, y + 19));
            y += ROW;
        }
        return new Chart(BAR_X + MAX_WIDTH + 50, y, BAR_X, bars, total);
    }
}
