package org.treffpunkt.accessibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.treffpunkt.testing.Api;
import org.treffpunkt.testing.Axe;
import org.treffpunkt.testing.BrowserTest;
import org.treffpunkt.testing.Fixtures;
import org.treffpunkt.testing.ServerTest;

/**
 * Every public page in all seven languages, checked by axe against WCAG 2.1 A and AA: no serious or
 * critical violation. Also checks that each page has its own title.
 */
@ServerTest
class PublicPagesAccessibilityBrowserIT extends BrowserTest {

  private static PageScenario data;

  /** What axe found on the pages of one test, all reported at once. */
  private final StringBuilder problems = new StringBuilder();

  @BeforeAll
  static void createData() {
    data = new PageScenario();
  }

  /**
   * Opens a page in the language, waits for its main content and checks it; returns the page's
   * title.
   */
  private String check(String what, String path, String language) {
    browser.get(Api.BASE + path + (path.contains("?") ? "&" : "?") + "lang=" + language);
    waiting().until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", language));
    problems.append(Axe.problems(browser, what + " [" + language + "]"));
    return browser.getTitle();
  }

  @ParameterizedTest
  @ValueSource(strings = {"de", "en", "ar", "fa", "uk", "ru", "tr"})
  void everyPublicPageHasNoSeriousViolations(String language) {
    List<String> titles = new ArrayList<>();
    titles.add(check("start page", "/", language));
    assertEquals(
        "de:de:ltr en:en:ltr ar:ar:rtl fa:fa:rtl uk:uk:ltr ru:ru:ltr tr:tr:ltr",
        script(
            "return Array.from(document.querySelectorAll('.language-switch a')).map(function (a) {"
                + " return a.hreflang + ':' + a.lang + ':' + a.dir; }).join(' ')"),
        "each language's name in its own language and direction");
    titles.add(check("meeting page", "/meetings/" + data.meeting, language));
    assertEquals(
        "auto",
        browser.findElement(By.tagName("h1")).getAttribute("dir"),
        "the title keeps its direction");
    titles.add(check("registration form", "/meetings/" + data.meeting + "/register", language));
    titles.add(
        check(
            "full meeting's registration form", "/meetings/" + data.full + "/register", language));
    titles.add(check("confirmed registration", "/r/" + data.confirmedToken + "?new=1", language));
    titles.add(check("waiting-list registration", "/r/" + data.waitingToken + "?new=1", language));
    titles.add(check("feedback form", "/f/" + data.past, language));
    titles.add(check("help offers", "/offers.xhtml?district=5", language));
    titles.add(check("help offer", "/offer.xhtml?id=" + data.offer, language));
    titles.add(check("privacy notice", "/privacy.xhtml", language));
    titles.add(check("login", "/login.xhtml", language));
    titles.add(check("page not found", "/meetings/999999999", language));

    // the registration form's answer to an empty submit: the messages, and the summary that leads
    // to them
    browser.get(Api.BASE + "/meetings/" + data.meeting + "/register?lang=" + language);
    actAsClient(Fixtures.randomClient());
    browser.findElement(By.id("register:submit")).click();
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("error-summary")));
    problems.append(Axe.problems(browser, "registration form with messages [" + language + "]"));
    assertEquals("", problems.toString(), "serious or critical violations");

    Set<String> distinct = new LinkedHashSet<>(titles);
    // the two registration forms and the two answers name their meeting in the title
    assertEquals(titles.size(), distinct.size(), () -> "every page its own title: " + titles);
  }

  /**
   * The API reference (/api-docs/, Swagger UI) once it has rendered the document, with an operation
   * opened; its page chrome in a left-to-right and a right-to-left language.
   */
  @ParameterizedTest
  @ValueSource(strings = {"de", "ar"})
  void theApiDocumentationHasNoSeriousViolations(String language) {
    browser.get(Api.BASE + "/api-docs/?lang=" + language);
    waiting()
        .until(
            ExpectedConditions.numberOfElementsToBeMoreThan(
                By.cssSelector("#swagger-ui .opblock"), 40));
    problems.append(Axe.problems(browser, "API documentation [" + language + "]"));
    browser
        .findElement(By.cssSelector("#swagger-ui .opblock-post .opblock-summary-control"))
        .click();
    waiting()
        .until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#swagger-ui .opblock-body")));
    problems.append(
        Axe.problems(browser, "API documentation, an operation open [" + language + "]"));
    assertEquals("", problems.toString(), "serious or critical violations");
    assertTrue(browser.getTitle().startsWith(browser.findElement(By.tagName("h1")).getText()));
  }
}
