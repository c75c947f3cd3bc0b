package com.alliancetrust.advisor.web.browser;

import com.alliancetrust.advisor.store.TestDatabases;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium driven headless through its ChromeDriver, with helpers that find controls the
 * way a user does (by their label), explicit waits, screenshots and the browser's console.
 * A missing browser fails the test with instructions: browser tests are never skipped.
 */
final class Browser implements AutoCloseable {
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final Duration WAIT = Duration.ofSeconds(90);

    final ChromeDriver driver;
    final WebDriverWait wait;
    final Path downloads;
    private final String base;
    private final String journey;
    private int shots;

    private Browser(ChromeDriver driver, Path downloads, String base, String journey) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, WAIT);
        driver.manage().timeouts().scriptTimeout(WAIT); // an audit script on a busy machine
        wait.ignoring(StaleElementReferenceException.class); // a page re-rendered while it was being read
        this.downloads = downloads;
        this.base = base;
        this.journey = journey;
    }

    /** Starts a fresh headless Chromium (its own profile and download folder) for one journey. */
    static Browser start(String journey) {
        Path chromium = Path.of(System.getenv().getOrDefault("CHROMIUM_BIN", "/usr/bin/chromium"));
        Path chromedriver = Path.of(System.getenv().getOrDefault("CHROMEDRIVER_BIN", "/usr/bin/chromedriver"));
        for (Path needed : List.of(chromium, chromedriver)) {
            if (!Files.isExecutable(needed)) {
                throw new IllegalStateException("The browser tests need Chromium and ChromeDriver, but " + needed + " is missing. "
                        + "Install them with `apt-get install -y chromium chromium-driver` (.ci/run does this when they are missing), "
                        + "or point CHROMIUM_BIN and CHROMEDRIVER_BIN at them.");
            }
        }
        try {
            Path profile = TestDatabases.tempDir("advisor-chromium-profile");
            Path downloads = TestDatabases.tempDir("advisor-downloads");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(chromium.toFile());
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--user-data-dir=" + profile,
                    "--window-size=1280,1000", "--lang=en-GB", "--force-device-scale-factor=1");
            options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                    "download.prompt_for_download", false, "safebrowsing.enabled", false));
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile()).usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", downloads.toString()));
            Files.createDirectories(SCREENSHOTS);
            try (var old = Files.newDirectoryStream(SCREENSHOTS, journey + "-[0-9][0-9]-*.png")) {
                for (Path stale : old) Files.delete(stale); // screenshots of an earlier run of this journey
            }
            return new Browser(driver, downloads, WebAppServer.baseUrl(), journey);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String base() {
        return base;
    }

    /** Opens a route of the application (the part after #) and waits for its page heading. */
    void open(String route) {
        driver.get(base + "/#" + route);
        waitForPage();
    }

    /** Waits until a page has been rendered: the main landmark holds a heading and is no longer busy. */
    WebElement waitForPage() {
        wait.until(d -> d.findElement(By.id("main")).getAttribute("aria-busy") == null
                && !d.findElements(By.cssSelector("#main h1")).isEmpty());
        return driver.findElement(By.cssSelector("#main h1"));
    }

    /** Waits for the page whose heading is exactly this text (a page still loading, or the one before, does not count). */
    WebElement waitForHeading(String text) {
        return wait.until(d -> {
            if (d.findElement(By.id("main")).getAttribute("aria-busy") != null) return null;
            List<WebElement> headings = d.findElements(By.cssSelector("#main h1"));
            return !headings.isEmpty() && headings.get(0).getText().equals(text) ? headings.get(0) : null;
        });
    }

    WebElement waitFor(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    WebElement waitForText(By by, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
        return driver.findElement(by);
    }

    /** The control a visible label names, exactly as the user reads it. */
    WebElement field(String label) {
        return field(driver.findElement(By.tagName("body")), label);
    }

    WebElement field(WebElement scope, String label) {
        List<WebElement> labels = scope.findElements(By.xpath(".//label[normalize-space()=" + xpathLiteral(label) + "]"));
        for (WebElement l : labels) {
            if (l.isDisplayed()) return driver.findElement(By.id(l.getAttribute("for")));
        }
        throw new AssertionError("No visible control labelled \"" + label + "\"");
    }

    void type(String label, String text) {
        WebElement input = field(label);
        input.clear();
        input.sendKeys(text);
    }

    void choose(String label, String optionText) {
        new Select(field(label)).selectByVisibleText(optionText);
    }

    void choose(WebElement scope, String label, String optionText) {
        new Select(field(scope, label)).selectByVisibleText(optionText);
    }

    void click(String buttonOrLinkText) {
        WebElement target = wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//*[self::button or self::a or self::summary][normalize-space()=" + xpathLiteral(buttonOrLinkText) + "]")));
        target.click();
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    Object asyncJs(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeAsyncScript(script, args);
    }

    void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** Saves a full-page screenshot as target/screenshots/{journey}-{nn}-{name}.png. */
    Path screenshot(String name) {
        shots++;
        Path file = SCREENSHOTS.resolve(String.format("%s-%02d-%s.png", journey, shots, name));
        @SuppressWarnings("unchecked")
        Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
        long width = Math.round(((Number) size.get("width")).doubleValue());
        long height = Math.min(Math.round(((Number) size.get("height")).doubleValue()), 12000);
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        try {
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** Saves a full-page screenshot of the page on screen as target/screenshots/page-{name}-{width}.png, replacing an earlier one. */
    Path pageScreenshot(String name, String width) {
        Path file = screenshot("page");
        try {
            return Files.move(file, SCREENSHOTS.resolve("page-" + name + "-" + width + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] viewportScreenshot() {
        return driver.getScreenshotAs(OutputType.BYTES);
    }

    /** Everything the page logged as an error since the last call: script errors, refused requests, policy violations. */
    List<String> consoleErrors() {
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.WARNING.intValue()) errors.add(entry.getLevel() + " " + entry.getMessage());
        }
        return errors;
    }

    static String xpathLiteral(String text) {
        if (!text.contains("'")) return "'" + text + "'";
        if (!text.contains("\"")) return "\"" + text + "\"";
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }

    @Override
    public void close() {
        driver.quit();
    }
}
