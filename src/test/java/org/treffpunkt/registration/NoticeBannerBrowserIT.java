package org.treffpunkt.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.treffpunkt.testing.Accounts;
import org.treffpunkt.testing.Api;
import org.treffpunkt.testing.BrowserTest;
import org.treffpunkt.testing.Fixtures;
import org.treffpunkt.testing.Json;
import org.treffpunkt.testing.ServerTest;

@ServerTest
class NoticeBannerBrowserIT extends BrowserTest {

  @Override
  protected Dimension window() {
    return new Dimension(390, 844);
  }

  @Test
  void aResidentsOwnPageInArabicShowsTheCancellationWithTheDateAndTheReason() {
    Api organiser = Accounts.organiser();
    LocalDate day = Fixtures.today().plusDays(12);
    long id = Json.id(Fixtures.meeting(organiser, day, "10:00", "12:00", 10, ""));
    JsonObject receipt = Fixtures.register(id, "ليلى", 1, 0, "\"locale\":\"ar\"");
    Api.Reply cancelled =
        organiser.post(
            "/api/meetings/" + id + "/cancel", "{\"reason\":\"Die Heizung ist kaputt.\"}");
    assertEquals(200, cancelled.status(), cancelled.toString());

    browser.get(Api.BASE + "/r/" + receipt.getString("token") + "?lang=ar");

    WebElement banner =
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("notice-0")));
    assertEquals("rtl", browser.findElement(By.tagName("html")).getAttribute("dir"));
    assertEquals("CANCELLED", banner.getAttribute("data-kind"));
    assertEquals("تم إلغاء هذا اللقاء.", banner.findElement(By.tagName("h2")).getText());
    String text = banner.getText();
    assertTrue(text.contains("ملغى"), text);
    assertTrue(text.contains("السبب"), text);
    assertTrue(text.contains("Die Heizung ist kaputt."), "the reason as written: " + text);
    assertTrue(text.contains("https://meet.example.org/x"), "where it would have been: " + text);
    assertTrue(
        banner.getLocation().getY() < browser.findElement(By.id("code")).getLocation().getY(),
        "the banner comes before the registration's details");
  }
}
