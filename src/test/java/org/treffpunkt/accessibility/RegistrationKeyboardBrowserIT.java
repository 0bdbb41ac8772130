package org.treffpunkt.accessibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.treffpunkt.testing.Accounts;
import org.treffpunkt.testing.Api;
import org.treffpunkt.testing.BrowserTest;
import org.treffpunkt.testing.Fixtures;
import org.treffpunkt.testing.Json;
import org.treffpunkt.testing.ServerTest;

/**
 * A resident who uses no mouse registers with the keyboard alone, and is led to what is missing.
 */
@ServerTest
class RegistrationKeyboardBrowserIT extends BrowserTest {

  private void press(CharSequence... keys) {
    new Actions(browser).sendKeys(keys).perform();
  }

  private String focused() {
    return (String) script("var e = document.activeElement; return e ? e.id : null;");
  }

  /** Presses Tab until the element is focused (at most 60 times: it must be reachable). */
  private void tabTo(String id) {
    for (int i = 0; i < 60 && !id.equals(focused()); i++) {
      press(Keys.TAB);
    }
    assertEquals(id, focused(), "reachable with Tab");
  }

  private void assertFocusRingVisible(String id) {
    String outline =
        (String)
            script(
                "var s = getComputedStyle(document.getElementById(arguments[0]));"
                    + "return s.outlineStyle + ' ' + s.outlineWidth;",
                id);
    assertFalse(outline.startsWith("none"), id + " shows where the focus is: " + outline);
    assertTrue(Double.parseDouble(outline.split(" ")[1].replace("px", "")) >= 2, outline);
  }

  @Test
  void aResidentSkipsToTheFormFillsItInAndSendsItWithTheKeyboardAlone() {
    long id =
        Json.id(
            Fixtures.meeting(
                Accounts.organiser(), Fixtures.today().plusDays(6), "10:00", "12:00", 10, null));
    browser.get(Api.BASE + "/meetings/" + id + "/register?lang=de");
    actAsClient(Fixtures.randomClient());

    press(Keys.TAB);
    WebElement skip = browser.switchTo().activeElement();
    assertTrue(
        skip.getAttribute("class").contains("skip-link"), "the first Tab reaches the skip link");
    assertTrue(skip.isDisplayed() && skip.getRect().getY() >= 0, "and shows it");
    press(Keys.ENTER);
    waiting().until(d -> "main".equals(focused()));

    // sent empty: focus moves to a summary of what is missing, whose entries lead to the fields
    tabTo("register:submit");
    assertFocusRingVisible("register:submit");
    press(Keys.ENTER);
    waiting().until(d -> "error-summary".equals(focused()));
    List<WebElement> entries = browser.findElements(By.cssSelector("#error-summary a"));
    assertTrue(entries.size() >= 2, "name and consent are missing");
    for (WebElement entry : entries) {
      String field = entry.getAttribute("href").replaceFirst(".*#", "");
      String message = entry.getText();
      String describedBy = browser.findElement(By.id(field)).getAttribute("aria-describedby");
      assertTrue(describedBy != null && !describedBy.isBlank(), field + " is tied to its message");
      String said = browser.findElement(By.id(describedBy.split(" ")[0])).getText();
      assertTrue(!said.isBlank() && message.contains(said), field + ": " + message + " / " + said);
    }
    assertEquals("register:name", entries.get(0).getAttribute("href").replaceFirst(".*#", ""));
    press(Keys.TAB);
    press(Keys.ENTER);
    waiting().until(d -> "register:name".equals(focused()));
    assertFocusRingVisible("register:name");

    press("Jonas");
    tabTo("register:consent");
    press(Keys.SPACE);
    assertTrue(browser.findElement(By.id("register:consent")).isSelected());
    tabTo("register:submit");
    press(Keys.ENTER);

    waiting().until(ExpectedConditions.urlContains("/r/"));
    assertEquals(
        "Jonas",
        Api.anonymous()
            .get(
                "/api/registrations/"
                    + browser.getCurrentUrl().replaceFirst(".*/r/", "").replaceFirst("\\?.*", ""))
            .json()
            .getString("name"));
  }
}
