package org.treffpunkt.calendar.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.treffpunkt.meeting.control.MeetingCatalogue;

class FeedCacheTest {

  private final AtomicLong version = new AtomicLong(7);
  private final FeedCache cache = new FeedCache();

  FeedCacheTest() {
    cache.catalogue =
        new MeetingCatalogue() {
          @Override
          public long version() {
            return version.get();
          }
        };
    cache.clock = Clock.fixed(Instant.parse("2027-03-01T10:00:00Z"), ZoneOffset.UTC);
  }

  private static Feeds.Feed feed(String text) {
    return new Feeds.Feed(
        "BEGIN:VCALENDAR\r\n" + text.repeat(500) + "END:VCALENDAR\r\n",
        Instant.parse("2027-02-01T08:00:00.123Z"));
  }

  private static byte[] bytes(ByteBuffer buffer) {
    byte[] bytes = new byte[buffer.remaining()];
    buffer.get(bytes);
    return bytes;
  }

  @Test
  void theGzipBodyIsTheIdentityBytesCompressedAndHasAStrongETagOfItsOwn() throws IOException {
    FeedCache.Served served = cache.get("public:x", () -> feed("SUMMARY:Sprachcafé\r\n")).get();

    byte[] identity = bytes(served.body(false));
    byte[] gzip = bytes(served.body(true));
    assertArrayEquals(served.feed().bytes(), identity);
    assertTrue(gzip.length < identity.length / 10, gzip.length + " of " + identity.length);
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
      assertArrayEquals(identity, in.readAllBytes());
    }
    assertNotEquals(served.etag(), served.gzipEtag());
    assertTrue(served.gzipEtag().startsWith("\"") && served.gzipEtag().endsWith("\""));
    assertTrue(served.etag().startsWith("\""), "strong, not W/");
    assertEquals("Mon, 1 Feb 2027 08:00:00 GMT", served.lastModified());
    assertEquals(Instant.parse("2027-02-01T08:00:00Z").toEpochMilli(), served.lastModifiedMillis());
    assertArrayEquals(identity, bytes(served.body(false)), "every request gets the whole body");
  }

  @Test
  void aHitRendersNothingAndANewVersionOrDayRendersAgain() {
    AtomicInteger rendered = new AtomicInteger();
    FeedCache.Served first =
        cache.get("k", () -> feed("A" + rendered.incrementAndGet() + "\r\n")).get();
    assertSame(first, cache.get("k", () -> feed("B" + rendered.incrementAndGet())).get());
    assertEquals(1, rendered.get());

    version.set(8); // raised here or read from the database after another server's change
    FeedCache.Served second = cache.get("k", () -> feed("C" + rendered.incrementAndGet())).get();
    assertEquals(2, rendered.get());
    assertNotEquals(first.etag(), second.etag());

    cache.clock = Clock.fixed(Instant.parse("2027-03-01T23:30:00Z"), ZoneOffset.UTC); // Berlin 0:30
    cache.get("k", () -> feed("D" + rendered.incrementAndGet()));
    assertEquals(3, rendered.get(), "the feed window moves with the day in Berlin");
  }

  @Test
  void nothingFoundIsKeptAndAFailedRenderingIsTriedAgain() {
    AtomicInteger calls = new AtomicInteger();
    assertEquals(
        Optional.empty(),
        cache.get(
            "missing",
            () -> {
              calls.incrementAndGet();
              return null;
            }));
    assertEquals(Optional.empty(), cache.get("missing", () -> feed("x")));
    assertEquals(1, calls.get());

    assertThrows(
        IllegalStateException.class,
        () ->
            cache.get(
                "failing",
                () -> {
                  throw new IllegalStateException("database down");
                }));
    assertTrue(cache.get("failing", () -> feed("y")).isPresent());
  }

  @Test
  void concurrentMissesOfOneFeedRenderItOnce() throws Exception {
    int clients = 32;
    CountDownLatch asking = new CountDownLatch(clients);
    AtomicInteger rendered = new AtomicInteger();
    long before = cache.renders();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      List<Future<FeedCache.Served>> answers = new ArrayList<>();
      for (int i = 0; i < clients; i++) {
        answers.add(
            pool.submit(
                () -> {
                  asking.countDown();
                  return cache
                      .get(
                          "public:null:null:null:de",
                          () -> {
                            rendered.incrementAndGet();
                            try {
                              asking.await(); // every client has asked (or is about to) meanwhile
                            } catch (InterruptedException e) {
                              throw new IllegalStateException(e);
                            }
                            return feed("SUMMARY:Treffen\r\n");
                          })
                      .get();
                }));
      }
      FeedCache.Served one = answers.get(0).get();
      for (Future<FeedCache.Served> answer : answers) {
        assertSame(one, answer.get());
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(1, rendered.get());
    assertEquals(1, cache.renders() - before);
  }

  @Test
  void aFeedSentOnceHasNoGzipFormOfItsOwn() {
    FeedCache.Served served = FeedCache.Served.uncompressed(feed("P"));
    assertFalse(served.hasGzip());
    assertArrayEquals(served.feed().bytes(), bytes(served.body(false)));
  }
}
