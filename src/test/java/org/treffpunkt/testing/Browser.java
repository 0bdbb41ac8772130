package org.treffpunkt.testing;

import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.File;
import java.time.Duration;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium for the browser tests, with the driver and binary named explicitly so that Selenium
 * Manager never tries to download anything. {@code -Dskip.browser=true} skips these tests on a machine without it.
 */
public final class Browser {

  private static final String CHROMIUM = System.getProperty("chromium.binary", "/usr/bin/chromium");
  private static final String DRIVER = System.getProperty("chromedriver.binary", "/usr/bin/chromedriver");

  private Browser() {}

  public static WebDriver start() {
    return start(new Dimension(1280, 900));
  }

  /** A browser window of the given size (e.g. 390×844 for a phone). */
  public static WebDriver start(Dimension window) {
    assumeFalse(Boolean.getBoolean("skip.browser"), "browser tests skipped (-Dskip.browser=true)");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
        "--lang=de",
        "--window-size=" + window.getWidth() + "," + window.getHeight());
    options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "de-DE,de"));
    if (window.getWidth() < 600) {
      // A desktop window cannot be narrower than ~500 px; a phone is emulated with its real CSS viewport and touch.
      options.setExperimentalOption("mobileEmulation", java.util.Map.of("deviceMetrics", java.util.Map.of(
          "width", window.getWidth(), "height", window.getHeight(), "pixelRatio", 3.0, "touch", true)));
    }
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER)).build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    return driver;
  }
}
