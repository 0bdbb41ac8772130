package org.treffpunkt.calendar.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CalendarServletTest {

  @Test
  void gzipIsTakenWhenNamedOrStarredAndNotRefused() {
    assertTrue(CalendarServlet.acceptsGzip("gzip"));
    assertTrue(CalendarServlet.acceptsGzip("deflate, gzip;q=0.8, br"));
    assertTrue(CalendarServlet.acceptsGzip("*"));
    assertTrue(CalendarServlet.acceptsGzip("GZIP"));
    assertFalse(CalendarServlet.acceptsGzip(null));
    assertFalse(CalendarServlet.acceptsGzip("identity"));
    assertFalse(CalendarServlet.acceptsGzip("br, deflate"));
    assertFalse(CalendarServlet.acceptsGzip("gzip;q=0"));
    assertFalse(CalendarServlet.acceptsGzip("gzip; q=0.000"));
  }

  @Test
  void ifNoneMatchTakesListsStarAndWeakComparison() {
    String etag = "\"abc\"";
    assertTrue(CalendarServlet.matches("\"abc\"", etag));
    assertTrue(CalendarServlet.matches("\"x\", \"abc\"", etag));
    assertTrue(CalendarServlet.matches("W/\"abc\"", etag));
    assertTrue(CalendarServlet.matches("*", etag));
    assertFalse(CalendarServlet.matches("\"abc-gzip\"", etag));
    assertFalse(CalendarServlet.matches("\"ab\"", etag));
  }
}
