package org.treffpunkt.testing;

import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.File;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium for the browser tests, with the driver and binary named explicitly so
 * that Selenium Manager never tries to download anything. {@code -Dskip.browser=true} skips these
 * tests on a machine without it.
 *
 * <p>Starting Chromium costs seconds, so all browser tests of a test JVM share at most two of them:
 * one desktop browser and one emulated phone. Mobile emulation is fixed when a browser starts
 * (ChromeDriver applies it again on every page load), so the phone is started anew only when a test
 * asks for another phone size. Each is started when first needed and quit when the JVM exits.
 * Before every test the browser gets a blank page, no cookies, no stored data and the window size
 * the test asks for, so no test sees what another left behind.
 */
public final class Browser {

  private static final String CHROMIUM = System.getProperty("chromium.binary", "/usr/bin/chromium");
  private static final String DRIVER =
      System.getProperty("chromedriver.binary", "/usr/bin/chromedriver");

  /** A desktop window cannot be narrower than ~500 px; narrower sizes are phones. */
  private static final int PHONE_BELOW = 600;

  private static final Duration IMPLICIT_WAIT = Duration.ofSeconds(5);

  private static ChromeDriver desktop;
  private static ChromeDriver phone;
  private static Dimension phoneSize;

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(Browser::quitAll, "quit shared browsers"));
  }

  private Browser() {}

  /**
   * The shared browser with a window (or, below 600 px, an emulated phone viewport) of this size,
   * freshly reset.
   */
  public static synchronized WebDriver shared(Dimension window) {
    assumeFalse(Boolean.getBoolean("skip.browser"), "browser tests skipped (-Dskip.browser=true)");
    boolean isPhone = window.getWidth() < PHONE_BELOW;
    ChromeDriver driver = isPhone ? phone : desktop;
    if (driver == null || !alive(driver) || isPhone && !window.equals(phoneSize)) {
      quietlyQuit(driver);
      driver = start(isPhone ? window : null);
      if (isPhone) {
        phone = driver;
        phoneSize = window;
      } else {
        desktop = driver;
      }
    }
    reset(driver);
    if (!isPhone) {
      driver.manage().window().setSize(window);
    }
    return driver;
  }

  /**
   * Leaves the page (so its scripts stop) and answers a dialogue a failed test may have left open.
   */
  public static void release(WebDriver driver) {
    try {
      dismissAlert(driver);
      driver.get("about:blank");
    } catch (WebDriverException broken) {
      // the next test starts a new browser (see alive)
    }
  }

  /**
   * Sends every later request of this test as if from {@code address} behind a trusted proxy
   * ({@code X-Forwarded-For}), so that tests submitting public forms do not share one client's rate
   * limit.
   */
  public static void actAsClient(WebDriver driver, String address) {
    ((ChromeDriver) driver)
        .executeCdpCommand(
            "Network.setExtraHTTPHeaders", Map.of("headers", Map.of("X-Forwarded-For", address)));
  }

  /** A desktop browser, or with {@code phone} a phone of that CSS viewport, with touch. */
  private static ChromeDriver start(Dimension phone) {
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
        "--window-size=1280,900");
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "de-DE,de"));
    if (phone != null) {
      options.setExperimentalOption(
          "mobileEmulation",
          Map.of(
              "deviceMetrics",
              Map.of(
                  "width",
                  phone.getWidth(),
                  "height",
                  phone.getHeight(),
                  "pixelRatio",
                  3.0,
                  "touch",
                  true)));
    }
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER)).build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    driver.executeCdpCommand("Network.enable", Map.of());
    return driver;
  }

  private static boolean alive(ChromeDriver driver) {
    try {
      driver.getWindowHandles();
      return true;
    } catch (WebDriverException gone) {
      return false;
    }
  }

  /** One tab on a blank page; no cookies, storage or caches of any site; the default waits. */
  private static void reset(ChromeDriver driver) {
    dismissAlert(driver);
    String first = driver.getWindowHandles().iterator().next();
    for (String handle : driver.getWindowHandles()) {
      if (!handle.equals(first)) {
        driver.switchTo().window(handle).close();
      }
    }
    driver.switchTo().window(first);
    driver.get("about:blank");
    driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
    driver.executeCdpCommand(
        "Storage.clearDataForOrigin", Map.of("origin", Api.BASE, "storageTypes", "all"));
    driver.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of()));
    driver.manage().timeouts().implicitlyWait(IMPLICIT_WAIT);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
  }

  private static void dismissAlert(WebDriver driver) {
    try {
      driver.switchTo().alert().dismiss();
    } catch (NoAlertPresentException none) {
      // the usual case
    }
  }

  private static synchronized void quitAll() {
    quietlyQuit(desktop);
    quietlyQuit(phone);
    desktop = null;
    phone = null;
    phoneSize = null;
  }

  private static void quietlyQuit(WebDriver driver) {
    if (driver != null) {
      try {
        driver.quit();
      } catch (WebDriverException alreadyGone) {
        // nothing left to close
      }
    }
  }
}
