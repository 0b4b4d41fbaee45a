package org.briefgen.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Base64;
import java.util.Map;

/**
 * A page looked at as on a desk (1280 px wide) and as on a phone (390 px): at each width axe-core
 * finds no serious or critical violation, nothing makes the page wider than the screen, and the
 * whole page (not only what the window shows) is saved as {@code target/screenshots/NAME-WIDTH.png}.
 */
final class PageWidths {

    static final int DESK = 1280;
    static final int PHONE = 390;

    private PageWidths() {
    }

    /** Checks and saves the page at both widths, and leaves the browser at the desk's width. */
    static void check(Browser browser, String name) {
        at(browser, name, true);
    }

    /**
     * Saves and checks with axe-core a page that is not the workbench's own (the publication's), whose
     * width is its own affair.
     */
    static void look(Browser browser, String name) {
        at(browser, name, false);
    }

    private static void at(Browser browser, String name, boolean fits) {
        for (int width : new int[] {DESK, PHONE}) {
            // a phone's screen: its width in CSS pixels, the page's viewport meta respected
            browser.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height",
                    width == PHONE ? 844 : 900, "deviceScaleFactor", 1, "mobile", width == PHONE));
            long inner = ((Number) browser.driver.executeScript("return window.innerWidth")).longValue();
            long scroll = ((Number) browser.driver.executeScript(
                    "return document.documentElement.scrollWidth")).longValue();
            if (fits) {
                assertThat(inner).as("the screen's width").isEqualTo(width);
                assertThat(scroll).as(name + " at " + width + " px: the page is wider than the screen")
                        .isLessThanOrEqualTo(inner);
            }
            browser.accessible(name + " at " + width + " px");
            save(browser, name + "-" + width);
        }
        browser.driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /** The whole page as Chromium draws it, through the DevTools protocol. */
    @SuppressWarnings("unchecked")
    private static void save(Browser browser, String name) {
        Map<String, Object> metrics = browser.driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
        double width = ((Number) size.get("width")).doubleValue();
        double height = Math.min(((Number) size.get("height")).doubleValue(), 12_000);
        Map<String, Object> shot = browser.driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", width, "height", height,
                        "scale", 1)));
        try {
            Files.createDirectories(Browser.SCREENSHOTS);
            Files.write(Browser.SCREENSHOTS.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get(
                    "data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
