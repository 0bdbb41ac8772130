package org.treffpunkt.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.treffpunkt.testing.Accounts;
import org.treffpunkt.testing.Api;
import org.treffpunkt.testing.BrowserTest;
import org.treffpunkt.testing.ServerTest;

@ServerTest
class LanguageSwitchBrowserIT extends BrowserTest {

  private WebElement html() {
    return browser.findElement(By.tagName("html"));
  }

  @Test
  void theStartPageSwitchesToArabicRightToLeftAndKeepsTheChoice() {
    browser.get(Api.BASE + "/");
    assertEquals("de", html().getAttribute("lang"));
    assertEquals("ltr", html().getAttribute("dir"));
    assertEquals("Treffen in Magdeburg", browser.findElement(By.tagName("h1")).getText());

    browser.findElement(By.cssSelector(".language-switch a[hreflang='ar']")).click();
    waiting().until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "ar"));

    assertEquals("ar", html().getAttribute("lang"));
    assertEquals("rtl", html().getAttribute("dir"));
    assertEquals("لقاءات في ماغدبورغ", browser.findElement(By.tagName("h1")).getText());
    assertEquals(
        "true",
        browser.findElement(By.cssSelector("a[hreflang='ar']")).getAttribute("aria-current"));

    browser.get(Api.BASE + "/login.xhtml");
    waiting().until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "ar"));
    assertEquals("rtl", html().getAttribute("dir"), "the choice is kept on the next page");
    assertEquals("ar", html().getAttribute("lang"));
  }

  @Test
  void anOrganiserLogsInWithTheFormReachesTheBackOfficeAndLogsOut() {
    String username = Accounts.unique("browser");
    Accounts.create(username, "[\"organiser\"]", null);

    browser.get(Api.BASE + "/manage/?lang=en");
    assertTrue(browser.getCurrentUrl().contains("/login.xhtml"), browser.getCurrentUrl());
    browser.findElement(By.id("login:username")).sendKeys(username);
    browser
        .findElement(By.cssSelector("#login\\:password, #login\\:password input"))
        .sendKeys(Accounts.PASSWORD);
    browser.findElement(By.id("login:submit")).click();

    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(ExpectedConditions.urlContains("/manage/"));
    assertEquals(
        "Welcome, Test " + username + ".", browser.findElement(By.id("welcome")).getText());

    browser.findElement(By.id("logout:submit")).click();
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(ExpectedConditions.not(ExpectedConditions.urlContains("/manage/")));
    browser.get(Api.BASE + "/manage/");
    assertTrue(
        browser.getCurrentUrl().contains("/login.xhtml"), "logged out: " + browser.getCurrentUrl());
  }

  @Test
  void aWrongPasswordShowsAMessageInTheLanguageOfThePage() {
    browser.get(Api.BASE + "/login.xhtml?lang=de");
    browser.findElement(By.id("login:username")).sendKeys("admin");
    browser
        .findElement(By.cssSelector("#login\\:password, #login\\:password input"))
        .sendKeys("falsch falsch");
    browser.findElement(By.id("login:submit")).click();

    // the answer is a new page: wait for its message, not for the click
    waiting()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("login:messages"), "Benutzername oder Passwort ist falsch."));
    assertTrue(browser.getCurrentUrl().contains("/login.xhtml"));
    assertEquals(
        "",
        browser
            .findElement(By.cssSelector("#login\\:password, #login\\:password input"))
            .getAttribute("value"),
        "the wrong password is not sent back");
  }
}
