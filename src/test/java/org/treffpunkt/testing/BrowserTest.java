package org.treffpunkt.testing;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A browser test: the shared headless Chromium of this JVM (see {@link Browser}), reset before each
 * test and set to {@link #window()} size.
 */
public abstract class BrowserTest {

  protected WebDriver browser;

  /** The window size; override for a phone (below 600 px wide the phone browser is used). */
  protected Dimension window() {
    return new Dimension(1280, 900);
  }

  @BeforeEach
  void openBrowser() {
    browser = Browser.shared(window());
  }

  @AfterEach
  void leavePage() {
    if (browser != null) {
      Browser.release(browser);
    }
  }

  /**
   * Waits up to 10 s for a condition; an element replaced by an Ajax update or a page load in the
   * meantime is looked up again rather than failing the test.
   */
  protected WebDriverWait waiting() {
    var wait = new WebDriverWait(browser, Duration.ofSeconds(10));
    wait.ignoring(StaleElementReferenceException.class);
    return wait;
  }

  protected Object script(String js, Object... args) {
    return ((JavascriptExecutor) browser).executeScript(js, args);
  }

  /** Sends the following requests as from another client address (each with its own rate limit). */
  protected void actAsClient(String address) {
    Browser.actAsClient(browser, address);
  }

  /** Logs in through the login form (German) and waits for the back office. */
  protected void logIn(String username) {
    browser.get(Api.BASE + "/login.xhtml?lang=de");
    browser.findElement(By.id("login:username")).sendKeys(username);
    browser
        .findElement(By.cssSelector("#login\\:password, #login\\:password input"))
        .sendKeys(Accounts.PASSWORD);
    browser.findElement(By.id("login:submit")).click();
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("welcome")));
  }
}
