package org.treffpunkt.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.treffpunkt.testing.Api;
import org.treffpunkt.testing.BrowserTest;
import org.treffpunkt.testing.ServerTest;

@ServerTest
class ReportBrowserIT extends BrowserTest {

  @Test
  void aResidentGivesFeedbackInArabicAndTheReportPageDrawsItsCharts() {
    ReportScenario s = new ReportScenario();

    browser.get(Api.BASE + "/f/" + s.meetingB + "?lang=ar");
    assertEquals("rtl", browser.findElement(By.tagName("html")).getAttribute("dir"));
    browser.findElement(By.cssSelector("input[name='feedback:answer'][value='PARTLY']")).click();
    browser.findElement(By.id("feedback:comment")).sendKeys("شكراً");
    browser.findElement(By.id("feedback:send")).click();
    waiting()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("thanks"), "شكراً لملاحظاتك!"));

    logIn(s.login.username());
    browser.get(Api.BASE + "/manage/reports.xhtml");
    script(
        "arguments[0].value = arguments[1];", browser.findElement(By.id("report:from")), s.from());
    script("arguments[0].value = arguments[1];", browser.findElement(By.id("report:to")), s.to());
    browser.findElement(By.id("report:apply")).click();
    waiting()
        .until(
            d ->
                "11"
                    .equals(
                        d.findElement(By.cssSelector("#totals dd[data-measure='confirmedPersons']"))
                            .getText()));

    for (String chart : List.of("monthly", "formats", "languages")) {
      WebElement canvas =
          waiting()
              .until(
                  ExpectedConditions.presenceOfElementLocated(
                      By.cssSelector("[id='report:" + chart + "'] canvas")));
      waiting()
          .until(
              d ->
                  script("return window.Chart && Chart.getChart(arguments[0]) != null", canvas)
                      .equals(true));
      assertTrue(
          ((Number) script("return arguments[0].width", canvas)).intValue() > 0,
          chart + " is drawn");
    }
    assertEquals(
        List.of(11L, 9L, 6L),
        script(
            "var c = Chart.getChart(document.querySelector(\"[id='report:monthly'] canvas\"));"
                + "return c.data.datasets.map(function (d) { return d.data[0]; });"),
        "persons with a place, present, walk-ins in the month");
    assertEquals(
        List.of(1L, 1L),
        script(
            "return Chart.getChart(document.querySelector(\"[id='report:formats'] canvas\"))"
                + ".data.datasets[0].data;"),
        "meetings held per format");
    assertEquals(
        java.util.Arrays.asList(null, 5L, null),
        script(
            "return Chart.getChart(document.querySelector(\"[id='report:languages'] canvas\"))"
                + ".data.datasets[0].data;"),
        "Arabic and Ukrainian under 5 are left out, Persian 5");
    assertEquals(
        "<5",
        browser.findElement(By.cssSelector("#totals dd[data-measure='feedbackPartly']")).getText());
    assertEquals(1, browser.findElements(By.cssSelector("#months tbody tr")).size());

    browser.get(Api.BASE + "/manage/checkin.xhtml?meeting=" + s.meetingB);
    String feedback = browser.findElement(By.id("feedback")).getText();
    assertTrue(
        feedback.contains("Nein: 2")
            && feedback.contains("Teilweise: 1")
            && feedback.contains("شكراً"),
        feedback);
  }
}
