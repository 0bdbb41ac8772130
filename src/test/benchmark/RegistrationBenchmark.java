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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Registration benchmark against a running server (see README, "Benchmarks"). Creates meetings with
 * a small capacity, fires concurrent public registrations at them, reports throughput and latency
 * percentiles, and checks that no meeting holds more confirmed persons than its capacity. JDK only:
 *
 * <pre>
 * java src/test/benchmark/RegistrationBenchmark.java [base] [adminPassword] [meetings] [capacity] [requests] [clients]
 * </pre>
 *
 * The server must run with TREFFPUNKT_REGISTRATION_RATE_LIMIT=0 (all requests come from one
 * address).
 */
public class RegistrationBenchmark {

  public static void main(String[] args) throws Exception {
    String base = arg(args, 0, "http://localhost:8080");
    String password =
        arg(args, 1, System.getenv().getOrDefault("TREFFPUNKT_ADMIN_PASSWORD", "admin"));
    int meetings = Integer.parseInt(arg(args, 2, "20"));
    int capacity = Integer.parseInt(arg(args, 3, "10"));
    int requests = Integer.parseInt(arg(args, 4, "2000"));
    int clients = Integer.parseInt(arg(args, 5, "32"));
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    String auth =
        bearerToken(http, base, password); // one password check, then an API token for every call

    List<Long> ids = new ArrayList<>();
    LocalDate day = LocalDate.now().plusMonths(2);
    for (int i = 0; i < meetings; i++) {
      String body =
          "{\"title\":{\"de\":\"Benchmark "
              + i
              + "\"},\"formatId\":1,\"districtId\":"
              + (1 + i % 40)
              + ",\"onlineUrl\":\"https://bench.example\",\"start\":\""
              + day
              + "T18:00\",\"end\":\""
              + day
              + "T20:00\",\"capacity\":"
              + capacity
              + "}";
      HttpResponse<String> created =
          http.send(
              HttpRequest.newBuilder(URI.create(base + "/api/meetings"))
                  .header("Authorization", auth)
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(body))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (created.statusCode() != 201) {
        throw new IllegalStateException(
            "cannot create a meeting: " + created.statusCode() + " " + created.body());
      }
      String location = created.headers().firstValue("Location").orElseThrow();
      ids.add(Long.parseLong(location.substring(location.lastIndexOf('/') + 1)));
    }

    long[] latencies = new long[requests];
    AtomicInteger next = new AtomicInteger();
    Map<String, AtomicInteger> statuses = new ConcurrentHashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long start = System.nanoTime();
    List<Future<?>> workers = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      workers.add(
          pool.submit(
              () -> {
                for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                  long meeting = ids.get(i % ids.size());
                  int persons = 1 + i % 3;
                  String body =
                      "{\"name\":\"Bench " + i + "\",\"adults\":" + persons + ",\"consent\":true}";
                  long t0 = System.nanoTime();
                  try {
                    HttpResponse<String> r =
                        http.send(
                            HttpRequest.newBuilder(
                                    URI.create(
                                        base + "/api/meetings/" + meeting + "/registrations"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                            HttpResponse.BodyHandlers.ofString());
                    String outcome =
                        r.statusCode() == 201 ? text(r.body(), "status") : "HTTP " + r.statusCode();
                    statuses.computeIfAbsent(outcome, k -> new AtomicInteger()).incrementAndGet();
                  } catch (Exception e) {
                    statuses
                        .computeIfAbsent(e.getClass().getSimpleName(), k -> new AtomicInteger())
                        .incrementAndGet();
                  }
                  latencies[i] = System.nanoTime() - t0;
                }
                return null;
              }));
    }
    for (Future<?> w : workers) {
      w.get();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    pool.shutdown();

    Arrays.sort(latencies);
    System.out.printf(
        "%d registrations, %d clients, %d meetings of %d places: %.1f s, %.0f registrations/s%n",
        requests, clients, meetings, capacity, seconds, requests / seconds);
    System.out.printf(
        "latency ms: p50 %.1f, p90 %.1f, p99 %.1f, max %.1f%n",
        ms(latencies, 0.50),
        ms(latencies, 0.90),
        ms(latencies, 0.99),
        latencies[latencies.length - 1] / 1e6);
    System.out.println("outcomes: " + new HashMap<>(statuses));

    int overbooked = 0;
    for (long id : ids) {
      HttpResponse<String> m =
          http.send(
              HttpRequest.newBuilder(URI.create(base + "/api/meetings/" + id))
                  .header("Authorization", auth)
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      long confirmed = number(m.body(), "confirmedPersons");
      if (confirmed > capacity) {
        overbooked++;
        System.out.println("OVERBOOKED meeting " + id + ": " + confirmed + " > " + capacity);
      }
    }
    System.out.println(
        overbooked == 0 ? "no meeting overbooked" : overbooked + " meetings overbooked");
    System.exit(overbooked == 0 ? 0 : 1);
  }

  private static double ms(long[] sorted, double quantile) {
    return sorted[(int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)] / 1e6;
  }

  private static long number(String json, String field) {
    Matcher m = Pattern.compile("\"" + field + "\":(\\d+)").matcher(json);
    if (!m.find()) {
      throw new IllegalStateException(field + " missing in " + json);
    }
    return Long.parseLong(m.group(1));
  }

  private static String text(String json, String field) {
    Matcher m = Pattern.compile("\"" + field + "\":\"([A-Z]+)\"").matcher(json);
    return m.find() ? m.group(1) : "?";
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
