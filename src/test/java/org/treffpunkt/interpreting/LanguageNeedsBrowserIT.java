package org.treffpunkt.interpreting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.treffpunkt.testing.Accounts;
import org.treffpunkt.testing.Api;
import org.treffpunkt.testing.BrowserTest;
import org.treffpunkt.testing.Fixtures;
import org.treffpunkt.testing.Json;
import org.treffpunkt.testing.ServerTest;

@ServerTest
class LanguageNeedsBrowserIT extends BrowserTest {

  @Test
  void anOrganiserAddsAnInterpreterAndBooksThemForAnUrgentUnmetNeed() {
    Accounts.Login login = Accounts.organiserLogin("mittler");
    String username = login.username();
    Api organiser = login.api();
    long id =
        Json.id(
            Fixtures.meeting(organiser, Fixtures.today().plusDays(2), "09:00", "10:00", 10, null));
    Fixtures.register(id, "Hamid", 2, 0, "\"interpreterLanguage\":\"ku\"");
    String interpreter = Accounts.unique("Rojda");

    logIn(username);
    browser.get(Api.BASE + "/manage/interpreters.xhtml");
    browser.findElement(By.id("pool:name")).sendKeys(interpreter);
    browser.findElement(By.id("pool:languages")).sendKeys("ku, TR");
    browser.findElement(By.id("pool:contact")).sendKeys("0391 000000");
    browser.findElement(By.id("pool:add")).click();
    waiting().until(d -> d.findElement(By.id("list")).getText().contains(interpreter));
    assertTrue(browser.findElement(By.id("list")).getText().contains("Kurdisch, Türkisch"));

    browser.get(Api.BASE + "/manage/language-needs.xhtml");
    By card = By.cssSelector("section[data-meeting='" + id + "']");
    String before = browser.findElement(card).getAttribute("class");
    assertTrue(before.contains("unmet") && before.contains("urgent"), before);
    assertTrue(browser.findElement(card).getText().contains("Kurdisch: 2 Personen"));
    new Select(browser.findElement(card).findElement(By.tagName("select")))
        .selectByVisibleText(interpreter);
    browser.findElement(card).findElement(By.tagName("button")).click();
    waiting().until(d -> d.findElement(card).getAttribute("class").contains(" met"));
    assertTrue(browser.findElement(card).getText().contains("gebucht: " + interpreter));
    assertEquals(
        true,
        organiser
            .get("/api/meetings/" + id + "/language-needs")
            .jsonArray()
            .getJsonObject(0)
            .getBoolean("interpreterAssigned"));
  }
}
