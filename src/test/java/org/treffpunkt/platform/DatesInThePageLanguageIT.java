package org.treffpunkt.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.treffpunkt.testing.Accounts;
import org.treffpunkt.testing.Api;
import org.treffpunkt.testing.Fixtures;
import org.treffpunkt.testing.Json;
import org.treffpunkt.testing.ServerTest;

/**
 * The start page's date filter is a text field in the page's format, whatever the browser's
 * language.
 */
@ServerTest
class DatesInThePageLanguageIT {

  private static String page(String query) {
    Api.Reply reply = Api.anonymous().get("/?" + query);
    assertEquals(200, reply.status(), reply.toString());
    return reply.body();
  }

  private static String encoded(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  @Test
  void theDateFilterShowsAndReadsThePageLanguagesFormat() {
    LocalDate day = Fixtures.today().plusDays(40);
    String link =
        "href=\"/meetings/"
            + Json.id(
                Fixtures.meeting(
                    Accounts.organiser(), day, "09:00", "10:00", 5, "\"districtId\":7"))
            + "\"";
    String german = day.getDayOfMonth() + "." + day.getMonthValue() + "." + day.getYear();

    String de = page("lang=de&district=7&from=" + encoded(german));
    assertTrue(
        de.contains(
            "value=\""
                + String.format(
                    "%02d.%02d.%d", day.getDayOfMonth(), day.getMonthValue(), day.getYear())
                + "\""),
        "shown in the German format");
    assertTrue(de.contains("Format TT.MM.JJJJ, z. B. 31.03.2027"), "with a hint");
    assertTrue(de.contains(link), "the meeting on that day is listed");
    LocalDate next = day.plusDays(1);
    String nextGerman = next.getDayOfMonth() + "." + next.getMonthValue() + "." + next.getYear();
    assertFalse(
        page("lang=de&district=7&from=" + encoded(nextGerman)).contains(link),
        "from the next day on not");

    String arabicDigits =
        String.format("%02d/%02d/%d", day.getDayOfMonth(), day.getMonthValue(), day.getYear())
            .chars()
            .map(c -> Character.isDigit(c) ? '٠' + (c - '0') : c)
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
            .toString();
    String ar = page("lang=ar&district=7&from=" + day);
    assertTrue(
        ar.contains("value=\"" + arabicDigits + "\""),
        "ISO is read, the Arabic page shows its own digits");
    assertTrue(ar.contains(link));
    assertTrue(
        page("lang=ar&district=7&from=" + encoded(arabicDigits)).contains(link),
        "and reads them back");
  }
}
