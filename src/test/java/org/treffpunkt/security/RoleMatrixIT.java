package org.treffpunkt.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.treffpunkt.testing.Accounts;
import org.treffpunkt.testing.Api;
import org.treffpunkt.testing.FacesSession;
import org.treffpunkt.testing.Fixtures;
import org.treffpunkt.testing.Json;
import org.treffpunkt.testing.ServerTest;

/**
 * Walks the role matrix ({@code src/test/resources/security/role-matrix.txt}): every API endpoint,
 * every page and every page action that changes data, for each kind of caller, against the running
 * server. Endpoints come from the served OpenAPI document and pages and actions from the WAR, so
 * one without a row fails the test.
 */
@ServerTest
class RoleMatrixIT {

  /** The columns of the table. */
  enum Caller {
    ANONYMOUS,
    PARTNER_OWN,
    PARTNER_FOREIGN,
    ORGANISER,
    ADMIN;

    boolean foreign() {
      return this == PARTNER_FOREIGN;
    }
  }

  record Row(
      int line,
      String kind,
      String method,
      String path,
      Set<String> fixtures,
      List<String> expected,
      String extra,
      String form,
      String button) {

    String name() {
      return "line "
          + line
          + ": "
          + (kind.equals("API") ? method + " " : kind + " ")
          + path
          + (button == null ? "" : " " + button);
    }
  }

  private static final List<Row> ROWS = read();
  private static World world;

  // ----------------------------------------------------------------------------------------------
  // completeness

  @Test
  void everyEndpointOfTheApiHasARow() {
    JsonObject paths =
        Api.anonymous()
            .get("/openapi?format=JSON", "Accept", "application/json")
            .json()
            .getJsonObject("paths");
    Set<String> served = new TreeSet<>();
    paths.forEach(
        (path, item) ->
            item.asJsonObject().keySet().stream()
                .filter(m -> Set.of("get", "put", "post", "delete", "patch").contains(m))
                .forEach(m -> served.add(m.toUpperCase() + " " + path)));
    Set<String> listed =
        ROWS.stream()
            .filter(r -> r.kind().equals("API"))
            .map(r -> r.method() + " " + r.path())
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> missing = new TreeSet<>(served);
    missing.removeAll(listed);
    Set<String> stale = new TreeSet<>(listed);
    stale.removeAll(served);
    assertTrue(missing.isEmpty(), "endpoints without a row in role-matrix.txt: " + missing);
    assertTrue(stale.isEmpty(), "rows for endpoints the API does not have: " + stale);
  }

  @Test
  void everyPageOfTheWarHasARow() {
    Set<String> pages = new TreeSet<>(warPages().keySet());
    Set<String> listed =
        ROWS.stream()
            .filter(r -> r.kind().equals("PAGE"))
            .map(r -> r.path().replaceAll("\\?.*", ""))
            .collect(Collectors.toSet());
    pages.removeAll(listed);
    assertTrue(pages.isEmpty(), "pages without a row in role-matrix.txt: " + pages);
  }

  @Test
  void everyActionOfEveryPageIsDecided() {
    Pattern action =
        Pattern.compile("action(?:Listener)?=\"#\\{(\\w+\\.\\w+)(?:\\([^\"]*\\))?\\}\"");
    Set<String> actions = new TreeSet<>();
    warPages()
        .values()
        .forEach(
            source -> {
              Matcher m = action.matcher(source);
              while (m.find()) {
                actions.add(m.group(1));
              }
            });
    Set<String> decided =
        ROWS.stream()
            .filter(r -> r.kind().equals("ACTION") || r.kind().equals("OTHER"))
            .flatMap(
                r ->
                    r.kind().equals("ACTION")
                        ? java.util.stream.Stream.of(r.method())
                        : Arrays.stream(r.extra().split("\\s+")))
            .collect(Collectors.toSet());
    actions.removeAll(decided);
    assertTrue(actions.isEmpty(), "page actions without a decision in role-matrix.txt: " + actions);
  }

  // ----------------------------------------------------------------------------------------------
  // walking the rows

  @Test
  void theApiAnswersEveryCallerAsTheMatrixSays() {
    List<String> wrong = new ArrayList<>();
    for (Row row : rows("API")) {
      for (Caller caller : Caller.values()) {
        Cell cell = world().cell(caller, row.fixtures());
        String path = cell.resolve(row.path());
        String body = row.extra() == null ? null : cell.resolve(Bodies.of(row.extra()));
        Api api =
            row.fixtures().contains("password")
                ? world().withPassword(caller)
                : world().api(caller);
        Api.Reply reply =
            switch (row.method()) {
              case "GET" -> api.get(path);
              case "POST" -> api.post(path, body == null ? "" : body);
              case "PUT" -> api.put(path, body);
              case "DELETE" -> api.delete(path);
              default -> throw new IllegalStateException(row.method());
            };
        String expected = row.expected().get(caller.ordinal());
        if (!expected.equals(String.valueOf(reply.status()))) {
          wrong.add(
              row.name()
                  + " as "
                  + caller
                  + ": expected "
                  + expected
                  + ", got "
                  + reply.status()
                  + " "
                  + abbreviated(reply.body()));
        } else if (reply.status() >= 400) {
          assertTrue(
              reply.contentType().startsWith("application/problem+json"),
              row.name() + " " + caller);
        }
      }
    }
    assertTrue(
        wrong.isEmpty(),
        wrong.size() + " answers differ from the matrix:\n" + String.join("\n", wrong));
  }

  @Test
  void everyPageAnswersEveryCallerAsTheMatrixSays() {
    List<String> wrong = new ArrayList<>();
    for (Row row : rows("PAGE")) {
      for (Caller caller : Caller.values()) {
        Cell cell = world().cell(caller, Set.of());
        FacesSession.Page page = world().browser(caller).get(cell.resolve(row.path()));
        String expected = row.expected().get(caller.ordinal());
        String got = page.redirectedToLogin() ? "login" : String.valueOf(page.status());
        if (!expected.equals(got)) {
          wrong.add(row.name() + " as " + caller + ": expected " + expected + ", got " + got);
        }
      }
    }
    assertTrue(
        wrong.isEmpty(),
        wrong.size() + " pages differ from the matrix:\n" + String.join("\n", wrong));
  }

  @Test
  void pageActionsChangeDataOnlyForThoseTheMatrixAllows() {
    List<String> wrong = new ArrayList<>();
    for (Row row : rows("ACTION")) {
      for (Caller caller : Caller.values()) {
        Cell cell = world().cell(caller, Set.of("fresh"));
        Action action = Action.of(row.method(), cell);
        FacesSession browser = world().browser(caller);
        FacesSession.Page page = browser.get(cell.resolve(row.path()));
        String expected = row.expected().get(caller.ordinal());
        String got;
        if (page.redirectedToLogin()) {
          got = "login";
        } else {
          FacesSession.Page answer =
              page.status() != 200 || !page.body().contains("id=\"" + row.form() + "\"")
                  ? page
                  : browser.submit(page, row.form(), cell.resolve(row.button()), action.fields());
          got = action.happened().test(answer) ? "changed" : "unchanged";
        }
        if (!expected.equals(got)) {
          wrong.add(row.name() + " as " + caller + ": expected " + expected + ", got " + got);
        }
      }
    }
    assertTrue(
        wrong.isEmpty(),
        wrong.size() + " actions differ from the matrix:\n" + String.join("\n", wrong));
  }

  // ----------------------------------------------------------------------------------------------
  // the data

  /**
   * The accounts and the data every row works on; rows marked @fresh get data of their own per
   * caller.
   */
  static final class World {
    final long partnerOrganisation = Accounts.newPartner();
    final long otherOrganisation = Accounts.newPartner();
    final Accounts.Login partner = Accounts.partnerOf(partnerOrganisation);
    final Accounts.Login organiser = Accounts.organiserLogin("matrix");
    final long otherUser = Accounts.create(Accounts.unique("someone"), "[\"organiser\"]", null);
    final Map<String, Cell> shared = new HashMap<>();
    final Map<Caller, FacesSession> browsers = new HashMap<>();

    Api api(Caller caller) {
      return switch (caller) {
        case ANONYMOUS -> Api.anonymous();
        case PARTNER_OWN, PARTNER_FOREIGN -> partner.api();
        case ORGANISER -> organiser.api();
        case ADMIN -> Api.admin();
      };
    }

    /** The caller authenticating with its password (HTTP Basic), not a token. */
    Api withPassword(Caller caller) {
      return switch (caller) {
        case ANONYMOUS -> Api.anonymous();
        case PARTNER_OWN, PARTNER_FOREIGN -> Api.as(partner.username(), Accounts.PASSWORD);
        case ORGANISER -> Api.as(organiser.username(), Accounts.PASSWORD);
        case ADMIN -> Api.as("admin", Api.ADMIN_PASSWORD);
      };
    }

    FacesSession browser(Caller caller) {
      return browsers.computeIfAbsent(
          caller,
          c ->
              switch (c) {
                case ANONYMOUS -> FacesSession.anonymous();
                case PARTNER_OWN, PARTNER_FOREIGN ->
                    FacesSession.loggedIn(partner.username(), Accounts.PASSWORD);
                case ORGANISER -> FacesSession.loggedIn(organiser.username(), Accounts.PASSWORD);
                case ADMIN -> FacesSession.loggedIn("admin", Api.ADMIN_PASSWORD);
              });
    }

    /**
     * The data a caller acts on: the partner's own meetings, or another organisation's for
     * PARTNER_FOREIGN.
     */
    Cell cell(Caller caller, Set<String> fixtures) {
      if (fixtures.contains("fresh")) {
        return new Cell(this, caller, fixtures);
      }
      return shared.computeIfAbsent(
          caller.foreign() + " " + new TreeSet<>(fixtures), k -> new Cell(this, caller, fixtures));
    }
  }

  /**
   * One set of data, made when a row first names it: a meeting (co-hosted by the partner, or not
   * for PARTNER_FOREIGN; a draft or begun yesterday if the row says so), registrations, a series,
   * an interpreter and what hangs on them, and the caller's own tokens.
   */
  static final class Cell {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)\\}");

    private final World world;
    private final Caller caller;
    private final Set<String> fixtures;
    private final Map<String, String> values = new HashMap<>();

    Cell(World world, Caller caller, Set<String> fixtures) {
      this.world = world;
      this.caller = caller;
      this.fixtures = fixtures;
    }

    String get(String key) {
      String value = values.get(key);
      if (value == null) {
        value = make(key);
        values.put(key, value);
      }
      return value;
    }

    private String make(String key) {
      Api admin = Api.admin();
      return switch (key) {
        case "day" ->
            (fixtures.contains("begun")
                    ? Fixtures.today().minusDays(1)
                    : Fixtures.today().plusDays(20))
                .toString();
        case "id" -> meeting(!fixtures.contains("draft"), 10);
        case "draft" -> meeting(false, 10);
        case "code" ->
            registered(
                world
                    .partner
                    .api()
                    .post(
                        "/api/meetings/" + get("id") + "/registrations",
                        "{\"name\":\"Nachbarin\",\"adults\":1,\"children\":0,\"consent\":true}"),
                "code");
        case "token" ->
            Fixtures.register(Long.parseLong(get("id")), "Nachbar", 1, 0, "").getString("token");
        case "fullMeeting" -> {
          String full = meeting(true, 1);
          Fixtures.register(Long.parseLong(full), "Erste", 1, 0, "");
          yield full;
        }
        case "waitingCode" ->
            Fixtures.register(Long.parseLong(get("fullMeeting")), "Wartend", 1, 0, "")
                .getString("code");
        case "unreachedCode" -> {
          String code =
              Fixtures.register(Long.parseLong(get("id")), "Ohne Adresse", 1, 0, "")
                  .getString("code");
          Api.Reply message =
              admin.post(
                  "/api/meetings/" + get("id") + "/messages",
                  "{\"text\":{\"de\":\"Bitte Ausweis mitbringen\"}}");
          assertEquals(201, message.status(), message.toString());
          yield code;
        }
        case "seriesId", "seriesMeeting" -> {
          Api.Reply series =
              admin.post("/api/series", Bodies.series(coHost(), LocalDate.parse(get("day"))));
          assertEquals(201, series.status(), series.toString());
          values.put(
              "seriesMeeting",
              series.json().getJsonArray("meetingIds").getJsonNumber(0).toString());
          values.put("seriesId", String.valueOf(Json.id(series.json())));
          yield values.get(key);
        }
        case "offerId" -> offer(!fixtures.contains("draft"));
        case "offerPartner" ->
            String.valueOf(caller.foreign() ? world.otherOrganisation : world.partnerOrganisation);
        case "userId" -> String.valueOf(world.otherUser);
        case "interpreterId" ->
            registered(
                admin.post(
                    "/api/interpreters",
                    Bodies.of("interpreter").replace("{unique}", Accounts.unique("d"))),
                "id");
        case "assignmentId" ->
            registered(
                admin.post(
                    "/api/meetings/" + get("id") + "/interpreters",
                    "{\"interpreterId\":" + get("interpreterId") + ",\"language\":\"ar\"}"),
                "id");
        case "walkInId" ->
            registered(
                admin.post("/api/meetings/" + get("id") + "/walk-ins", "{\"persons\":2}"), "id");
        case "feedTokenId" ->
            registered(
                world
                    .api(caller == Caller.ANONYMOUS ? Caller.ADMIN : caller)
                    .post("/api/feed-tokens", "{\"name\":\"Kalender\"}"),
                "id");
        case "apiTokenId" ->
            registered(withPassword().post("/api/tokens", "{\"name\":\"Matrix\"}"), "id");
        default -> throw new IllegalArgumentException("no value " + key);
      };
    }

    /**
     * The caller with its password (tokens are made with the password); the admin's for the
     * anonymous column.
     */
    private Api withPassword() {
      return world.withPassword(caller == Caller.ANONYMOUS ? Caller.ADMIN : caller);
    }

    private String coHost() {
      return caller.foreign() ? "" : "\"partnerIds\":[" + world.partnerOrganisation + "],";
    }

    private String meeting(boolean published, int capacity) {
      return String.valueOf(
          Json.id(
              Fixtures.meeting(
                  Api.admin(),
                  LocalDate.parse(get("day")),
                  "10:00",
                  "12:00",
                  capacity,
                  coHost() + "\"published\":" + published)));
    }

    /** A help offer of the partner's organisation (another one's for PARTNER_FOREIGN). */
    private String offer(boolean published) {
      String body = resolve(Bodies.of("offer"));
      return registered(
          Api.admin()
              .post(
                  "/api/offers",
                  body.substring(0, body.length() - 1) + ",\"published\":" + published + "}"),
          "id");
    }

    private static String registered(Api.Reply reply, String field) {
      assertTrue(reply.status() == 201, reply.toString());
      JsonValue value = reply.json().get(field);
      return value instanceof jakarta.json.JsonString text ? text.getString() : value.toString();
    }

    /**
     * Fills in a path or body: {id} is the meeting in meeting paths, else the thing the path names.
     */
    String resolve(String template) {
      String text = template.replace("{unique}", Accounts.unique("x"));
      if (text.startsWith("/api/series/{id}")) {
        text = text.replace("{id}", get("seriesId"));
      } else if (text.startsWith("/api/users/{id}")) {
        text = text.replace("{id}", get("userId"));
      } else if (text.startsWith("/api/feed-tokens/{id}")) {
        text = text.replace("{id}", get("feedTokenId"));
      } else if (text.startsWith("/api/offers/{id}")) {
        text = text.replace("{id}", get("offerId"));
      } else if (text.startsWith("/api/tokens/{id}")) {
        text = text.replace("{id}", get("apiTokenId"));
      } else if (text.endsWith("/promote")) {
        text = text.replace("{id}", get("fullMeeting")).replace("{code}", get("waitingCode"));
      } else if (text.endsWith("/informed")) {
        text = text.replace("{code}", get("unreachedCode"));
      }
      Matcher m = PLACEHOLDER.matcher(text);
      StringBuilder resolved = new StringBuilder();
      while (m.find()) {
        m.appendReplacement(resolved, Matcher.quoteReplacement(get(m.group(1))));
      }
      return m.appendTail(resolved).toString();
    }
  }

  /** The request bodies the rows name. */
  static final class Bodies {
    static String of(String name) {
      return switch (name) {
        case "venue" -> "{\"name\":\"Saal {unique}\",\"address\":\"Weg 1\",\"districtId\":1}";
        case "partner" -> "{\"name\":\"Partner {unique}\"}";
        case "user" ->
            "{\"username\":\"u{unique}\",\"displayName\":\"Neu\",\"password\":\""
                + Accounts.PASSWORD
                + "\",\"roles\":[\"organiser\"]}";
        case "userUpdate" -> "{\"displayName\":\"Umbenannt\"}";
        case "apiToken" -> "{\"name\":\"Skript\"}";
        case "feedToken" -> "{\"name\":\"Kalender\"}";
        case "meeting" -> meeting("");
        case "series" -> series("", Fixtures.today().plusDays(20));
        case "cancel" -> "{\"reason\":\"Krank\"}";
        case "seriesEdit" -> "{\"fromDate\":\"{day}\",\"capacity\":30}";
        case "registration" -> "{\"name\":\"Gast\",\"adults\":1,\"children\":0,\"consent\":true}";
        case "walkIn" -> "{\"persons\":2,\"language\":\"ar\"}";
        case "interpreter" -> "{\"name\":\"Dolmetscherin {unique}\",\"languages\":[\"ar\"]}";
        case "assignment" -> "{\"interpreterId\":{interpreterId},\"language\":\"ar\"}";
        case "feedback" -> "{\"answer\":\"YES\"}";
        case "offer" ->
            "{\"partnerId\":{offerPartner},\"title\":{\"de\":\"Angebot {unique}\"},\"districtIds\":[5]}";
        case "referral" -> "{\"meetingId\":{id}}";
        case "message" -> "{\"text\":{\"de\":\"Bitte Ausweis mitbringen {unique}\"}}";
        default -> throw new IllegalArgumentException("no body " + name);
      };
    }

    static String meeting(String more) {
      LocalDate day = Fixtures.today().plusDays(20);
      return "{\"title\":{\"de\":\"Matrix {unique}\"},\"formatId\":1,\"districtId\":5,\"start\":\""
          + day
          + "T10:00\",\"end\":\""
          + day
          + "T12:00\",\"capacity\":10,"
          + more
          + "\"onlineUrl\":\"https://meet.example.org/m\"}";
    }

    static String series(String more, LocalDate day) {
      return "{\"title\":{\"de\":\"Reihe {unique}\"},\"formatId\":1,\"districtId\":5,\"start\":\""
          + day
          + "T10:00\",\"end\":\""
          + day
          + "T12:00\",\"capacity\":10,"
          + more
          + "\"onlineUrl\":\"https://meet.example.org/s\",\"recurrence\":{\"frequency\":\"WEEKLY\",\"count\":2}}"
              .replace("{unique}", Accounts.unique("r"));
    }
  }

  /** What a page action sends and how to tell it happened (read back as admin). */
  record Action(Map<String, String> fields, Predicate<FacesSession.Page> happened) {

    static Action of(String name, Cell cell) {
      Api admin = Api.admin();
      String unique = Accounts.unique("Seite");
      String meeting = "/api/meetings/" + cell.get("id");
      return switch (name) {
        case "meetingEditor.save" ->
            new Action(
                Map.of("form:title_de", unique),
                p -> admin.get(meeting).json().getString("title").equals(unique));
        case "meetingEditor.cancelMeeting" ->
            new Action(
                Map.of("form:reason", "Heizung kaputt"),
                p -> admin.get(meeting).json().getString("status").equals("CANCELLED"));
        case "meetingEditor.saveSeriesFromHere" ->
            new Action(
                Map.of("form:capacity", "77"),
                p ->
                    admin
                            .get("/api/meetings/" + cell.get("seriesMeeting"))
                            .json()
                            .getInt("capacity")
                        == 77);
        case "venueAdministration.create" ->
            new Action(
                Map.of("venue:name", unique, "venue:address", "Weg 2", "venue:districtId", "1"),
                p -> admin.get("/api/venues").body().contains(unique));
        case "partnerAdministration.create" ->
            new Action(
                Map.of("partner:name", unique),
                p -> admin.get("/api/partners").body().contains(unique));
        case "offerAdministration.save" ->
            new Action(
                Map.of(
                    "offer:title_de",
                    unique,
                    "offer:districtIds",
                    "5",
                    "offer:partnerId",
                    cell.get("offerPartner")),
                p -> Api.anonymous().get("/api/offers?district=5").body().contains(unique));
        case "userAccountsPage.create" ->
            new Action(
                Map.of(
                    "user:username",
                    unique.toLowerCase(),
                    "user:displayName",
                    unique,
                    "user:password",
                    Accounts.PASSWORD,
                    "user:role",
                    "organiser"),
                p -> admin.get("/api/users").body().contains(unique));
        case "registrationBoard.cancel" -> {
          String code = cell.get("code");
          yield new Action(
              Map.of(),
              p ->
                  admin
                      .get(meeting + "/registrations")
                      .jsonArray()
                      .getValuesAs(JsonObject.class)
                      .stream()
                      .anyMatch(
                          r ->
                              r.getString("code").equals(code)
                                  && r.getString("status").equals("CANCELLED")));
        }
        case "registrationBoard.sendMessage" -> {
          String token = cell.get("token");
          yield new Action(
              Map.of("message:text_de", unique),
              p -> Api.anonymous().get("/api/registrations/" + token).body().contains(unique));
        }
        case "registrationBoard.informed" -> {
          String code = cell.get("unreachedCode");
          yield new Action(
              Map.of(),
              p ->
                  admin
                      .get(meeting + "/unreached")
                      .jsonArray()
                      .getValuesAs(JsonObject.class)
                      .stream()
                      .anyMatch(u -> u.getString("code").equals(code) && !u.isNull("informedAt")));
        }
        case "interpreterPool.add" ->
            new Action(
                Map.of("pool:name", unique, "pool:languages", "fa"),
                p -> admin.get("/api/interpreters").body().contains(unique));
        case "checkIn.addWalkIn" ->
            new Action(
                Map.of("walkins:walkInPersons", "5"),
                p -> admin.get(meeting + "/attendance").json().getInt("walkInPersons") == 5);
        case "feedTokenPage.create", "apiTokensPage.create" ->
            new Action(
                Map.of(name.startsWith("feed") ? "feeds:name" : "token:name", unique),
                p -> p.status() == 200 && p.body().contains("id=\"issued\""));
        default -> throw new IllegalArgumentException("no action " + name);
      };
    }
  }

  // ----------------------------------------------------------------------------------------------
  // reading

  private static synchronized World world() {
    if (world == null) {
      world = new World();
    }
    return world;
  }

  private static List<Row> rows(String kind) {
    return ROWS.stream().filter(r -> r.kind().equals(kind)).toList();
  }

  private static List<Row> read() {
    try (InputStream in = RoleMatrixIT.class.getResourceAsStream("/security/role-matrix.txt")) {
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      List<Row> rows = new ArrayList<>();
      for (int i = 0; i < lines.length; i++) {
        String line = lines[i].strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        rows.add(parse(i + 1, line.split("\\s+")));
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Row parse(int line, String[] t) {
    return switch (t[0]) {
      case "PAGE" ->
          new Row(line, "PAGE", "GET", t[1], Set.of(), List.of(t).subList(2, 7), null, null, null);
      case "ACTION" ->
          new Row(
              line, "ACTION", t[1], t[2], Set.of(), List.of(t).subList(5, 10), null, t[3], t[4]);
      case "OTHER" ->
          new Row(
              line,
              "OTHER",
              null,
              null,
              Set.of(),
              List.of(),
              String.join(" ", List.of(t).subList(1, t.length)),
              null,
              null);
      default -> {
        int i = 2;
        Set<String> fixtures = new java.util.HashSet<>();
        while (t[i].startsWith("@")) {
          fixtures.add(t[i++].substring(1));
        }
        yield new Row(
            line,
            "API",
            t[0],
            t[1],
            fixtures,
            List.of(t).subList(i, i + 5),
            t.length > i + 5 ? t[i + 5] : null,
            null,
            null);
      }
    };
  }

  /** The pages in the WAR (path → source), without templates. */
  private static Map<String, String> warPages() {
    Map<String, String> pages = new HashMap<>();
    try (ZipFile war = new ZipFile(Path.of(System.getProperty("treffpunkt.war")).toFile())) {
      war.stream()
          .filter(
              e ->
                  e.getName().endsWith(".xhtml")
                      && !e.getName().startsWith("WEB-INF/")
                      && !e.getName().startsWith("META-INF/"))
          .forEach(
              e -> {
                try (InputStream in = war.getInputStream(e)) {
                  pages.put(
                      "/" + e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                } catch (IOException io) {
                  throw new UncheckedIOException(io);
                }
              });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return pages;
  }

  private static String abbreviated(String body) {
    return body == null ? "" : body.length() > 300 ? body.substring(0, 300) + "…" : body;
  }
}
