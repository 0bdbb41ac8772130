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

/**
 * Participation report benchmark against a running server (see README, "Benchmarks"): creates
 * {@code meetings} meetings spread over a year with {@code perMeeting} registrations each (public
 * API, so run the server with the rate limit off), then times the report API for several groupings,
 * JSON and CSV ({@code meetings} 0 measures what is there). JDK only:
 *
 * <pre>
 * java src/test/benchmark/ReportBenchmark.java [base] [adminPassword] [meetings] [perMeeting] [repeats]
 * </pre>
 */
public class ReportBenchmark {

  public static void main(String[] args) throws Exception {
    String base = arg(args, 0, "http://localhost:8080");
    String password = arg(args, 1, "admin");
    int meetings = Integer.parseInt(arg(args, 2, "300"));
    int perMeeting = Integer.parseInt(arg(args, 3, "20"));
    int repeats = Integer.parseInt(arg(args, 4, "10"));
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    String auth =
        bearerToken(http, base, password); // one password check, then an API token for every call
    LocalDate first = LocalDate.now().plusDays(1);
    String[] languages = {"ar", "fa", "uk", "ru", "tr", null};

    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < meetings; i++) {
      LocalDate date = first.plusDays(i % 365);
      String body =
          "{\"title\":{\"de\":\"Bericht-Benchmark "
              + i
              + "\"},\"formatId\":"
              + (1 + i % 4)
              + ",\"districtId\":"
              + (1 + i % 40)
              + ",\"onlineUrl\":\"https://bench.example/"
              + i
              + "\",\"start\":\""
              + date
              + "T18:00\",\"end\":\""
              + date
              + "T20:00\",\"capacity\":"
              + (perMeeting * 2 / 3 + 1)
              + "}";
      HttpResponse<String> r =
          send(
              http,
              HttpRequest.newBuilder(URI.create(base + "/api/meetings"))
                  .header("Authorization", auth)
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(body))
                  .build());
      if (r.statusCode() != 201) {
        throw new IllegalStateException(r.statusCode() + " " + r.body());
      }
      ids.add(Long.parseLong(r.body().replaceAll("(?s).*\"id\":(\\d+).*", "$1")));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<?>> work = new ArrayList<>();
    for (int m = 0; m < ids.size(); m++) {
      long id = ids.get(m);
      for (int j = 0; j < perMeeting; j++) {
        String language = languages[(m + j) % languages.length];
        String body =
            "{\"name\":\"B"
                + j
                + "\",\"adults\":"
                + (1 + j % 2)
                + ",\"children\":"
                + (j % 3 == 0 ? 1 : 0)
                + ",\"consent\":true"
                + (language == null ? "" : ",\"interpreterLanguage\":\"" + language + "\"")
                + ",\"targetGroup\":{\"nonEuCitizen\":"
                + (j % 2 == 0)
                + ",\"firstVisit\":"
                + (j % 5 == 0)
                + "}}";
        work.add(
            pool.submit(
                () ->
                    send(
                        http,
                        HttpRequest.newBuilder(
                                URI.create(base + "/api/meetings/" + id + "/registrations"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build())));
      }
    }
    for (Future<?> f : work) {
      f.get();
    }
    pool.shutdown();

    String period = "from=" + LocalDate.now().minusYears(1) + "&to=" + first.plusDays(400);
    String count =
        send(
                http,
                HttpRequest.newBuilder(URI.create(base + "/api/reports/participation?" + period))
                    .header("Authorization", auth)
                    .build())
            .body();
    System.out.println("totals: " + count.replaceAll("(?s).*\"rows\":\\[(.*)\\].*", "$1"));
    long[] baseline = new long[repeats];
    for (int i = 0; i < repeats; i++) {
      long t0 = System.nanoTime();
      send(
          http,
          HttpRequest.newBuilder(URI.create(base + "/api/partners"))
              .header("Authorization", auth)
              .build());
      baseline[i] = System.nanoTime() - t0;
    }
    Arrays.sort(baseline);
    System.out.printf(
        "baseline: an authenticated GET /api/partners takes %d ms (median; the password check)%n",
        baseline[repeats / 2] / 1_000_000);
    System.out.println("grouping | accept | rows | median | max");
    for (String groupBy :
        new String[] {"", "month", "format,district", "month,format,district,language"}) {
      for (String accept : new String[] {"application/json", "text/csv"}) {
        long[] times = new long[repeats];
        int size = 0;
        for (int i = 0; i < repeats; i++) {
          long t0 = System.nanoTime();
          HttpResponse<String> r =
              send(
                  http,
                  HttpRequest.newBuilder(
                          URI.create(
                              base
                                  + "/api/reports/participation?"
                                  + period
                                  + "&groupBy="
                                  + groupBy))
                      .header("Authorization", auth)
                      .header("Accept", accept)
                      .build());
          times[i] = System.nanoTime() - t0;
          if (r.statusCode() != 200) {
            throw new IllegalStateException(r.statusCode() + " " + r.body());
          }
          size =
              accept.equals("text/csv")
                  ? r.body().split("\r\n").length - 1
                  : r.body().split("\"meetingsHeld\"").length - 1;
        }
        Arrays.sort(times);
        System.out.printf(
            "%s | %s | %d | %d ms | %d ms%n",
            groupBy.isEmpty() ? "(none)" : groupBy,
            accept,
            size,
            times[times.length / 2] / 1_000_000,
            times[times.length - 1] / 1_000_000);
      }
    }
  }

  private static HttpResponse<String> send(HttpClient http, HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
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
