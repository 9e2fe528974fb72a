package com.metalogics.booking.ui;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Debian's headless Chromium driven through Debian's chromedriver. Both paths are given explicitly,
 * so Selenium Manager never looks for (or downloads) a browser or driver.
 */
final class Browser implements AutoCloseable {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final Logger log = LoggerFactory.getLogger(Browser.class);

  /**
   * Selenium warns that it has no CDP bindings for this Chromium; the tests send raw CDP commands
   * through chromedriver, which need none. Held in a field: java.util.logging keeps loggers weakly.
   */
  private static final java.util.logging.Logger SELENIUM_LOG = quietSelenium();

  final ChromeDriver driver;
  final Path downloads;
  private final Path profile;

  private Browser(ChromeDriver driver, Path profile, Path downloads) {
    this.driver = driver;
    this.profile = profile;
    this.downloads = downloads;
  }

  /**
   * A fresh browser with its own profile. Without Chromium the test is skipped, saying so; on CI
   * (environment variable {@code CI} set) it fails instead, so the browser tests cannot silently
   * stop running there.
   */
  static Browser start() {
    requireChromium();
    try {
      Path profile = Files.createTempDirectory(Path.of("target"), "chromium-profile");
      Path downloads = Files.createTempDirectory(Path.of("target"), "downloads");
      ChromeOptions options = new ChromeOptions();
      options.setBinary(CHROMIUM.toFile());
      options.addArguments(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--no-first-run",
          "--lang=en-GB",
          "--window-size=1280,900",
          "--user-data-dir=" + profile.toAbsolutePath());
      LoggingPreferences logs = new LoggingPreferences();
      logs.enable(LogType.BROWSER, java.util.logging.Level.ALL);
      options.setCapability("goog:loggingPrefs", logs);
      ChromeDriverService service =
          new ChromeDriverService.Builder()
              .usingDriverExecutable(CHROMEDRIVER.toFile())
              .usingAnyFreePort()
              .build();
      ChromeDriver driver = new ChromeDriver(service, options);
      driver.executeCdpCommand(
          "Browser.setDownloadBehavior",
          Map.of("behavior", "allow", "downloadPath", downloads.toAbsolutePath().toString()));
      return new Browser(driver, profile, downloads);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static java.util.logging.Logger quietSelenium() {
    java.util.logging.Logger selenium = java.util.logging.Logger.getLogger("org.openqa.selenium");
    selenium.setLevel(java.util.logging.Level.SEVERE);
    return selenium;
  }

  private static void requireChromium() {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (present) {
      return;
    }
    String message =
        "Browser tests did not run: "
            + CHROMIUM
            + " or "
            + CHROMEDRIVER
            + " is missing (apt-get install chromium chromium-driver)";
    String ci = System.getenv("CI");
    if (ci != null && !ci.isBlank() && !"false".equalsIgnoreCase(ci)) {
      fail(message + "; CI is set, so this is a failure, not a skip");
    }
    log.warn(message);
    Assumptions.abort(message);
  }

  void open(String url) {
    driver.get(url);
  }

  WebElement find(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  List<WebElement> findAll(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  WebElement visible(String css) {
    return until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
  }

  /** Waits for the condition; an element replaced while it is read is simply read again. */
  <T> T until(Function<org.openqa.selenium.WebDriver, T> condition) {
    return new WebDriverWait(driver, WAIT)
        .ignoring(StaleElementReferenceException.class)
        .until(condition);
  }

  /** Like {@link #until(Function)}, with a longer patience for throttled networks. */
  <T> T until(Duration patience, Function<org.openqa.selenium.WebDriver, T> condition) {
    // Polled often, so the moment a throttled page shows something is read to within 50 ms.
    return new WebDriverWait(driver, patience)
        .pollingEvery(Duration.ofMillis(50))
        .ignoring(StaleElementReferenceException.class)
        .until(condition);
  }

  /** Chromium's network throttling: every request waits {@code latency} longer for its answer. */
  void slowLink(Duration latency) {
    driver.executeCdpCommand("Network.enable", Map.of());
    driver.executeCdpCommand(
        "Network.emulateNetworkConditions",
        Map.of(
            "offline",
            false,
            "latency",
            latency.toMillis(),
            "downloadThroughput",
            -1,
            "uploadThroughput",
            -1));
  }

  void fastLink() {
    slowLink(Duration.ZERO);
  }

  @SuppressWarnings("unchecked")
  <T> T script(String js, Object... args) {
    return (T) ((JavascriptExecutor) driver).executeScript(js, args);
  }

  /** The element that has the keyboard focus. */
  WebElement focused() {
    return driver.switchTo().activeElement();
  }

  void timeZone(String zone) {
    driver.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", zone));
  }

  /** The locale the page's Intl formats by, as a visitor's operating system would set it. */
  void locale(String tag) {
    driver.executeCdpCommand("Emulation.setLocaleOverride", Map.of("locale", tag));
  }

  /** Phone-sized (mobile viewport rules apply) or back to the desktop window. */
  void viewport(int width, int height, boolean mobile) {
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
  }

  /** A screenshot of the whole page at the given viewport width, under target/screenshots. */
  void screenshot(String name, int width, int height, boolean mobile) {
    viewport(width, height, mobile);
    long full = ((Number) script("return document.documentElement.scrollHeight;")).longValue();
    viewport(width, (int) Math.min(Math.max(full, height), 5000), mobile);
    Object data =
        driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png")).get("data");
    try {
      Files.createDirectories(SCREENSHOTS);
      Files.write(SCREENSHOTS.resolve(name + ".png"), Base64.getDecoder().decode((String) data));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    viewport(width, height, mobile);
  }

  /**
   * Runs {@code js} in every page opened from now on, before the page's own scripts (the page's
   * Content-Security-Policy does not apply to it); the answer identifies it for {@link #forget}.
   */
  String onEveryPage(String js) {
    return (String)
        driver
            .executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", js))
            .get("identifier");
  }

  void forget(String identifier) {
    driver.executeCdpCommand(
        "Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", identifier));
  }

  /** Console lines of the page, e.g. to look for Content-Security-Policy violations. */
  List<String> consoleLines() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .map(LogEntry::getMessage)
        .toList();
  }

  @Override
  public void close() {
    driver.quit();
    deleteQuietly(profile);
  }

  private static void deleteQuietly(Path directory) {
    try (var paths = Files.walk(directory)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      log.debug("profile {} not removed: {}", directory, e.getMessage());
    }
  }
}
