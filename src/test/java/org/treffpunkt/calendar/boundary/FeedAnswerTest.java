package org.treffpunkt.calendar.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FeedAnswerTest {

  @Test
  void gzipIsTakenWhenNamedOrStarredAndNotRefused() {
    assertTrue(FeedAnswer.acceptsGzip("gzip"));
    assertTrue(FeedAnswer.acceptsGzip("deflate, gzip;q=0.8, br"));
    assertTrue(FeedAnswer.acceptsGzip("*"));
    assertTrue(FeedAnswer.acceptsGzip("GZIP"));
    assertFalse(FeedAnswer.acceptsGzip(null));
    assertFalse(FeedAnswer.acceptsGzip("identity"));
    assertFalse(FeedAnswer.acceptsGzip("br, deflate"));
    assertFalse(FeedAnswer.acceptsGzip("gzip;q=0"));
    assertFalse(FeedAnswer.acceptsGzip("gzip; q=0.000"));
  }

  @Test
  void ifNoneMatchTakesListsStarAndWeakComparison() {
    String etag = "\"abc\"";
    assertTrue(FeedAnswer.matches("\"abc\"", etag));
    assertTrue(FeedAnswer.matches("\"x\", \"abc\"", etag));
    assertTrue(FeedAnswer.matches("W/\"abc\"", etag));
    assertTrue(FeedAnswer.matches("*", etag));
    assertFalse(FeedAnswer.matches("\"abc-gzip\"", etag));
    assertFalse(FeedAnswer.matches("\"ab\"", etag));
  }
}
