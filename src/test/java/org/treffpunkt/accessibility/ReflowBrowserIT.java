package org.treffpunkt.accessibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.treffpunkt.testing.Api;
import org.treffpunkt.testing.BrowserTest;
import org.treffpunkt.testing.Fixtures;
import org.treffpunkt.testing.ServerTest;

/**
 * Reflow (WCAG 1.4.10): on a phone 320 CSS px wide no page scrolls sideways, also with long German
 * words and links. The public pages and the check-in page, left-to-right and right-to-left.
 */
@ServerTest
class ReflowBrowserIT extends BrowserTest {

  private static PageScenario data;

  /** The pages that are too wide, all reported at once. */
  private final StringBuilder problems = new StringBuilder();

  @BeforeAll
  static void createData() {
    data = new PageScenario();
  }

  @Override
  protected Dimension window() {
    return new Dimension(320, 640);
  }

  private void assertNoSidewaysScrolling(String what, String path, String language) {
    browser.get(Api.BASE + path + (path.contains("?") ? "&" : "?") + "lang=" + language);
    waiting().until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", language));
    assertFits(what + " [" + language + "]");
  }

  private void assertFits(String what) {
    long clientWidth = (Long) script("return document.documentElement.clientWidth");
    long scrollWidth = (Long) script("return document.documentElement.scrollWidth");
    assertTrue(clientWidth <= 320, what + ": the viewport is a phone's, " + clientWidth + " px");
    if (scrollWidth > clientWidth) {
      problems.append(
          what
              + " is "
              + scrollWidth
              + " px wide on a "
              + clientWidth
              + " px screen; too wide: "
              + script(
                  "var w = document.documentElement.clientWidth;"
                      + "return Array.from(document.querySelectorAll('body *')).filter(function (e) {"
                      + "  var r = e.getBoundingClientRect(); return r.right > w + 1 || r.left < -1; }).slice(0, 8)"
                      + ".map(function (e) { var r = e.getBoundingClientRect();"
                      + "  return e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(r.left) + '..' + Math.round(r.right); })"
                      + ".join(', ')")
              + "\n");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"de", "ar", "fa"})
  void noPublicPageScrollsSidewaysOnANarrowPhone(String language) {
    assertNoSidewaysScrolling("start page", "/", language);
    assertNoSidewaysScrolling("meeting page", "/meetings/" + data.meeting, language);
    assertNoSidewaysScrolling(
        "registration form", "/meetings/" + data.meeting + "/register", language);
    assertNoSidewaysScrolling(
        "full meeting's form", "/meetings/" + data.full + "/register", language);
    assertNoSidewaysScrolling("registration", "/r/" + data.confirmedToken + "?new=1", language);
    assertNoSidewaysScrolling("waiting list", "/r/" + data.waitingToken + "?new=1", language);
    assertNoSidewaysScrolling("feedback", "/f/" + data.past, language);
    assertNoSidewaysScrolling("help offers", "/offers.xhtml?district=5", language);
    assertNoSidewaysScrolling("help offer", "/offer.xhtml?id=" + data.offer, language);
    assertNoSidewaysScrolling("privacy notice", "/privacy.xhtml", language);
    assertNoSidewaysScrolling("login", "/login.xhtml", language);
    assertNoSidewaysScrolling("page not found", "/meetings/999999999", language);

    browser.get(Api.BASE + "/meetings/" + data.meeting + "/register?lang=" + language);
    actAsClient(Fixtures.randomClient());
    browser.findElement(By.id("register:submit")).click();
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("error-summary")));
    assertFits("registration form with messages [" + language + "]");
    assertEquals("", problems.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"de", "ar"})
  void theCheckInPageFitsANarrowPhone(String language) {
    logIn(data.login.username());
    assertNoSidewaysScrolling(
        "check-in", "/manage/checkin.xhtml?meeting=" + data.meeting, language);
    assertNoSidewaysScrolling(
        "referral card",
        "/manage/referral.xhtml?offer=" + data.offer + "&meeting=" + data.meeting + "&language=fa",
        language);
    assertEquals("", problems.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"de", "ar"})
  void theApiDocumentationFitsANarrowPhone(String language) {
    browser.get(Api.BASE + "/api-docs/?lang=" + language);
    waiting()
        .until(
            ExpectedConditions.numberOfElementsToBeMoreThan(
                By.cssSelector("#swagger-ui .opblock"), 40));
    assertFits("API documentation [" + language + "]");
    browser
        .findElement(By.cssSelector("#swagger-ui .opblock-post .opblock-summary-control"))
        .click();
    waiting()
        .until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#swagger-ui .opblock-body")));
    assertFits("API documentation, an operation open [" + language + "]");
    assertEquals("", problems.toString());
  }
}
