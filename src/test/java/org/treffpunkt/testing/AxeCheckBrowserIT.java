package org.treffpunkt.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/**
 * The accessibility check itself: it fails on a page with violations and names them; a clean page
 * passes. No server.
 */
class AxeCheckBrowserIT extends BrowserTest {

  private static final String HEAD =
      "<!DOCTYPE html><html lang='de'><head><meta charset='utf-8'><title>Probe</title>"
          + "</head><body><main><h1>Probe</h1>";

  private void open(String body) {
    browser.get(
        "data:text/html;charset=utf-8,"
            + URLEncoder.encode(HEAD + body + "</main></body></html>", StandardCharsets.UTF_8)
                .replace("+", "%20"));
  }

  @Test
  void anUnlabeledInputAndPaleTextFailTheCheckWithRuleAndElement() {
    open(
        "<form><input type='text' name='nachname'></form><p style='color:#aaa;background:#fff'>blass</p>");

    assertEquals(
        List.of("color-contrast", "label"),
        Axe.seriousViolations(browser).stream().map(r -> r.getId()).sorted().toList());
    AssertionFailedError failure =
        assertThrows(AssertionFailedError.class, () -> Axe.check(browser, "Probe"));
    String message = failure.getMessage();
    assertTrue(
        message.contains("label (critical)")
            && message.contains("<input type=\"text\" name=\"nachname\">")
            && message.contains("color-contrast (serious)")
            && message.contains("[p]"),
        message);
  }

  @Test
  void theSamePageWithALabelAndDarkTextPasses() {
    open(
        "<form><label for='n'>Nachname</label><input id='n' type='text' name='nachname'></form>"
            + "<p style='color:#1b1b1b;background:#fff'>deutlich</p>");

    Axe.check(browser, "Probe");
  }
}
