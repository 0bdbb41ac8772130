import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The cluster test (README, "Running more than one server"): two Treffpunkt nodes from the
 * provisioned server (target/server) started exactly as the README says (TREFFPUNKT_NODE=a/b, port
 * offsets 0 and 100), HAProxy in front (docker/haproxy.cfg, port 8000), a MariaDB of the test's own
 * (mariadbd on port 3307 in target/cluster-test/db, so it can be stopped and started) and an SMTP
 * sink in this process. JDK only:
 *
 * <pre>java src/test/cluster/ClusterTest.java</pre>
 *
 * (.ci/cluster-test.sh runs it after the main suite). It proves: a back-office session survives the
 * node that served the login; registrations sent alternately to both nodes never overbook;
 * reminders and anonymisation run once across both nodes; the public feed is the same on both nodes
 * and a change on one is in the other's feed; a rolling restart under a trickle of registrations
 * loses none and fails no read; while the database is away requests fail fast with 503 problem+json
 * and Retry-After, and service returns by itself when it is back. Exits non-zero when a check
 * fails. Nothing waits for a fixed time except where the absence of something is checked (a
 * duplicate reminder), and then for stated intervals.
 */
public class ClusterTest {

  static final Path SERVER =
      Path.of(System.getProperty("server", "target/server")).toAbsolutePath();
  static final Path WORK =
      Path.of(System.getProperty("work", "target/cluster-test")).toAbsolutePath();
  static final Path HAPROXY_CFG =
      Path.of(System.getProperty("haproxy.cfg", "docker/haproxy.cfg")).toAbsolutePath();
  static final int DB_PORT = Integer.getInteger("db.port", 3307);
  static final int SMTP_PORT = Integer.getInteger("smtp.port", 3026);
  static final int BALANCER_PORT = Integer.getInteger("balancer.port", 8000);
  static final String BALANCER = "http://127.0.0.1:" + BALANCER_PORT;
  static final String ADMIN_PASSWORD =
      "cluster-test-admin-" + UUID.randomUUID().toString().substring(0, 8);
  static final String DB_PASSWORD = "cluster-test-" + UUID.randomUUID().toString().substring(0, 8);

  /**
   * What README and datasource.cli promise: no request waits longer for the database (blocking
   * timeout 5 s).
   */
  static final long DOCUMENTED_TIMEOUT_MS = 5_000;

  /**
   * The bound for a change to reach another node's feed that the test allows (the README documents
   * the cache).
   */
  static final long FEED_BOUND_MS = 5_000;

  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  static final List<String> failures = new CopyOnWriteArrayList<>();
  static final Map<String, String> figures = new LinkedHashMap<>();

  static Database db;
  static SmtpSink smtp;
  static Node a;
  static Node b;
  static Process haproxy;

  public static void main(String[] args) throws Exception {
    long started = System.nanoTime();
    deleteRecursively(WORK);
    Files.createDirectories(WORK);
    try {
      db = new Database(WORK.resolve("db"), DB_PORT);
      db.install();
      db.start();
      db.sql(
          "CREATE DATABASE treffpunkt CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
              + " CREATE USER 'treffpunkt'@'127.0.0.1' IDENTIFIED BY '"
              + DB_PASSWORD
              + "';"
              + " GRANT ALL PRIVILEGES ON treffpunkt.* TO 'treffpunkt'@'127.0.0.1';");
      smtp = new SmtpSink(SMTP_PORT);
      a = new Node("a", 0);
      b = new Node("b", 100);
      // a first: it migrates the fresh database; b joins a's cluster
      long t0 = System.nanoTime();
      a.start();
      a.awaitReady();
      figures.put("first node ready (fresh database, migrations)", seconds(t0));
      t0 = System.nanoTime();
      b.start();
      b.awaitReady();
      figures.put("second node ready", seconds(t0));
      check(
          "b joined a's cluster (JGroups view of two)",
          b.logSinceStart().contains("(2) [a"),
          b.logTail());
      startBalancer();

      run("feeds agree", ClusterTest::feedsAgree);
      run("alternating registrations never overbook", ClusterTest::noOverbooking);
      run("reminders and anonymisation run once", ClusterTest::jobsRunOnce);
      run("session survives the node that served the login", ClusterTest::sessionSurvivesNode);
      run("rolling restart loses no registration", ClusterTest::rollingRestart);
      run("database outage: fast 503, recovery", ClusterTest::databaseOutage);
      figures.put(
          "memory per node after the tests (RSS)",
          a.rssMegabytes() + " MB (a), " + b.rssMegabytes() + " MB (b)");
    } catch (Throwable e) {
      failures.add("aborted: " + e);
      e.printStackTrace();
    } finally {
      shutdown();
    }
    figures.put("whole cluster test", seconds(started));
    System.out.println();
    figures.forEach((k, v) -> System.out.println("FIGURE " + k + ": " + v));
    if (failures.isEmpty()) {
      System.out.println("CLUSTER TEST PASSED (logs in " + WORK + ")");
    } else {
      failures.forEach(f -> System.out.println("FAILED " + f));
      System.out.println("CLUSTER TEST FAILED (logs in " + WORK + ")");
      System.exit(1);
    }
  }

  interface Check {
    void run() throws Exception;
  }

  static void run(String name, Check check) {
    long t0 = System.nanoTime();
    System.out.println("== " + name);
    int before = failures.size();
    try {
      check.run();
    } catch (Throwable e) {
      failures.add(name + ": " + e);
      e.printStackTrace();
    }
    System.out.println(
        (failures.size() == before ? "PASS " : "FAIL ") + name + " (" + seconds(t0) + ")");
  }

  static void check(String what, boolean ok, Object detail) {
    if (ok) {
      System.out.println("  ok: " + what);
    } else {
      failures.add(what + " -- " + detail);
      System.out.println("  NOT OK: " + what + " -- " + detail);
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // The checks

  /**
   * The public feed: same bytes and ETag on both nodes; a change made on a is in b's feed (polled
   * up to 5 s).
   */
  static void feedsAgree() throws Exception {
    Map<String, Object> meeting = createMeeting(a, LocalDate.now(BERLIN).plusDays(10), 20, "Feed");
    Reply feedA = get(a.base() + "/calendar/meetings.ics");
    Reply feedB = get(b.base() + "/calendar/meetings.ics");
    check(
        "both nodes serve the feed",
        feedA.status == 200 && feedB.status == 200,
        feedA.status + "/" + feedB.status);
    check(
        "same ETag on both nodes",
        feedA.header("ETag").equals(feedB.header("ETag")),
        feedA.header("ETag") + " vs " + feedB.header("ETag"));
    check(
        "same bytes on both nodes",
        Arrays.equals(feedA.body, feedB.body),
        feedA.body.length + "/" + feedB.body.length);
    check("the feed has the new meeting", feedA.text().contains((String) meeting.get("title")), "");

    String newTitle = "Feed changed " + UUID.randomUUID().toString().substring(0, 8);
    Reply put =
        send(
            a,
            "PUT",
            "/api/meetings/" + meeting.get("id"),
            meetingBody(newTitle, LocalDate.now(BERLIN).plusDays(10), 20),
            true);
    check("meeting changed on node a", put.status == 200, put);
    long changed = System.nanoTime();
    Reply seen =
        pollUntil(
            FEED_BOUND_MS,
            () -> get(b.base() + "/calendar/meetings.ics"),
            r -> r.status == 200 && r.text().contains(newTitle));
    figures.put("change on node a visible in node b's feed after", millis(changed) + " ms");
    check("node b's feed has the change within " + FEED_BOUND_MS + " ms", seen != null, "not seen");
    Reply afterA = get(a.base() + "/calendar/meetings.ics");
    Reply afterB = get(b.base() + "/calendar/meetings.ics");
    check(
        "new ETag after the change",
        !afterB.header("ETag").equals(feedB.header("ETag")),
        afterB.header("ETag"));
    check(
        "same ETag and bytes on both nodes after the change",
        afterA.header("ETag").equals(afterB.header("ETag"))
            && Arrays.equals(afterA.body, afterB.body),
        afterA.header("ETag") + " vs " + afterB.header("ETag"));
    Reply revalidated =
        send(
            b,
            "GET",
            "/calendar/meetings.ics",
            null,
            false,
            "If-None-Match",
            afterA.header("ETag"));
    check("node b answers 304 to node a's ETag", revalidated.status == 304, revalidated.status);
  }

  /** 40 registrations of 1–2 persons for 10 places, sent alternately to a and b, 8 at a time. */
  static void noOverbooking() throws Exception {
    int capacity = 10;
    Map<String, Object> meeting =
        createMeeting(a, LocalDate.now(BERLIN).plusDays(12), capacity, "Places");
    long id = id(meeting);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<Reply>> sent = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      Node node = i % 2 == 0 ? a : b;
      int adults = 1 + i % 2;
      sent.add(pool.submit(() -> register(node.base(), id, "Person", adults, null)));
    }
    List<Integer> groupSizes = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      groupSizes.add(1 + i % 2);
    }
    int confirmedPersons = 0;
    int waitingPersons = 0;
    int created = 0;
    for (int i = 0; i < sent.size(); i++) {
      Reply r = sent.get(i).get();
      if (r.status == 201) {
        created++;
        int persons = groupSizes.get(i);
        if ("confirmed".equalsIgnoreCase(String.valueOf(r.json().get("status")))) {
          confirmedPersons += persons;
        } else {
          waitingPersons += persons;
        }
      } else {
        failures.add("registration answered " + r);
      }
    }
    pool.shutdown();
    check("all 40 registrations answered 201", created == 40, created);
    for (Node node : List.of(a, b)) {
      Map<String, Object> view = get(node.base() + "/api/meetings/" + id).json();
      int confirmed = ((Number) view.get("confirmedPersons")).intValue();
      int waiting = ((Number) view.get("waitingPersons")).intValue();
      check(
          "node " + node.name + ": " + confirmed + " persons confirmed, at most " + capacity,
          confirmed <= capacity,
          view);
      check(
          "node " + node.name + ": confirmed and waiting persons are what the 201s said",
          confirmed == confirmedPersons && waiting == waitingPersons,
          confirmed + "/" + waiting + " vs " + confirmedPersons + "/" + waitingPersons);
    }
    check(
        "the places are used (a group of one always fits the last place)",
        confirmedPersons >= capacity - 1,
        confirmedPersons);
  }

  /**
   * Both nodes run both jobs every second; each reminder goes out once, each registration is
   * anonymised once.
   */
  static void jobsRunOnce() throws Exception {
    // reminders: six registrations with e-mail, sent to both nodes, for a meeting in ten days that
    // then moves to
    // tomorrow (within the 48 h); registering within the 48 h would make the confirmation the
    // reminder
    Map<String, Object> meeting =
        createMeeting(a, LocalDate.now(BERLIN).plusDays(10), 50, "Reminder");
    long id = id(meeting);
    String tag = UUID.randomUUID().toString().substring(0, 8);
    List<String> recipients = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      String email = "reminder-" + tag + "-" + i + "@example.org";
      recipients.add(email);
      Reply r =
          register(
              (i % 2 == 0 ? a : b).base(),
              id,
              "Resident",
              1,
              "\"email\":\"" + email + "\",\"locale\":\"en\"");
      check("registration with e-mail " + i, r.status == 201, r);
    }
    Reply soon =
        send(
            a,
            "PUT",
            "/api/meetings/" + id,
            meetingBody((String) meeting.get("title"), LocalDate.now(BERLIN).plusDays(1), 50),
            true);
    check("meeting moved to tomorrow", soon.status == 200, soon);
    Map<String, Integer> reminders =
        poll(
            30_000,
            () -> smtp.count(recipients, "Reminder:"),
            counts ->
                counts.values().stream().mapToInt(Integer::intValue).sum() >= recipients.size());
    // the absence of a second reminder: both nodes run the job every second; give them three more
    // runs each
    waitFor(Duration.ofSeconds(3));
    reminders = smtp.count(recipients, "Reminder:");
    Map<String, Integer> expected =
        recipients.stream().collect(Collectors.toMap(r -> r, r -> 1, (x, y) -> x, TreeMap::new));
    check(
        "exactly one reminder per registrant",
        new TreeMap<>(reminders).equals(expected),
        reminders);
    int logged = a.sumOfLogged("Sent (\\d+) reminder") + b.sumOfLogged("Sent (\\d+) reminder");
    check("the nodes' logs count six reminders together", logged == recipients.size(), logged);

    // anonymisation: five registrations, then the meeting moves 40 days into the past (retention:
    // 30 days)
    LocalDate day = LocalDate.now(BERLIN).plusDays(3);
    Map<String, Object> past = createMeeting(a, day, 50, "Retention");
    long pastId = id(past);
    for (int i = 0; i < 5; i++) {
      Reply r = register((i % 2 == 0 ? a : b).base(), pastId, "Former " + i, 1, null);
      check("registration for the meeting that will be past " + i, r.status == 201, r);
    }
    Reply moved =
        send(
            a,
            "PUT",
            "/api/meetings/" + pastId,
            meetingBody((String) past.get("title"), LocalDate.now(BERLIN).minusDays(40), 50),
            true);
    check("meeting moved 40 days into the past", moved.status == 200, moved);
    Integer anonymised =
        poll(
            30_000,
            () ->
                a.sumOfLogged("Anonymised (\\d+) registration")
                    + b.sumOfLogged("Anonymised (\\d+) registration"),
            n -> n >= 5);
    waitFor(Duration.ofSeconds(3));
    anonymised =
        a.sumOfLogged("Anonymised (\\d+) registration")
            + b.sumOfLogged("Anonymised (\\d+) registration");
    check(
        "the nodes' logs count five anonymised registrations together (each once)",
        anonymised == 5,
        anonymised);
    List<Object> list =
        send(a, "GET", "/api/meetings/" + pastId + "/registrations", null, true).jsonArray();
    boolean noNames =
        list.stream()
            .map(o -> (Map<?, ?>) o)
            .noneMatch(r -> String.valueOf(r.get("name")).startsWith("Former"));
    check("no name left in the anonymised registrations", list.size() == 5 && noNames, list);
    figures.put(
        "anonymisation runs that found work",
        "a: "
            + a.countLogged("Anonymised \\d+ registration")
            + ", b: "
            + b.countLogged("Anonymised \\d+ registration"));
  }

  /**
   * Log in to the back office through the balancer (form login, cookies kept), stop the node that
   * served the login with SIGTERM, and go on using the session through the balancer while the node
   * stops.
   */
  static void sessionSurvivesNode() throws Exception {
    Browser browser = new Browser();
    Reply form = browser.get(BALANCER + "/login.xhtml");
    check("login page", form.status == 200, form.status);
    String viewState =
        match(form.text(), "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    Reply login =
        browser.post(
            BALANCER + "/login.xhtml",
            Map.of(
                "login",
                "login",
                "login:username",
                "admin",
                "login:password",
                ADMIN_PASSWORD,
                "login:continue",
                "",
                "login:submit",
                "",
                "jakarta.faces.ViewState",
                viewState));
    check(
        "login redirects to the back office",
        login.status == 302 && login.header("Location").endsWith("/manage/"),
        login.status + " " + login.header("Location"));
    String served = login.header("X-Served-By");
    Node victim = "a".equals(served) ? a : b;
    Node other = victim == a ? b : a;
    System.out.println(
        "  login served by node " + served + ", session cookie " + browser.cookie("JSESSIONID"));
    Reply before = browser.get(BALANCER + "/manage/");
    check(
        "logged in before the stop",
        before.status == 200 && before.text().contains("id=\"logout\""),
        before.status);

    // stop the node; keep using the session through the balancer until it has gone and a request
    // more
    long stopAt = System.nanoTime();
    victim.stop();
    List<Reply> during = new ArrayList<>();
    long firstByOther = -1;
    while (victim.isAlive() || during.isEmpty()) {
      Reply r = browser.get(BALANCER + "/manage/");
      during.add(r);
      if (firstByOther < 0 && other.name.equals(r.header("X-Served-By"))) {
        firstByOther = millis(stopAt);
      }
      if (millis(stopAt) > 120_000) {
        break;
      }
    }
    long stopped = millis(stopAt);
    Reply next = browser.get(BALANCER + "/manage/");
    during.add(next);
    List<Reply> notLoggedIn =
        during.stream()
            .filter(r -> r.status != 200 || !r.text().contains("id=\"logout\""))
            .toList();
    long slowest = during.stream().mapToLong(r -> r.millis).max().orElse(0);
    check("node " + victim.name + " stopped", !victim.isAlive(), "still running");
    check(
        "the next request through the balancer is still logged in (served by "
            + next.header("X-Served-By")
            + ")",
        next.status == 200
            && next.text().contains("id=\"logout\"")
            && other.name.equals(next.header("X-Served-By")),
        next.status + " " + next.header("X-Served-By"));
    check(
        "every one of " + during.size() + " requests while the node stopped was logged in",
        notLoggedIn.isEmpty(),
        notLoggedIn);
    figures.put(
        "failover of a back-office session (SIGTERM to the serving node)",
        during.size()
            + " requests while it stopped ("
            + stopped
            + " ms), none failed; first answer by the other node after "
            + firstByOther
            + " ms; slowest request "
            + slowest
            + " ms");
    victim.start();
    victim.awaitReady();
    check(
        "node " + victim.name + " rejoined",
        victim.logSinceStart().contains("(2) ["),
        victim.logTail());
    awaitBalancerUses(victim);
  }

  /**
   * A steady trickle of registrations through the balancer while b and then a restart; every 201 is
   * stored, and reads every 5 ms all answer 200.
   */
  static void rollingRestart() throws Exception {
    Map<String, Object> meeting =
        createMeeting(a, LocalDate.now(BERLIN).plusDays(14), 5000, "Rolling");
    long id = id(meeting);
    List<String> codes = new CopyOnWriteArrayList<>();
    List<Reply> others = new CopyOnWriteArrayList<>();
    Map<String, Integer> servedBy = new ConcurrentHashMap<>();
    AtomicBoolean go = new AtomicBoolean(true);
    long[] slowest = {0};
    Thread trickle =
        new Thread(
            () -> {
              int i = 0;
              while (go.get()) {
                // as a careful client registers: with a key, so the balancer may send it again
                Reply r =
                    register(BALANCER, id, "Trickle " + i, 1, null, "rolling-" + id + "-" + i++);
                slowest[0] = Math.max(slowest[0], r.millis);
                if (r.status == 201) {
                  codes.add((String) r.json().get("code"));
                  servedBy.merge(String.valueOf(r.header("X-Served-By")), 1, Integer::sum);
                } else {
                  others.add(r);
                }
                sleepQuietly(100); // a trickle, not a load test
              }
            });
    // reads close together: while a node stops, the balancer must answer every one with 200 (a 503
    // of the stopping node is sent to the other node), also in the moments between undeploy and
    // close
    List<Reply> unread = new CopyOnWriteArrayList<>();
    int[] reads = {0};
    Thread readers =
        new Thread(
            () -> {
              while (go.get()) {
                Reply r = get(BALANCER + "/api/meetings/" + id);
                reads[0]++;
                if (r.status != 200) {
                  unread.add(r);
                }
                sleepQuietly(5);
              }
            });
    trickle.start();
    readers.start();
    long t0 = System.nanoTime();
    for (Node node : List.of(b, a)) {
      node.stop();
      node.awaitStopped();
      node.start();
      node.awaitReady();
      check(
          "node " + node.name + " rejoined",
          node.logSinceStart().contains("(2) ["),
          node.logTail());
      awaitBalancerUses(node);
    }
    go.set(false);
    trickle.join();
    readers.join();
    check(
        "no read of " + reads[0] + " through the balancer failed during the restarts",
        unread.isEmpty(),
        unread);
    figures.put(
        "rolling restart (b, then a)",
        seconds(t0)
            + ", "
            + codes.size()
            + " registrations answered 201, "
            + others.size()
            + " other answers, slowest "
            + slowest[0]
            + " ms");
    List<Object> stored =
        send(a, "GET", "/api/meetings/" + id + "/registrations", null, true).jsonArray();
    Set<Object> storedCodes =
        stored.stream().map(o -> ((Map<?, ?>) o).get("code")).collect(Collectors.toSet());
    List<String> lost = codes.stream().filter(c -> !storedCodes.contains(c)).toList();
    check(
        "every one of " + codes.size() + " registrations answered 201 is stored",
        lost.isEmpty(),
        lost);
    check(
        "the database holds no registration that was not answered 201",
        stored.size() == codes.size(),
        stored.size() + " stored, " + codes.size() + " answered 201");
    check("no registration was refused during the restarts", others.isEmpty(), others);
    check("both nodes took registrations", servedBy.size() == 2, servedBy);
  }

  /**
   * The database goes away (SIGTERM to its mariadbd) and comes back: requests answer 503
   * problem+json with Retry-After within the documented time, a trickle through the balancer loses
   * no 201, and registrations succeed again within seconds of the database, without touching the
   * nodes.
   */
  static void databaseOutage() throws Exception {
    Map<String, Object> meeting =
        createMeeting(a, LocalDate.now(BERLIN).plusDays(15), 5000, "Outage");
    long id = id(meeting);
    List<String> codes = new CopyOnWriteArrayList<>();
    List<Reply> refused = new CopyOnWriteArrayList<>();
    AtomicBoolean go = new AtomicBoolean(true);
    Thread trickle =
        new Thread(
            () -> {
              int i = 0;
              while (go.get()) {
                Reply r = register(BALANCER, id, "Outage " + i++, 1, null);
                if (r.status == 201) {
                  codes.add((String) r.json().get("code"));
                } else {
                  refused.add(r);
                }
                sleepQuietly(100);
              }
            });
    trickle.start();
    poll(10_000, codes::size, n -> n >= 3);

    db.stop();
    List<Reply> answers = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      Node node = i % 2 == 0 ? a : b;
      answers.add(register(node.base(), id, "While away", 1, null));
      answers.add(get(node.base() + "/api/meetings/" + id));
      answers.add(get(node.base() + "/calendar/meetings.ics"));
    }
    long slowest = answers.stream().mapToLong(r -> r.millis).max().orElse(0);
    List<Reply> wrong =
        answers.stream()
            .filter(
                r ->
                    r.status != 503
                        || !r.header("Content-Type").startsWith("application/problem+json")
                        || r.header("Retry-After").isEmpty())
            .toList();
    check(
        "every request while the database is away answers 503 problem+json with Retry-After",
        wrong.isEmpty(),
        wrong);
    check(
        "no request waited longer than the documented " + DOCUMENTED_TIMEOUT_MS + " ms",
        slowest <= DOCUMENTED_TIMEOUT_MS,
        slowest + " ms");
    check(
        "the 503 is explained in the request's language",
        answers.get(0).text().contains("\"status\":503")
            && answers.get(0).text().contains("detail"),
        answers.get(0).text());
    figures.put(
        "requests while the database is away",
        answers.size() + " answered 503 with Retry-After, slowest " + slowest + " ms");

    long dbStarted = System.nanoTime();
    db.start();
    long dbUp = millis(dbStarted);
    long back = System.nanoTime();
    int before = codes.size();
    Integer after = poll(30_000, codes::size, n -> n > before);
    Reply direct =
        pollUntil(30_000, () -> register(b.base(), id, "After", 1, null), r -> r.status == 201);
    figures.put(
        "service back after the database accepted connections",
        millis(back) + " ms (database start " + dbUp + " ms)");
    check(
        "registrations succeed again once the database is back",
        after != null && direct != null,
        codes.size());
    go.set(false);
    trickle.join();
    List<Object> stored =
        send(a, "GET", "/api/meetings/" + id + "/registrations", null, true).jsonArray();
    Set<Object> storedCodes =
        stored.stream().map(o -> ((Map<?, ?>) o).get("code")).collect(Collectors.toSet());
    List<String> lost = codes.stream().filter(c -> !storedCodes.contains(c)).toList();
    check(
        "every one of " + codes.size() + " registrations answered 201 is stored",
        lost.isEmpty(),
        lost);
    List<Reply> notUnavailable = refused.stream().filter(r -> r.status != 503).toList();
    check(
        "the trickle's " + refused.size() + " refused registrations were all 503",
        notUnavailable.isEmpty(),
        notUnavailable);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Nodes, balancer, database, mail

  static final class Node {
    final String name;
    final int offset;
    final Path dir;
    final Path pidFile;
    final Path out;
    Process shell;
    long logStart;

    Node(String name, int offset) {
      this.name = name;
      this.offset = offset;
      this.dir = WORK.resolve("nodes").resolve(name);
      this.pidFile = WORK.resolve("node-" + name + ".pid");
      this.out = WORK.resolve("node-" + name + ".out");
    }

    String base() {
      return "http://127.0.0.1:" + (8080 + offset);
    }

    Path log() {
      return dir.resolve("log/server.log");
    }

    /**
     * As the README says: TREFFPUNKT_NODE=<name> bin/standalone.sh
     * -Djboss.socket.binding.port-offset=<n>.
     */
    void start() throws IOException {
      logStart = Files.exists(log()) ? Files.size(log()) : 0;
      Files.deleteIfExists(pidFile);
      ProcessBuilder builder =
          new ProcessBuilder(
              SERVER.resolve("bin/standalone.sh").toString(),
              "-Djboss.socket.binding.port-offset=" + offset);
      Map<String, String> env = builder.environment();
      env.put("TREFFPUNKT_NODE", name);
      env.put("TREFFPUNKT_NODE_DIR", dir.toString());
      env.put("LAUNCH_JBOSS_IN_BACKGROUND", "1");
      env.put("JBOSS_PIDFILE", pidFile.toString());
      env.put("TREFFPUNKT_DB_DRIVER", "mariadb");
      env.put(
          "TREFFPUNKT_DB_URL",
          "jdbc:mariadb://127.0.0.1:" + DB_PORT + "/treffpunkt?connectTimeout=5000");
      env.put("TREFFPUNKT_DB_USER", "treffpunkt");
      env.put("TREFFPUNKT_DB_PASSWORD", DB_PASSWORD);
      env.put("TREFFPUNKT_ADMIN_PASSWORD", ADMIN_PASSWORD);
      env.put("TREFFPUNKT_BASE_URL", BALANCER);
      env.put("TREFFPUNKT_TRUSTED_PROXIES", "127.0.0.1");
      env.put("TREFFPUNKT_REGISTRATION_RATE_LIMIT", "0");
      env.put("TREFFPUNKT_SMTP_HOST", "127.0.0.1");
      env.put("TREFFPUNKT_SMTP_PORT", String.valueOf(SMTP_PORT));
      env.put("TREFFPUNKT_REMINDER_INTERVAL_SECONDS", "1");
      env.put("TREFFPUNKT_ANONYMISATION_INTERVAL_SECONDS", "1");
      env.put("TREFFPUNKT_RETENTION_DAYS", "30");
      env.remove("JAVA_OPTS");
      builder
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.appendTo(out.toFile()));
      shell = builder.start();
      System.out.println("  node " + name + " starting (offset " + offset + ")");
    }

    void awaitReady() {
      long t0 = System.nanoTime();
      String health = "http://127.0.0.1:" + (9990 + offset) + "/health/ready";
      Reply ready =
          pollUntil(
              300_000,
              () -> {
                if (!shell.isAlive()) {
                  throw new IllegalStateException("node " + name + " exited, see " + out);
                }
                return get(health);
              },
              r -> r.status == 200);
      if (ready == null) {
        throw new IllegalStateException("node " + name + " not ready, see " + log());
      }
      System.out.println("  node " + name + " ready after " + seconds(t0));
    }

    Optional<ProcessHandle> java() {
      try {
        return Files.exists(pidFile)
            ? ProcessHandle.of(Long.parseLong(Files.readString(pidFile).strip()))
            : Optional.empty();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    boolean isAlive() {
      return java().map(ProcessHandle::isAlive).orElse(false);
    }

    /** SIGTERM to the server's JVM (it suspends, finishes running requests, stops). */
    void stop() {
      java().ifPresent(ProcessHandle::destroy);
      System.out.println("  node " + name + " sent SIGTERM");
    }

    void awaitStopped() throws Exception {
      Optional<ProcessHandle> jvm = java();
      if (jvm.isPresent()) {
        try {
          jvm.get().onExit().get(60, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
          jvm.get().destroyForcibly();
          failures.add("node " + name + " did not stop within 60 s of SIGTERM");
        }
      }
      if (shell != null) {
        shell.waitFor(30, TimeUnit.SECONDS);
      }
    }

    String logSinceStart() {
      try {
        byte[] all = Files.readAllBytes(log());
        return new String(
            all,
            (int) Math.min(logStart, all.length),
            (int) (all.length - Math.min(logStart, all.length)),
            StandardCharsets.UTF_8);
      } catch (IOException e) {
        return "";
      }
    }

    String logTail() {
      String log = logSinceStart();
      return log.substring(Math.max(0, log.length() - 2000));
    }

    int sumOfLogged(String regex) {
      try {
        Matcher m = Pattern.compile(regex).matcher(Files.readString(log()));
        int sum = 0;
        while (m.find()) {
          sum += Integer.parseInt(m.group(1));
        }
        return sum;
      } catch (IOException e) {
        return 0;
      }
    }

    int countLogged(String regex) {
      try {
        return (int) Pattern.compile(regex).matcher(Files.readString(log())).results().count();
      } catch (IOException e) {
        return 0;
      }
    }

    long rssMegabytes() {
      try {
        long pid = java().orElseThrow().pid();
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
          if (line.startsWith("VmRSS:")) {
            return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
          }
        }
      } catch (Exception e) {
        return -1;
      }
      return -1;
    }
  }

  static void startBalancer() throws IOException {
    ProcessBuilder builder = new ProcessBuilder("haproxy", "-db", "-f", HAPROXY_CFG.toString());
    builder.environment().put("TREFFPUNKT_BALANCER_BIND", "127.0.0.1:" + BALANCER_PORT);
    builder.redirectErrorStream(true).redirectOutput(WORK.resolve("haproxy.log").toFile());
    haproxy = builder.start();
    awaitBalancerUses(a);
    awaitBalancerUses(b);
    System.out.println("  balancer on " + BALANCER + " uses both nodes");
  }

  /** The balancer sends requests to {@code node} again (its health check saw it ready). */
  static void awaitBalancerUses(Node node) {
    Reply[] last = {null};
    Reply r =
        pollUntil(
            30_000,
            () -> last[0] = get(BALANCER + "/api/districts"),
            reply -> reply.status == 200 && node.name.equals(reply.header("X-Served-By")));
    if (r == null) {
      throw new IllegalStateException(
          "the balancer does not use node "
              + node.name
              + " (balancer running: "
              + haproxy.isAlive()
              + ", last answer: "
              + last[0]
              + ")");
    }
  }

  static void shutdown() {
    if (haproxy != null) {
      haproxy.destroy();
    }
    for (Node node : new Node[] {a, b}) {
      if (node != null) {
        node.stop();
      }
    }
    for (Node node : new Node[] {a, b}) {
      if (node != null) {
        try {
          node.awaitStopped();
        } catch (Exception e) {
          node.java().ifPresent(ProcessHandle::destroyForcibly);
        }
      }
    }
    if (db != null) {
      db.stop();
    }
    if (smtp != null) {
      smtp.close();
    }
  }

  /**
   * A MariaDB of the test's own: its own data directory, port and socket, started and stopped by
   * the test.
   */
  static final class Database {
    final Path dir;
    final int port;
    Process process;

    Database(Path dir, int port) {
      this.dir = dir;
      this.port = port;
    }

    void install() throws Exception {
      Files.createDirectories(dir);
      exec(
          List.of(
              "mariadb-install-db",
              "--no-defaults",
              "--datadir=" + dir.resolve("data"),
              "--user=root",
              "--auth-root-authentication-method=normal",
              "--skip-test-db"),
          WORK.resolve("mariadb-install.log"));
    }

    void start() throws Exception {
      if (Files.exists(dir.resolve("mariadb.sock"))) {
        Files.delete(dir.resolve("mariadb.sock"));
      }
      ProcessBuilder builder =
          new ProcessBuilder(
              "mariadbd",
              "--no-defaults",
              "--datadir=" + dir.resolve("data"),
              "--port=" + port,
              "--bind-address=127.0.0.1",
              "--socket=" + dir.resolve("mariadb.sock"),
              "--user=root",
              "--pid-file=" + dir.resolve("mariadb.pid"),
              "--skip-name-resolve",
              "--innodb-buffer-pool-size=64M",
              "--character-set-server=utf8mb4",
              "--collation-server=utf8mb4_unicode_ci",
              "--transaction-isolation=READ-COMMITTED");
      builder
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.appendTo(WORK.resolve("mariadb.log").toFile()));
      process = builder.start();
      Boolean up = poll(60_000, this::accepts, ok -> ok);
      if (up == null) {
        throw new IllegalStateException(
            "mariadbd did not start, see " + WORK.resolve("mariadb.log"));
      }
      System.out.println("  database on port " + port + " accepts connections");
    }

    boolean accepts() {
      if (!process.isAlive()) {
        throw new IllegalStateException("mariadbd exited, see " + WORK.resolve("mariadb.log"));
      }
      try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
        return socket.getInputStream().read() >= 0; // the server greets
      } catch (IOException e) {
        return false;
      }
    }

    void sql(String statements) throws Exception {
      Path script = WORK.resolve("setup.sql");
      Files.writeString(script, statements);
      ProcessBuilder builder =
          new ProcessBuilder(
              "mariadb", "--no-defaults", "-uroot", "--socket=" + dir.resolve("mariadb.sock"));
      builder.redirectInput(script.toFile());
      exec(builder, WORK.resolve("mariadb-client.log"));
    }

    void stop() {
      if (process != null && process.isAlive()) {
        process.destroy();
        try {
          if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        System.out.println("  database stopped");
      }
    }
  }

  static void exec(List<String> command, Path log) throws Exception {
    exec(new ProcessBuilder(command), log);
  }

  static void exec(ProcessBuilder builder, Path log) throws Exception {
    builder
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    Process p = builder.start();
    if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IllegalStateException(String.join(" ", builder.command()) + " failed, see " + log);
    }
  }

  /** Accepts every mail and keeps recipient and subject. */
  static final class SmtpSink implements AutoCloseable {
    final ServerSocket server;
    final List<String[]> mails = new CopyOnWriteArrayList<>();

    SmtpSink(int port) throws IOException {
      server = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
      Thread accept =
          new Thread(
              () -> {
                while (!server.isClosed()) {
                  try {
                    Socket socket = server.accept();
                    Thread t = new Thread(() -> serve(socket));
                    t.setDaemon(true);
                    t.start();
                  } catch (IOException e) {
                    return;
                  }
                }
              });
      accept.setDaemon(true);
      accept.start();
    }

    void serve(Socket socket) {
      try (socket;
          BufferedReader in =
              new BufferedReader(
                  new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
          OutputStream out = socket.getOutputStream()) {
        reply(out, "220 sink");
        String line;
        while ((line = in.readLine()) != null) {
          String verb =
              line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
          switch (verb) {
            case "DATA" -> {
              reply(out, "354 go ahead");
              String to = "";
              String subject = "";
              boolean headers = true;
              String data;
              while ((data = in.readLine()) != null && !data.equals(".")) {
                if (data.isEmpty()) {
                  headers = false;
                } else if (headers && data.regionMatches(true, 0, "To:", 0, 3)) {
                  to = data.substring(3).strip();
                } else if (headers && data.regionMatches(true, 0, "Subject:", 0, 8)) {
                  subject = data.substring(8).strip();
                }
              }
              mails.add(new String[] {to, subject});
              reply(out, "250 stored");
            }
            case "QUIT" -> {
              reply(out, "221 bye");
              return;
            }
            default -> reply(out, "250 ok");
          }
        }
      } catch (IOException e) {
        // the client went away
      }
    }

    static void reply(OutputStream out, String line) throws IOException {
      out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
      out.flush();
    }

    /** How many mails with a subject starting so each of {@code recipients} got. */
    Map<String, Integer> count(List<String> recipients, String subjectStart) {
      Map<String, Integer> counts = new HashMap<>();
      for (String[] mail : mails) {
        if (recipients.contains(mail[0]) && mail[1].startsWith(subjectStart)) {
          counts.merge(mail[0], 1, Integer::sum);
        }
      }
      return counts;
    }

    @Override
    public void close() {
      try {
        server.close();
      } catch (IOException e) {
        // closed anyway
      }
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // HTTP

  record Reply(int status, Map<String, List<String>> headers, byte[] body, long millis) {
    String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().get(0))
          .findFirst()
          .orElse("");
    }

    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> json() {
      return (Map<String, Object>) new Json(text()).value();
    }

    @SuppressWarnings("unchecked")
    List<Object> jsonArray() {
      return (List<Object>) new Json(text()).value();
    }

    @Override
    public String toString() {
      String text = text();
      return status
          + " "
          + header("X-Served-By")
          + " "
          + millis
          + " ms "
          + text.substring(0, Math.min(300, text.length()));
    }
  }

  static Reply send(HttpClient client, HttpRequest request) {
    long t0 = System.nanoTime();
    try {
      HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
      return new Reply(
          response.statusCode(), response.headers().map(), response.body(), millis(t0));
    } catch (IOException e) {
      return new Reply(-1, Map.of(), e.toString().getBytes(StandardCharsets.UTF_8), millis(t0));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static Reply get(String url) {
    return send(
        HTTP, HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build());
  }

  static Reply send(
      Node node, String method, String path, String json, boolean admin, String... headers) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(node.base() + path))
            .timeout(Duration.ofSeconds(30))
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) {
      builder.header("Content-Type", "application/json");
    }
    if (admin) {
      builder.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder()
                  .encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }
    for (int i = 0; i + 1 < headers.length; i += 2) {
      builder.header(headers[i], headers[i + 1]);
    }
    return send(HTTP, builder.build());
  }

  static Reply register(String base, long meetingId, String name, int adults, String more) {
    return register(base, meetingId, name, adults, more, null);
  }

  /**
   * A registration; with an {@code idempotencyKey} (sent as {@code Idempotency-Key}) the balancer
   * may send it to the other node when the first one failed it (docker/haproxy.cfg).
   */
  static Reply register(
      String base, long meetingId, String name, int adults, String more, String idempotencyKey) {
    String body =
        "{\"name\":\""
            + name
            + "\",\"adults\":"
            + adults
            + ",\"children\":0,\"consent\":true"
            + (more == null ? "" : "," + more)
            + "}";
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + "/api/meetings/" + meetingId + "/registrations"))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .header("Accept-Language", "en");
    if (idempotencyKey != null) {
      request.header("Idempotency-Key", idempotencyKey);
    }
    return send(HTTP, request.POST(HttpRequest.BodyPublishers.ofString(body)).build());
  }

  static String meetingBody(String title, LocalDate day, int capacity) {
    return "{\"title\":{\"de\":\""
        + title
        + "\"},\"formatId\":1,\"districtId\":5,\"start\":\""
        + day
        + "T18:00\",\"end\":\""
        + day
        + "T20:00\",\"capacity\":"
        + capacity
        + ",\"onlineUrl\":\"https://meet.example.org/cluster\"}";
  }

  static Map<String, Object> createMeeting(Node node, LocalDate day, int capacity, String prefix) {
    String title = prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    Reply r = send(node, "POST", "/api/meetings", meetingBody(title, day, capacity), true);
    if (r.status != 201) {
      throw new IllegalStateException("creating a meeting: " + r);
    }
    return r.json();
  }

  static long id(Map<String, Object> json) {
    return ((Number) json.get("id")).longValue();
  }

  /** A browser's view: cookies kept, redirects not followed (the test looks at them). */
  static final class Browser {
    final CookieManager cookies = new CookieManager();
    final HttpClient client =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    Reply get(String url) {
      return send(
          client, HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build());
    }

    Reply post(String url, Map<String, String> form) {
      String body =
          form.entrySet().stream()
              .map(
                  e ->
                      URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                          + "="
                          + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
              .collect(Collectors.joining("&"));
      return send(
          client,
          HttpRequest.newBuilder(URI.create(url))
              .timeout(Duration.ofSeconds(30))
              .header("Content-Type", "application/x-www-form-urlencoded")
              // as every browser does for a form it posts (the application refuses a cookie
              // session's POST that names no origin: WebSecurity)
              .header("Origin", originOf(url))
              .POST(HttpRequest.BodyPublishers.ofString(body))
              .build());
    }

    static String originOf(String url) {
      URI uri = URI.create(url);
      return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    String cookie(String name) {
      return cookies.getCookieStore().getCookies().stream()
          .filter(c -> c.getName().equals(name))
          .map(c -> c.getValue())
          .findFirst()
          .orElse("");
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Waiting and small helpers

  interface Attempt<T> {
    T get() throws Exception;
  }

  /**
   * Repeats {@code attempt} every 200 ms until {@code done} accepts its result; null after {@code
   * timeoutMs}.
   */
  static <T> T pollUntil(long timeoutMs, Attempt<T> attempt, java.util.function.Predicate<T> done) {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
    while (true) {
      T value;
      try {
        value = attempt.get();
      } catch (IllegalStateException e) {
        throw e;
      } catch (Exception e) {
        value = null;
      }
      if (value != null && done.test(value)) {
        return value;
      }
      if (System.nanoTime() > deadline) {
        return null;
      }
      sleepQuietly(200);
    }
  }

  static <T> T poll(long timeoutMs, Attempt<T> attempt, java.util.function.Predicate<T> done) {
    return pollUntil(timeoutMs, attempt, done);
  }

  /** The one kind of fixed wait: to see that something does NOT happen during a stated time. */
  static void waitFor(Duration quietPeriod) {
    sleepQuietly(quietPeriod.toMillis());
  }

  static void sleepQuietly(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static String match(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    if (!m.find()) {
      throw new IllegalStateException(
          "no " + regex + " in " + text.substring(0, Math.min(500, text.length())));
    }
    return m.group(1).replace("&#58;", ":").replace("&amp;", "&");
  }

  static long millis(long startNanos) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
  }

  static String seconds(long startNanos) {
    return String.format(java.util.Locale.ROOT, "%.1f s", (System.nanoTime() - startNanos) / 1e9);
  }

  static void deleteRecursively(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (var walk = Files.walk(path)) {
      for (Path p : walk.sorted(Collections.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /** Just enough JSON for the API's answers: objects, arrays, strings, numbers, booleans, null. */
  static final class Json {
    final String s;
    int i;

    Json(String s) {
      this.s = s;
    }

    Object value() {
      skip();
      char c = s.charAt(i);
      if (c == '{') {
        Map<String, Object> map = new LinkedHashMap<>();
        i++;
        skip();
        if (s.charAt(i) == '}') {
          i++;
          return map;
        }
        while (true) {
          skip();
          String key = (String) value();
          skip();
          i++; // :
          map.put(key, value());
          skip();
          if (s.charAt(i++) == '}') {
            return map;
          }
        }
      }
      if (c == '[') {
        List<Object> list = new ArrayList<>();
        i++;
        skip();
        if (s.charAt(i) == ']') {
          i++;
          return list;
        }
        while (true) {
          list.add(value());
          skip();
          if (s.charAt(i++) == ']') {
            return list;
          }
        }
      }
      if (c == '"') {
        StringBuilder out = new StringBuilder();
        i++;
        while (s.charAt(i) != '"') {
          char ch = s.charAt(i++);
          if (ch == '\\') {
            char e = s.charAt(i++);
            switch (e) {
              case 'n' -> out.append('\n');
              case 't' -> out.append('\t');
              case 'r' -> out.append('\r');
              case 'b' -> out.append('\b');
              case 'f' -> out.append('\f');
              case 'u' -> {
                out.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                i += 4;
              }
              default -> out.append(e);
            }
          } else {
            out.append(ch);
          }
        }
        i++;
        return out.toString();
      }
      if (s.startsWith("true", i)) {
        i += 4;
        return Boolean.TRUE;
      }
      if (s.startsWith("false", i)) {
        i += 5;
        return Boolean.FALSE;
      }
      if (s.startsWith("null", i)) {
        i += 4;
        return null;
      }
      int start = i;
      while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
        i++;
      }
      String number = s.substring(start, i);
      return number.contains(".") || number.contains("e") || number.contains("E")
          ? (Number) Double.parseDouble(number)
          : (Number) Long.parseLong(number);
    }

    void skip() {
      while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
        i++;
      }
    }
  }
}
