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

  /**
   * Waits up to 10 s for a condition; an element replaced by an Ajax update or a page load in the meantime is looked
   * up again rather than failing the test.
   */
  protected org.openqa.selenium.support.ui.WebDriverWait waiting() {
    var wait = new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10));
    wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    return wait;
  }

  /** Logs in through the login form (German) and waits for the back office. */
  protected void logIn(String username) {
    browser.get(Api.BASE + "/login.xhtml?lang=de");
    browser.findElement(org.openqa.selenium.By.id("login:username")).sendKeys(username);
    browser.findElement(org.openqa.selenium.By.cssSelector("#login\\:password, #login\\:password input"))
        .sendKeys(Accounts.PASSWORD);
    browser.findElement(org.openqa.selenium.By.id("login:submit")).click();
    waiting().until(
        org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(
            org.openqa.selenium.By.id("welcome")));
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }
}
