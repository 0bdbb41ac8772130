import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Calendar feed benchmark against a running server (see README, "Benchmarks"): creates {@code
 * dates} single meetings in one district, then measures rendering that district's feed, full GETs
 * and 304 revalidations from concurrent clients ({@code dates} 0 measures the meetings already
 * there). JDK only:
 *
 * <pre>
 * java src/test/benchmark/FeedBenchmark.java [base] [adminPassword] [dates] [clients] [seconds] [districtId]
 * </pre>
 */
public class FeedBenchmark {

  public static void main(String[] args) throws Exception {
    String base = arg(args, 0, "http://localhost:8080");
    String password = arg(args, 1, "admin");
    int dates = Integer.parseInt(arg(args, 2, "1000"));
    int clients = Integer.parseInt(arg(args, 3, "16"));
    int seconds = Integer.parseInt(arg(args, 4, "10"));
    int district = Integer.parseInt(arg(args, 5, "40"));
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    String auth =
        bearerToken(http, base, password); // one password check, then an API token for every call

    LocalDate day = LocalDate.now().plusDays(1);
    for (int i = 0; i < dates; i++) {
      LocalDate date = day.plusDays(i % 500);
      String body =
          "{\"title\":{\"de\":\"Feed-Benchmark "
              + i
              + " – Sprachcafé\",\"ar\":\"مقهى اللغة "
              + i
              + "\"},"
              + "\"summary\":{\"de\":\"Zusammen reden, zusammen lernen.\"},\"formatId\":"
              + (1 + i % 4)
              + ",\"districtId\":"
              + district
              + ",\"onlineUrl\":\"https://bench.example/"
              + i
              + "\",\"start\":\""
              + date
              + "T"
              + (10 + i % 8)
              + ":00\",\"end\":\""
              + date
              + "T"
              + (11 + i % 8)
              + ":30\",\"languages\":[\"de\",\"ar\"]}";
      HttpResponse<String> r =
          http.send(
              HttpRequest.newBuilder(URI.create(base + "/api/meetings"))
                  .header("Authorization", auth)
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(body))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != 201) {
        throw new IllegalStateException(r.statusCode() + " " + r.body());
      }
    }
    URI feed = URI.create(base + "/calendar/meetings.ics?district=" + district);
    long[] render = new long[5];
    long first = 0;
    String etag = null;
    int size = 0;
    for (int i = 0; i < render.length; i++) {
      long t0 = System.nanoTime();
      HttpResponse<byte[]> r =
          http.send(HttpRequest.newBuilder(feed).build(), HttpResponse.BodyHandlers.ofByteArray());
      render[i] = System.nanoTime() - t0;
      first = i == 0 ? render[0] : first;
      etag = r.headers().firstValue("ETag").orElseThrow();
      size = r.body().length;
    }
    Arrays.sort(render);
    System.out.printf(
        "feed: %d bytes, first GET (render) %.0f ms, median of %d GETs %.0f ms%n",
        size, first / 1e6, render.length, render[render.length / 2] / 1e6);
    System.out.printf(
        "full GETs, %d clients, %d s: %.1f requests/s%n",
        clients, seconds, load(http, HttpRequest.newBuilder(feed).build(), clients, seconds, 200));
    System.out.printf(
        "304 revalidations, %d clients, %d s: %.1f requests/s%n",
        clients,
        seconds,
        load(
            http,
            HttpRequest.newBuilder(feed).header("If-None-Match", etag).build(),
            clients,
            seconds,
            304));
  }

  private static double load(
      HttpClient http, HttpRequest request, int clients, int seconds, int expected)
      throws Exception {
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    AtomicInteger done = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<?>> workers = new ArrayList<>();
    long start = System.nanoTime();
    for (int c = 0; c < clients; c++) {
      workers.add(
          pool.submit(
              () -> {
                while (System.nanoTime() < end) {
                  HttpResponse<byte[]> r =
                      http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                  if (r.statusCode() != expected) {
                    throw new IllegalStateException("status " + r.statusCode());
                  }
                  done.incrementAndGet();
                }
                return null;
              }));
    }
    for (Future<?> w : workers) {
      w.get();
    }
    pool.shutdown();
    return done.get() / ((System.nanoTime() - start) / 1e9);
  }

  /** An API token of the admin (made with the password once), as an Authorization header. */
  static String bearerToken(HttpClient http, String base, String password) throws Exception {
    var basic =
        "Basic "
            + Base64.getEncoder()
                .encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8));
    return "Bearer "
        + http.send(
                HttpRequest.newBuilder(URI.create(base + "/api/tokens"))
                    .header("Authorization", basic)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"benchmark\"}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString())
            .body()
            .replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
  }

  private static String arg(String[] args, int i, String fallback) {
    return args.length > i ? args[i] : fallback;
  }
}
