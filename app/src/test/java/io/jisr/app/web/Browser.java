package io.jisr.app.web;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by its chromedriver, both given by path so that Selenium Manager
 * never reaches for the network. Without them the browser tests are skipped, with a message saying
 * what to install, unless the environment says {@code CI=true}: there they must run, so they fail.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("jisr.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("jisr.chromedriver", "/usr/bin/chromedriver"));

    /** The window every screenshot is taken at, so that docs/screenshots stay comparable. */
    static final Dimension WINDOW = new Dimension(1280, 800);

    /** Flags from docs/dependencies.md: headless, no sandbox (runs as root in CI), nothing phoning home. */
    private static final List<String> FLAGS = List.of(
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-dev-shm-usage",
            "--window-size=1280,800");

    final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Skips the calling test (or fails it under {@code CI=true}) when Chromium or its driver is missing. */
    static void requireChromium() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (present) {
            return;
        }
        String missing = "browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                + " (Debian: apt-get install chromium chromium-driver)";
        if ("true".equals(System.getenv("CI"))) {
            Assertions.fail(missing + "; CI=true, so they must run and cannot be skipped");
        }
        Assumptions.abort(missing + "; skipped because they are missing and CI is not true");
    }

    /** Starts a fresh browser with an empty profile. */
    static Browser start() {
        requireChromium();
        Path profile;
        try {
            profile = Files.createTempDirectory("jisr-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(FLAGS);
        options.addArguments("--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(WINDOW);
        // The window size includes the browser's frame; fix the page's own viewport at exactly 1280x800.
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                java.util.Map.of(
                        "width",
                        WINDOW.getWidth(),
                        "height",
                        WINDOW.getHeight(),
                        "deviceScaleFactor",
                        1,
                        "mobile",
                        false));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return new Browser(driver, profile);
    }

    /** Waits up to {@code seconds} for the page. */
    WebDriverWait waiting(int seconds) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds), Duration.ofMillis(100));
    }

    /** Runs {@code script} in the page and returns its result. */
    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Runs an asynchronous {@code script} whose last argument is the callback. */
    Object jsAsync(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeAsyncScript(script, args);
    }

    /** Writes a PNG of the window to NAME.png in {@link Screenshots#directory()}. */
    Path screenshot(String name) {
        Path target = Screenshots.directory().resolve(name + ".png");
        try {
            Files.createDirectories(target.getParent());
            Files.write(target, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    /** The browser console since the previous call (errors, CSP violations, warnings). */
    List<String> console() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::toString)
                .toList();
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // A leftover profile in the temp directory harms nothing.
            }
        }
    }

    /**
     * Where the tests write their screenshots: {@code app/target/screenshots}, so that a test run leaves
     * the source tree clean; with {@code -Djisr.screenshots.update=true}, the ones docs/ and the README
     * show ({@code docs/screenshots}).
     */
    static final class Screenshots {
        private Screenshots() {}

        static Path directory() {
            // Surefire runs in the module directory (app/); the docs are one level up.
            Path module = Path.of("").toAbsolutePath();
            return Boolean.getBoolean("jisr.screenshots.update")
                    ? module.getParent().resolve("docs").resolve("screenshots")
                    : module.resolve("target").resolve("screenshots");
        }
    }
}
