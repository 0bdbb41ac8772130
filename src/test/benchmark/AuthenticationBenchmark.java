import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What authentication costs, against a running server (not a test; nothing is asserted):
 *
 * <ol>
 *   <li>creating {@code meetings} meetings with an API token, then the same number with HTTP Basic
 *       (every Basic call checks the PBKDF2 password hash, a token call looks up a hash): by one
 *       client sending one request after another, then by {@link #PARALLEL} clients at once; after
 *       {@link #WARM_UP} meetings created to warm the server up;
 *   <li>anonymous {@code GET /api/districts} latency (p50, p99) alone, then while one client sends
 *       {@code attempts} wrong passwords as fast as it can (the throttle answers 429 after five,
 *       without checking them).
 * </ol>
 *
 * JDK only:
 *
 * <pre>
 * java src/test/benchmark/AuthenticationBenchmark.java [base] [adminPassword] [meetings] [attempts]
 * </pre>
 */
public class AuthenticationBenchmark {

  public static void main(String[] args) throws Exception {
    String base = arg(args, 0, "http://localhost:8080");
    String password =
        arg(args, 1, System.getenv().getOrDefault("TREFFPUNKT_ADMIN_PASSWORD", "admin"));
    int meetings = Integer.parseInt(arg(args, 2, "1000"));
    int attempts = Integer.parseInt(arg(args, 3, "1000"));
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    String basic =
        "Basic "
            + Base64.getEncoder()
                .encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8));
    String token =
        "Bearer "
            + send(http, post(base + "/api/tokens", basic, "{\"name\":\"benchmark\"}"))
                .body()
                .replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");

    create(
        http, base, token, WARM_UP, 1); // the server's JIT warms up on the same work, not counted
    for (int clients : new int[] {1, PARALLEL}) {
      double withToken = create(http, base, token, meetings, clients);
      double withBasic = create(http, base, basic, meetings, clients);
      System.out.printf(
          "creating %d meetings, %d client(s): token %.1f s (%.0f/s), Basic %.1f s (%.1f/s):"
              + " token %.0f× faster%n",
          meetings,
          clients,
          withToken,
          meetings / withToken,
          withBasic,
          meetings / withBasic,
          withBasic / withToken);
    }

    List<Long> quiet = districts(http, base, 500, new AtomicBoolean(false));
    AtomicBoolean attacking = new AtomicBoolean(true);
    int[] answers = new int[600];
    Thread attacker =
        new Thread(
            () -> {
              String wrong =
                  "Basic "
                      + Base64.getEncoder()
                          .encodeToString("admin:wrong guess".getBytes(StandardCharsets.UTF_8));
              for (int i = 0; i < attempts; i++) {
                try {
                  answers[
                      send(
                              http,
                              HttpRequest.newBuilder(URI.create(base + "/api/partners"))
                                  .header("Authorization", wrong)
                                  .build())
                          .statusCode()]++;
                } catch (Exception e) {
                  answers[599]++;
                }
              }
              attacking.set(false);
            });
    attacker.start();
    List<Long> underAttack = districts(http, base, Integer.MAX_VALUE, attacking);
    attacker.join();
    System.out.printf(
        "GET /api/districts alone:                p50 %d ms, p99 %d ms (%d requests)%n",
        percentile(quiet, 50), percentile(quiet, 99), quiet.size());
    System.out.printf(
        "GET /api/districts during %d wrong passwords: p50 %d ms, p99 %d ms (%d requests); the"
            + " attacker got %d × 401, %d × 429%n",
        attempts,
        percentile(underAttack, 50),
        percentile(underAttack, 99),
        underAttack.size(),
        answers[401],
        answers[429]);
  }

  /** Meetings created before measuring, so that both measurements find a warm server. */
  static final int WARM_UP = 200;

  /** A script that sends several requests at once (the second measurement). */
  static final int PARALLEL = 4;

  /**
   * Seconds to create {@code count} meetings with {@code auth}, by {@code clients} clients that
   * each send one request after another.
   */
  static double create(HttpClient http, String base, String auth, int count, int clients)
      throws Exception {
    LocalDate day = LocalDate.now().plusMonths(3);
    AtomicInteger next = new AtomicInteger();
    long start = System.nanoTime();
    List<Thread> threads = new ArrayList<>();
    List<Exception> failures = Collections.synchronizedList(new ArrayList<>());
    for (int c = 0; c < clients; c++) {
      Thread client =
          new Thread(
              () -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                  try {
                    HttpResponse<String> created =
                        send(http, post(base + "/api/meetings", auth, meeting(i, day)));
                    if (created.statusCode() != 201) {
                      throw new IllegalStateException(created.statusCode() + " " + created.body());
                    }
                  } catch (Exception e) {
                    failures.add(e);
                    return;
                  }
                }
              });
      client.start();
      threads.add(client);
    }
    for (Thread client : threads) {
      client.join();
    }
    if (!failures.isEmpty()) {
      throw failures.get(0);
    }
    return (System.nanoTime() - start) / 1e9;
  }

  static String meeting(int i, LocalDate day) {
    return "{\"title\":{\"de\":\"Auth "
        + i
        + "\"},\"formatId\":1,\"districtId\":"
        + (1 + i % 40)
        + ",\"onlineUrl\":\"https://bench.example\",\"start\":\""
        + day
        + "T18:00\",\"end\":\""
        + day
        + "T19:00\",\"published\":false}";
  }

  /**
   * Latencies (ms) of sequential GET /api/districts: {@code count} of them, or as long as {@code
   * running}.
   */
  static List<Long> districts(HttpClient http, String base, int count, AtomicBoolean running)
      throws Exception {
    List<Long> latencies = new ArrayList<>();
    while (latencies.size() < count && (count != Integer.MAX_VALUE || running.get())) {
      long start = System.nanoTime();
      send(http, HttpRequest.newBuilder(URI.create(base + "/api/districts")).build());
      latencies.add((System.nanoTime() - start) / 1_000_000);
    }
    return latencies;
  }

  static long percentile(List<Long> values, int p) {
    List<Long> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.isEmpty() ? -1 : sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100));
  }

  static HttpRequest post(String url, String auth, String json) {
    return HttpRequest.newBuilder(URI.create(url))
        .header("Authorization", auth)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json))
        .build();
  }

  static HttpResponse<String> send(HttpClient http, HttpRequest request) throws Exception {
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static String arg(String[] args, int i, String fallback) {
    return args.length > i ? args[i] : fallback;
  }
}
