package org.briefgen.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The tracker's chart: one horizontal bar per status. The page writes each status and its count as text
 * (readable at a phone's width as at a desk's) and draws only the bars, as SVG shapes on a scale of
 * {@value #MAX_WIDTH} units that the page stretches to the room it has: no script, no chart library.
 */
final class StatusChart {

    /** One bar: its label, count, class (for its colour), and length on the chart's scale. */
    record Bar(String label, int count, String css, int width) {
    }

    /** The longest bar, in the chart's units: the status with the most letters. */
    static final int MAX_WIDTH = 360;

    private StatusChart() {
    }

    /** The chart as the page template reads it. */
    static Map<String, Object> model(Map<String, Integer> counts) {
        List<Bar> bars = bars(counts);
        return Map.of("barWidth", MAX_WIDTH, "total", counts.values().stream().mapToInt(Integer::intValue).sum(),
                "bars", bars.stream().map(b -> Map.of("label", b.label(), "count", b.count(), "css", b.css(), "width",
                        b.width())).toList());
    }

    static List<Bar> bars(Map<String, Integer> counts) {
        int max = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            // a status with a letter or more shows a sliver at least
            int width = max == 0 ? 0 : Math.max(e.getValue() == 0 ? 0 : 4, e.getValue() * MAX_WIDTH / max);
            bars.add(new Bar(e.getKey(), e.getValue(), "bar-" + e.getKey().replace(' ', '-'), width));
        }
        return bars;
    }
}
