package org.treffpunkt.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.treffpunkt.testing.Accounts;
import org.treffpunkt.testing.Api;
import org.treffpunkt.testing.Axe;
import org.treffpunkt.testing.BrowserTest;
import org.treffpunkt.testing.Fixtures;
import org.treffpunkt.testing.Json;
import org.treffpunkt.testing.ServerTest;

/**
 * A resident books a slot of an advice hour in Persian on a phone, and the adviser marks the
 * booking as seen in the day view on a phone.
 */
@ServerTest
class AdviceSlotBrowserIT extends BrowserTest {

  @Override
  protected Dimension window() {
    return new Dimension(390, 844);
  }

  @Test
  void aResidentBooksASlotInPersianAndTheAdviserMarksItSeen() {
    Accounts.Login login = Accounts.organiserLogin("beratung");
    LocalDate day = Fixtures.today().plusDays(2);
    long id =
        Json.id(
            Fixtures.meeting(
                login.api(),
                day,
                "10:00",
                "11:00",
                null,
                "\"formatId\":4,\"slots\":{\"minutes\":20},\"interpretation\":true"));
    Api.Reply first =
        Api.anonymous()
            .post(
                "/api/meetings/" + id + "/registrations",
                "{\"name\":\"Erste\",\"consent\":true,\"slot\":\""
                    + day
                    + "T10:00\",\"topic\":\"work\"}",
                "X-Forwarded-For",
                Fixtures.randomClient());
    assertEquals(201, first.status(), first.toString());

    browser.get(Api.BASE + "/meetings/" + id + "/register?lang=fa");
    WebElement taken = slotChoice(day + "T10:00");
    assertFalse(taken.isEnabled(), "a taken slot cannot be chosen");
    Axe.check(browser, "registration form with slots (fa)");
    assertTrue(
        (Long) script("return document.documentElement.scrollWidth") <= 390,
        "no sideways scrolling on a phone");

    slotChoice(day + "T10:20").click();
    new Select(browser.findElement(By.id("register:topic"))).selectByValue("housing");
    browser.findElement(By.id("register:name")).sendKeys("Dariush");
    browser.findElement(By.id("register:consent")).click();
    browser.findElement(By.id("register:submit")).click();

    waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("slot")));
    assertEquals("مسکن", browser.findElement(By.id("topic")).getText());
    assertEquals(
        day + "T10:20",
        browser
            .findElement(By.cssSelector("#slot time"))
            .getAttribute("datetime")
            .substring(0, 16));
    assertTrue(
        browser.findElement(By.id("slot")).getText().contains("۱۰:۲۰"),
        "the time in Persian digits: " + browser.findElement(By.id("slot")).getText());
    String code = browser.findElement(By.id("code")).getText();

    logIn(login.username());
    browser.get(Api.BASE + "/manage/checkin.xhtml?meeting=" + id);
    WebElement row =
        browser.findElement(By.cssSelector(".checkin-list li[data-code='" + code + "']"));
    assertTrue(row.getText().contains("Wohnen"), row.getText());
    assertTrue(row.getText().contains("10:20"), row.getText());
    assertTrue(
        browser.findElement(By.id("dayPlan")).getText().contains("0 von 1 gebucht")
            || browser.findElement(By.id("dayPlan")).getText().contains("1 von 1 gebucht"),
        "the day plan lists the slots");
    row.findElement(By.cssSelector("button")).click();
    waiting()
        .until(
            d ->
                d.findElement(By.cssSelector(".checkin-list li[data-code='" + code + "']"))
                    .getAttribute("class")
                    .contains("present"));
    waiting()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("dayPlan"), "1 von 1 gebucht, 1 beraten"));
    Axe.check(browser, "adviser's day view");
    assertTrue(
        (Long) script("return document.documentElement.scrollWidth") <= 390,
        "no sideways scrolling on a phone");
  }

  private WebElement slotChoice(String value) {
    return browser.findElement(
        By.cssSelector("input[name='register:slot'][value='" + value + "']"));
  }
}
