package org.treffpunkt.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.treffpunkt.testing.Accounts;
import org.treffpunkt.testing.Api;
import org.treffpunkt.testing.BrowserTest;
import org.treffpunkt.testing.Fixtures;
import org.treffpunkt.testing.Json;
import org.treffpunkt.testing.ServerTest;

@ServerTest
class CheckInBrowserIT extends BrowserTest {

  @Override
  protected Dimension window() {
    return new Dimension(390, 844);
  }

  @Test
  void anOrganiserChecksSomeoneInAndCountsWalkInsOnAPhone() {
    Accounts.Login login = Accounts.organiserLogin("einlass");
    String username = login.username();
    Api organiser = login.api();
    long id =
        Json.id(
            Fixtures.meeting(organiser, Fixtures.today().plusDays(1), "18:00", "20:00", 20, null));
    String amira = Fixtures.register(id, "Amira Haddad", 2, 0, null).getString("code");
    Fixtures.register(id, "Bogdan Kowalenko", 1, 0, null);

    logIn(username);
    browser.get(Api.BASE + "/manage/checkin.xhtml?meeting=" + id);

    long pageWidth =
        (Long)
            ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth");
    assertTrue(
        pageWidth <= 390,
        () ->
            "no sideways scrolling on a phone, page is "
                + pageWidth
                + " px wide; too wide: "
                + ((JavascriptExecutor) browser)
                    .executeScript(
                        "return Array.from(document.querySelectorAll('body *'))"
                            + ".filter(e => e.getBoundingClientRect().right > 391).slice(0, 8)"
                            + ".map(e => e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))"
                            + ".join(', ')"));
    assertEquals(2, browser.findElements(By.cssSelector(".checkin-list li")).size());

    browser.findElement(By.id("q")).sendKeys("AMIRA");
    waiting()
        .until(
            d ->
                d.findElements(By.cssSelector(".checkin-list li")).stream()
                        .filter(WebElement::isDisplayed)
                        .count()
                    == 1);
    WebElement row =
        browser.findElement(By.cssSelector(".checkin-list li[data-code='" + amira + "']"));
    WebElement button = row.findElement(By.cssSelector("button"));
    assertTrue(button.getSize().getHeight() >= 40, "a big enough target for a thumb");
    button.click();
    waiting().until(ExpectedConditions.textToBe(By.id("attended"), "2"));
    assertTrue(
        browser
            .findElement(By.cssSelector(".checkin-list li[data-code='" + amira + "']"))
            .getAttribute("class")
            .contains("present"));
    assertEquals(
        1,
        browser.findElements(By.cssSelector(".checkin-list li")).stream()
            .filter(WebElement::isDisplayed)
            .count(),
        "the search still applies after the list was refreshed");
    browser.findElement(By.id("q")).clear();
    browser.findElement(By.id("q")).sendKeys(amira.substring(0, 4).toLowerCase());
    waiting()
        .until(
            d ->
                d.findElements(By.cssSelector(".checkin-list li")).stream()
                        .filter(WebElement::isDisplayed)
                        .count()
                    == 1);

    WebElement persons = browser.findElement(By.id("walkins:walkInPersons"));
    persons.clear();
    persons.sendKeys("3");
    new Select(browser.findElement(By.id("walkins:walkInLanguage"))).selectByValue("fa");
    browser.findElement(By.id("walkins:add")).click();
    waiting().until(ExpectedConditions.textToBe(By.id("present"), "5"));
    assertEquals("3", browser.findElement(By.id("walkInCount")).getText());

    JsonObject figures = organiser.get("/api/meetings/" + id + "/attendance").json();
    assertEquals(2, figures.getInt("attendedPersons"));
    assertEquals(
        List.of("3:fa"),
        figures.getJsonArray("walkIns").getValuesAs(JsonObject.class).stream()
            .map(w -> w.getInt("persons") + ":" + w.getString("language"))
            .toList());

    browser
        .findElement(By.cssSelector(".checkin-list li[data-code='" + amira + "'] button"))
        .click();
    waiting().until(ExpectedConditions.textToBe(By.id("attended"), "0"));
    assertEquals(
        0, organiser.get("/api/meetings/" + id + "/attendance").json().getInt("attendedPersons"));
  }

  @Test
  void partnersCannotOpenTheCheckInPage() {
    long partnerId = Accounts.newPartner();
    String username = Accounts.unique("partner");
    Accounts.create(username, "[\"partner\"]", partnerId);
    long id =
        Json.id(
            Fixtures.meeting(Api.admin(), Fixtures.today().plusDays(1), "10:00", "11:00", 5, null));
    logIn(username);
    browser.get(Api.BASE + "/manage/checkin.xhtml?meeting=" + id);
    assertTrue(browser.findElements(By.cssSelector(".checkin-list")).isEmpty());
  }
}
