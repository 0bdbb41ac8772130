package org.treffpunkt.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.treffpunkt.testing.Accounts;
import org.treffpunkt.testing.Api;
import org.treffpunkt.testing.BrowserTest;
import org.treffpunkt.testing.ServerTest;

@ServerTest
class ManageMeetingsBrowserIT extends BrowserTest {

  /**
   * Date and time inputs are set as a script would; typing into them depends on the browser's
   * locale.
   */
  private void setValue(String id, String value) {
    WebElement input = browser.findElement(By.id(id));
    ((JavascriptExecutor) browser)
        .executeScript("arguments[0].value = arguments[1];", input, value);
  }

  @Test
  void anOrganiserCreatesAWeeklySeriesAndFindsItsDatesInTheCalendarAndOnThePublicList() {
    String username = Accounts.unique("planner");
    Accounts.create(username, "[\"organiser\"]", null);
    String title = Accounts.unique("Wochentreff");
    LocalDate first = LocalDate.now(ZoneId.of("Europe/Berlin")).plusDays(1);
    logIn(username);

    browser.get(Api.BASE + "/manage/meeting-edit.xhtml");
    browser.findElement(By.id("form:title_de")).sendKeys(title);
    new Select(browser.findElement(By.id("form:format")))
        .selectByVisibleText("Nachbarschaftstreffen");
    new Select(browser.findElement(By.id("form:district"))).selectByVisibleText("Sudenburg");
    browser.findElement(By.id("form:onlineUrl")).sendKeys("https://meet.example.org/woche");
    setValue("form:date", first.toString());
    setValue("form:startTime", "17:00");
    setValue("form:endTime", "18:30");
    new Select(browser.findElement(By.id("form:frequency"))).selectByValue("WEEKLY");
    browser.findElement(By.id("form:count")).sendKeys("4");
    WebElement languages = browser.findElement(By.id("form:languages"));
    languages.clear();
    languages.sendKeys("de, ar");
    browser.findElement(By.id("form:save")).click();

    new WebDriverWait(browser, Duration.ofSeconds(15))
        .until(ExpectedConditions.urlContains("/manage/meetings.xhtml"));
    assertEquals("Gespeichert.", browser.findElement(By.id("notice")).getText());
    List<WebElement> events =
        new WebDriverWait(browser, Duration.ofSeconds(15))
            .until(
                ExpectedConditions.presenceOfAllElementsLocatedBy(
                    By.xpath("//*[contains(@class,'fc-event')][contains(., '" + title + "')]")));
    assertTrue(events.size() >= 1, "the first date is in this month's calendar");

    String list = Api.anonymous().get("/?from=" + first + "&district=sudenburg").body();
    assertEquals(
        4,
        Pattern.compile(Pattern.quote(title)).matcher(list).results().count(),
        "four dates listed");
    for (int week = 0; week < 4; week++) {
      assertTrue(list.contains(first.plusWeeks(week) + "T17:00:00+0"), "date " + week);
    }
  }

  @Test
  void theFormShowsFieldMessagesAndKeepsWhatWasTyped() {
    String username = Accounts.unique("hasty");
    Accounts.create(username, "[\"organiser\"]", null);
    logIn(username);

    browser.get(Api.BASE + "/manage/meeting-edit.xhtml?lang=en");
    browser.findElement(By.id("form:summary_de")).sendKeys("Nur eine Zusammenfassung");
    browser.findElement(By.id("form:save")).click();

    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(
            ExpectedConditions.textToBePresentInElementLocated(By.id("form"), "Please fill in."));
    String page = browser.findElement(By.id("form")).getText();
    assertTrue(page.contains("Please choose a venue or give an online link."), page);
    assertEquals(
        "Nur eine Zusammenfassung",
        browser.findElement(By.id("form:summary_de")).getAttribute("value"));
  }

  @Test
  void anOrganiserAddsAVenueAndAPartnerInTheBackOffice() {
    String username = Accounts.unique("keeper");
    Accounts.create(username, "[\"organiser\"]", null);
    String venue = Accounts.unique("Bürgerhaus");
    String partner = Accounts.unique("Beratungsstelle");
    logIn(username);

    browser.get(Api.BASE + "/manage/venues.xhtml");
    browser.findElement(By.id("venue:name")).sendKeys(venue);
    browser.findElement(By.id("venue:address")).sendKeys("Halberstädter Str. 1");
    new Select(browser.findElement(By.id("venue:districtId"))).selectByVisibleText("Sudenburg");
    browser.findElement(By.id("venue:stepFree")).click();
    browser.findElement(By.id("venue:save")).click();
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("venue:venues"), venue));

    browser.get(Api.BASE + "/manage/partners.xhtml");
    browser.findElement(By.id("partner:name")).sendKeys(partner);
    browser.findElement(By.id("partner:save")).click();
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(
            ExpectedConditions.textToBePresentInElementLocated(By.id("partner:partners"), partner));

    assertTrue(Api.anonymous().get("/api/venues").body().contains(venue));
    assertTrue(Api.admin().get("/api/partners").body().contains(partner));
  }

  @Test
  void userAccountsAreForAdminsOnly() {
    String username = Accounts.unique("curious");
    Accounts.create(username, "[\"organiser\"]", null);
    logIn(username);

    browser.get(Api.BASE + "/manage/users.xhtml?lang=en");

    assertTrue(
        browser.getPageSource().contains("Your account may not see this page."),
        browser.getPageSource());
  }

  @Test
  void anOrganiserSeesAMeetingsRegistrationsWithNeedsAndCancelsOne() {
    String username = Accounts.unique("desk");
    Accounts.create(username, "[\"organiser\"]", null);
    Api organiser = Api.as(username, Accounts.PASSWORD);
    LocalDate day = LocalDate.now(ZoneId.of("Europe/Berlin")).plusWeeks(1);
    long id =
        org.treffpunkt.testing.Json.id(
            organiser
                .post(
                    "/api/meetings",
                    "{\"title\":{\"de\":\"Elterncafé\"},\"formatId\":2,\"districtId\":3,\"onlineUrl\":\"https://x.example\","
                        + "\"start\":\""
                        + day
                        + "T10:00\",\"end\":\""
                        + day
                        + "T11:00\",\"capacity\":2}")
                .json());
    for (String name : List.of("Dilan", "Mehmet", "Yusuf")) {
      organiser.post(
          "/api/meetings/" + id + "/registrations",
          "{\"name\":\"" + name + "\",\"consent\":true,\"interpreterLanguage\":\"tr\"}");
    }
    logIn(username);

    browser.get(Api.BASE + "/manage/registrations.xhtml?meeting=" + id + "&lang=en");

    assertEquals(
        "2 of 2 places taken, 1 people waiting.",
        browser.findElement(By.id("occupancy")).getText());
    String table = browser.findElement(By.id("registrations:list")).getText();
    assertTrue(
        table.contains("Dilan") && table.contains("Yusuf") && table.contains("Turkish"), table);
    browser
        .findElements(By.xpath("//tr[contains(., 'Dilan')]//button[contains(., 'Cancel')]"))
        .get(0)
        .click();
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(
            ExpectedConditions.textToBe(
                By.id("occupancy"), "2 of 2 places taken, 0 people waiting."));
  }

  @Test
  void anOrganiserChangesASeriesFromTheSecondDateOn() {
    String username = Accounts.unique("reshaper");
    Accounts.create(username, "[\"organiser\"]", null);
    Api organiser = Api.as(username, Accounts.PASSWORD);
    String title = Accounts.unique("Gesprächskreis");
    Api.Reply created =
        organiser.post(
            "/api/series",
            "{\"title\":{\"de\":\""
                + title
                + "\"},\"formatId\":3,\"districtId\":3,\"onlineUrl\":\"https://x.example\","
                + "\"start\":\"2027-09-06T18:00\",\"end\":\"2027-09-06T19:00\",\"capacity\":8,"
                + "\"recurrence\":{\"frequency\":\"WEEKLY\",\"count\":4}}");
    List<Long> ids =
        created
            .json()
            .getJsonArray("meetingIds")
            .getValuesAs(jakarta.json.JsonNumber.class)
            .stream()
            .map(n -> n.longValue())
            .toList();
    logIn(username);

    browser.get(Api.BASE + "/manage/meeting-edit.xhtml?id=" + ids.get(1));
    setValue("form:startTime", "17:30");
    setValue("form:endTime", "19:00");
    WebElement capacity = browser.findElement(By.id("form:capacity"));
    capacity.clear();
    capacity.sendKeys("15");
    browser.findElement(By.id("form:saveSeries")).click();
    new WebDriverWait(browser, Duration.ofSeconds(15))
        .until(ExpectedConditions.urlContains("/manage/meetings.xhtml"));

    List<String> starts =
        ids.stream()
            .map(id -> organiser.get("/api/meetings/" + id).json().getString("start"))
            .toList();
    assertEquals(
        List.of(
            "2027-09-06T18:00:00+02:00",
            "2027-09-13T17:30:00+02:00",
            "2027-09-20T17:30:00+02:00",
            "2027-09-27T17:30:00+02:00"),
        starts);
    assertEquals(8, organiser.get("/api/meetings/" + ids.get(0)).json().getInt("capacity"));
    assertEquals(15, organiser.get("/api/meetings/" + ids.get(3)).json().getInt("capacity"));
  }
}
