package org.briefgen.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium driven by its own ChromeDriver (named explicitly: nothing is downloaded),
 * headless; axe-core checks each page and each page is saved as a screenshot under
 * {@code target/screenshots/}.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target/screenshots");

    final ChromeDriver driver;
    private final ChromeDriverService service;

    /** Fails under CI (CI=true) when Chromium is missing, and skips the test with why elsewhere. */
    static void requireChromium() {
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER)) {
            return;
        }
        String why = "Chromium and its driver are needed (" + CHROMIUM + ", " + DRIVER
                + "): apt-get install -y chromium chromium-driver";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail(why);
        }
        Assumptions.abort("browser tests skipped: " + why);
    }

    Browser(Path profile) {
        service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort()
                .withLogOutput(java.io.OutputStream.nullOutputStream()).build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--disable-default-apps", "--disable-sync", "--lang=en-GB", "--window-size=1280,1000",
                "--user-data-dir=" + profile.toAbsolutePath());
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(120));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    /** Checks the page with axe-core: no serious or critical violation. */
    void accessible(String page) {
        Results results = new AxeBuilder().analyze(driver);
        List<Rule> bad = results.getViolations().stream().filter(r -> "serious".equals(r.getImpact()) || "critical"
                .equals(r.getImpact())).toList();
        assertThat(bad).as(page + ": " + bad.stream().map(r -> r.getId() + " (" + r.getImpact() + "): " + r.getHelp()
                + " at " + r.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(
                        ", ")))
                .collect(Collectors.joining("; "))).isEmpty();
    }

    /** Saves the whole page as {@code target/screenshots/NAME.png}. */
    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = driver.getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Does what leads to another page (a click, a key) and waits until the browser is on it. An element of
     * the old page, asked for while the new one replaces it, fails in Chromium with a stale element or an
     * inspector error ("Node with given id does not belong to the document"), so the address is awaited
     * first: ChromeDriver answers it only once a pending navigation is done.
     */
    static void goesToAnotherPage(WebDriver driver, WebDriverWait wait, Runnable action) {
        String from = driver.getCurrentUrl();
        action.run();
        wait.until(d -> !from.equals(d.getCurrentUrl()));
    }

    TakesScreenshot camera() {
        return driver;
    }

    @Override
    public void close() {
        driver.quit();
        service.stop();
    }
}
