package org.treffpunkt.accessibility;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.treffpunkt.testing.Accounts;
import org.treffpunkt.testing.Api;
import org.treffpunkt.testing.Axe;
import org.treffpunkt.testing.BrowserTest;
import org.treffpunkt.testing.ServerTest;

/**
 * Every back-office page, as an admin who also organises, in German and Arabic: no serious or
 * critical violation.
 */
@ServerTest
class BackOfficeAccessibilityBrowserIT extends BrowserTest {

  private static PageScenario data;

  /** What axe found on the pages of one test, all reported at once. */
  private final StringBuilder problems = new StringBuilder();

  private static String admin;

  @BeforeAll
  static void createData() {
    data = new PageScenario();
    admin = Accounts.unique("leitung");
    Accounts.create(admin, "[\"admin\",\"organiser\"]", null);
  }

  private void check(String what, String path, By ready, String language) {
    browser.get(Api.BASE + path + (path.contains("?") ? "&" : "?") + "lang=" + language);
    waiting().until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", language));
    waiting().until(ExpectedConditions.presenceOfElementLocated(ready));
    problems.append(Axe.problems(browser, what + " [" + language + "]"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"de", "ar"})
  void everyBackOfficePageHasNoSeriousViolations(String language) {
    logIn(admin);
    check("start", "/manage/", By.id("welcome"), language);
    check(
        "meetings: calendar and list",
        "/manage/meetings.xhtml",
        By.cssSelector(".fc-event, .fc-daygrid-day"),
        language);
    check("new meeting", "/manage/meeting-edit.xhtml", By.id("form:save"), language);
    check(
        "meeting form",
        "/manage/meeting-edit.xhtml?id=" + data.meeting,
        By.id("form:cancel"),
        language);
    check(
        "registrations",
        "/manage/registrations.xhtml?meeting=" + data.meeting,
        By.id("registrations:list"),
        language);
    check(
        "check-in",
        "/manage/checkin.xhtml?meeting=" + data.meeting,
        By.cssSelector(".checkin-list li"),
        language);
    check(
        "needs",
        "/manage/language-needs.xhtml",
        By.cssSelector(".need-card, .empty-state"),
        language);
    check("interpreters", "/manage/interpreters.xhtml", By.id("pool:add"), language);
    check(
        "reports",
        "/manage/reports.xhtml",
        By.cssSelector("[id='report:monthly'] canvas"),
        language);
    check("venues", "/manage/venues.xhtml", By.id("venue:venues"), language);
    check("partners", "/manage/partners.xhtml", By.id("partner:partners"), language);
    check("help offers", "/manage/offers.xhtml", By.id("offer:save"), language);
    check(
        "referral card",
        "/manage/referral.xhtml?offer=" + data.offer + "&meeting=" + data.meeting + "&language=ar",
        By.id("card"),
        language);
    check("users", "/manage/users.xhtml", By.id("users:list"), language);
    check("feeds", "/manage/feeds.xhtml", By.id("feeds:list"), language);
    check("audit log", "/manage/audit.xhtml", By.id("entries"), language);

    // the meeting form's answer to an empty save
    browser.get(Api.BASE + "/manage/meeting-edit.xhtml?lang=" + language);
    browser.findElement(By.id("form:save")).click();
    waiting()
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".ui-message-error")));
    problems.append(Axe.problems(browser, "meeting form with messages [" + language + "]"));
    assertEquals("", problems.toString(), "serious or critical violations");
  }
}
