package org.treffpunkt.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.treffpunkt.testing.Accounts;
import org.treffpunkt.testing.Api;
import org.treffpunkt.testing.BrowserTest;
import org.treffpunkt.testing.Json;
import org.treffpunkt.testing.ServerTest;

@ServerTest
class RegistrationFormBrowserIT extends BrowserTest {

  private final Api organiser = Accounts.organiser();

  @Override
  protected Dimension window() {
    return new Dimension(390, 844);
  }

  private long meeting(int capacity) {
    LocalDate day = LocalDate.now(ZoneId.of("Europe/Berlin")).plusWeeks(2);
    Api.Reply reply =
        organiser.post(
            "/api/meetings",
            "{\"title\":{\"de\":\""
                + Accounts.unique("Frauencafé")
                + "\",\"ar\":\"مقهى النساء\"},\"formatId\":2,"
                + "\"districtId\":3,\"onlineUrl\":\"https://meet.example.org/f\",\"start\":\""
                + day
                + "T10:00\","
                + "\"end\":\""
                + day
                + "T12:00\",\"capacity\":"
                + capacity
                + ",\"languages\":[\"de\",\"ar\"],\"interpretation\":true,\"childcare\":true}");
    assertEquals(201, reply.status(), reply.toString());
    return Json.id(reply.json());
  }

  @Test
  void aResidentWithoutEmailRegistersInArabicOnAPhoneGetsACodeAndCancelsWithTheLink() {
    long id = meeting(10);

    browser.get(Api.BASE + "/meetings/" + id + "?lang=ar");
    assertEquals("rtl", browser.findElement(By.tagName("html")).getAttribute("dir"));
    browser.findElement(By.id("register-link")).click();
    browser.findElement(By.id("register:name")).sendKeys("ليلى");
    browser.findElement(By.id("register:children")).clear();
    browser.findElement(By.id("register:children")).sendKeys("2");
    browser.findElement(By.cssSelector("input[name='register:languages'][value='ar']")).click();
    browser.findElement(By.id("register:needsInterpretation")).click();
    new org.openqa.selenium.support.ui.Select(
            browser.findElement(By.id("register:interpreterLanguage")))
        .selectByValue("ar");
    browser.findElement(By.id("register:childcare")).click();
    browser.findElement(By.id("register:consent")).click();
    browser.findElement(By.id("register:submit")).click();

    new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("/r/"));
    String code = browser.findElement(By.id("code")).getText();
    assertTrue(code.matches("[A-Z0-9]{4}-[A-Z0-9]{4}"), code);
    assertTrue(browser.findElement(By.cssSelector("svg.qr")).isDisplayed(), "QR code shown");
    assertEquals("تم تسجيلك. لديك مكان.", browser.findElement(By.cssSelector(".notice")).getText());
    String link = browser.findElement(By.id("link")).getAttribute("href");
    String token = link.substring(link.lastIndexOf('/') + 1);
    JsonObject stored = Api.anonymous().get("/api/registrations/" + token).json();
    assertEquals("ليلى", stored.getString("name"));
    assertEquals(2, stored.getInt("children"));
    assertEquals("ar", stored.getString("interpreterLanguage"));
    assertEquals("ar", stored.getString("locale"));
    assertTrue(stored.getJsonObject("needs").getBoolean("childcare"));
    Api.Reply meetingReply = organiser.get("/api/meetings/" + id);
    assertEquals(200, meetingReply.status(), meetingReply.toString());
    assertEquals(3, meetingReply.json().getInt("confirmedPersons"));

    browser.get(link);
    browser.findElement(By.id("cancel:submit")).click();
    browser.switchTo().alert().accept();
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(ExpectedConditions.textToBe(By.id("status"), "ملغى"));
    assertEquals(0, organiser.get("/api/meetings/" + id).json().getInt("confirmedPersons"));
  }

  @Test
  void missingAnswersAreExplainedNextToTheFieldsAndNothingTypedIsLost() {
    long id = meeting(10);

    browser.get(Api.BASE + "/meetings/" + id + "/register?lang=uk");
    browser.findElement(By.id("register:email")).sendKeys("olena@example.org");
    browser.findElement(By.id("register:remark")).sendKeys("Прийду з мамою");
    browser.findElement(By.id("register:submit")).click();

    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("register"), "Будь ласка, заповніть."));
    assertTrue(
        browser
            .findElement(By.id("register"))
            .getText()
            .contains("Погодьтеся з повідомленням про конфіденційність."));
    assertEquals(
        "olena@example.org", browser.findElement(By.id("register:email")).getAttribute("value"));
    assertEquals(
        "Прийду з мамою", browser.findElement(By.id("register:remark")).getAttribute("value"));
    assertEquals(0, organiser.get("/api/meetings/" + id + "/registrations").jsonArray().size());
  }

  @Test
  void whenTheMeetingIsFullTheFormSaysSoAndTheResidentGetsAWaitingPosition() {
    long id = meeting(1);
    organiser.post(
        "/api/meetings/" + id + "/registrations", "{\"name\":\"Erste\",\"consent\":true}");

    browser.get(Api.BASE + "/meetings/" + id + "/register?lang=en");
    assertTrue(browser.findElement(By.tagName("main")).getText().contains("All places are taken."));
    browser.findElement(By.id("register:name")).sendKeys("Sam");
    browser.findElement(By.id("register:consent")).click();
    browser.findElement(By.id("register:submit")).click();

    new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("/r/"));
    assertEquals(
        "Waiting list – number 1 on the waiting list",
        browser.findElement(By.id("status")).getText());
  }
}
