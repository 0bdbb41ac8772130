package org.treffpunkt.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;

/**
 * Checks the page in the browser with axe-core (bundled in Deque's jar, injected by WebDriver, so
 * no network and no page script is needed) against WCAG 2.0 and 2.1, levels A and AA. Serious and
 * critical violations fail the test.
 */
public final class Axe {

  public static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
  private static final Set<String> FAILING = Set.of("serious", "critical");

  private Axe() {}

  /** The serious and critical violations on the page now. */
  public static List<Rule> seriousViolations(WebDriver driver) {
    // Legacy mode runs axe in the page itself: our pages have no frames, and the newer mode opens
    // an extra tab.
    // The builder looks for frames with findElements, which would wait the implicit wait out on
    // every page.
    Duration implicitWait = driver.manage().timeouts().getImplicitWaitTimeout();
    driver.manage().timeouts().implicitlyWait(Duration.ZERO);
    Results results;
    try {
      results = new AxeBuilder().withTags(TAGS).setLegacyMode(true).analyze(driver);
    } finally {
      driver.manage().timeouts().implicitlyWait(implicitWait);
    }
    // a failed run comes back with no violations at all: it must not pass for a clean page
    assertFalse(results.isErrored(), () -> "axe could not run: " + results.getErrorMessage());
    return results.getViolations().stream().filter(r -> FAILING.contains(r.getImpact())).toList();
  }

  /**
   * Fails with each rule, its impact and the elements (selector and HTML) if the page has serious
   * violations.
   */
  public static void check(WebDriver driver, String page) {
    String problems = problems(driver, page);
    assertTrue(problems.isEmpty(), problems);
  }

  /**
   * The serious violations of the page as text (rule, impact, elements), empty if there are none;
   * for tests that look at many pages and report all of them at once.
   */
  public static String problems(WebDriver driver, String page) {
    List<Rule> violations = seriousViolations(driver);
    return violations.isEmpty()
        ? ""
        : page + " (" + driver.getCurrentUrl() + "): " + describe(violations) + "\n";
  }

  public static String describe(List<Rule> violations) {
    return violations.stream().map(Axe::describe).collect(Collectors.joining("\n", "\n", ""));
  }

  private static String describe(Rule rule) {
    return rule.getId()
        + " ("
        + rule.getImpact()
        + "): "
        + rule.getHelp()
        + rule.getNodes().stream().map(Axe::describe).collect(Collectors.joining(""));
  }

  private static String describe(CheckedNode node) {
    String html = node.getHtml();
    return "\n    "
        + node.getTarget()
        + "  "
        + (html.length() > 300 ? html.substring(0, 300) + "…" : html)
        + (node.getFailureSummary() == null
            ? ""
            : "\n      " + node.getFailureSummary().replace("\n", "\n      "));
  }
}
