package org.treffpunkt.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class KeptUntilChangedTest {

  private final KeptUntilChanged<String> kept = new KeptUntilChanged<>(2);
  private final AtomicInteger made = new AtomicInteger();

  private String make() {
    return "value " + made.incrementAndGet();
  }

  @Test
  void aValueIsKeptWhileTheStampStaysAndMadeAgainForANewStamp() {
    assertEquals("value 1", kept.get(1L, "a", this::make));
    assertEquals("value 1", kept.get(1L, "a", this::make));
    assertEquals("value 2", kept.get(2L, "a", this::make));
    assertEquals("value 2", kept.get(2L, "a", this::make));
    assertEquals(2, kept.made());
  }

  @Test
  void aValueNoLongerFreshIsMadeAgain() {
    AtomicBoolean fresh = new AtomicBoolean(true);
    assertEquals("value 1", kept.get(1L, "a", this::make, v -> fresh.get()));
    assertEquals("value 1", kept.get(1L, "a", this::make, v -> fresh.get()));
    fresh.set(false);
    assertEquals("value 2", kept.get(1L, "a", this::make, v -> v.equals("value 2")));
  }

  @Test
  void atMostTheGivenNumberOfValuesAreKept() {
    kept.get(1L, "a", this::make);
    kept.get(1L, "b", this::make);
    kept.get(1L, "c", this::make);
    assertEquals("value 3", kept.get(1L, "c", this::make));
    kept.get(1L, "a", this::make);
    kept.get(1L, "b", this::make);
    assertTrue(made.get() >= 4, "one of a and b was dropped to keep c, so it was made again");
  }
}
