package org.treffpunkt.testing;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;

/** A browser test: a fresh headless Chromium per test, of {@link #window()} size, closed afterwards. */
public abstract class BrowserTest {

  protected WebDriver browser;

  /** The window size; override for a phone. */
  protected Dimension window() {
    return new Dimension(1280, 900);
  }

  @BeforeEach
  void openBrowser() {
    browser = Browser.start(window());
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }
}
