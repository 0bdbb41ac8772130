package org.treffpunkt.audit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.treffpunkt.testing.Accounts;
import org.treffpunkt.testing.Api;
import org.treffpunkt.testing.BrowserTest;
import org.treffpunkt.testing.Fixtures;
import org.treffpunkt.testing.Json;
import org.treffpunkt.testing.ServerTest;

@ServerTest
class AuditPageBrowserIT extends BrowserTest {

  @Test
  void adminsSeeWhoLookedAtARegistrationListOrganisersCannotOpenTheLog() {
    String admin = Accounts.unique("aufsicht");
    Accounts.create(admin, "[\"admin\"]", null);
    long meeting =
        Json.id(
            Fixtures.meeting(Api.admin(), Fixtures.today().plusDays(4), "10:00", "11:00", 5, null));
    Fixtures.register(meeting, "Rana", 1, 0, null);

    logIn(admin);
    browser.get(Api.BASE + "/manage/registrations.xhtml?meeting=" + meeting);
    assertTrue(browser.findElement(By.id("registrations")).getText().contains("Rana"));
    browser.get(Api.BASE + "/manage/audit.xhtml");
    String log = browser.findElement(By.id("entries")).getText();
    assertTrue(log.contains(admin) && log.contains("Anmeldungen angesehen"), log);
    assertFalse(log.contains("Rana"), "the log names staff, never residents");

    browser.manage().deleteAllCookies();
    Accounts.Login organiser = Accounts.organiserLogin("neugierig");
    logIn(organiser.username());
    browser.get(Api.BASE + "/manage/audit.xhtml");
    assertTrue(browser.findElements(By.id("entries")).isEmpty(), "organisers do not see the log");
    assertTrue(
        browser.findElement(By.tagName("h1")).getText().contains("Kein Zugriff"),
        "but the forbidden page");
  }
}
