package org.treffpunkt.testing;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * HTTP access to the running server for the integration tests, as a partner's script would use the
 * API.
 */
public final class Api {

  public static final String BASE = System.getProperty("treffpunkt.base", "http://localhost:8080");
  public static final String ADMIN_PASSWORD =
      System.getProperty("it.admin.password", "integration-tests-admin");

  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(10))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private final Optional<String> authorization;

  /**
   * Each client has an address of its own (X-Forwarded-For, believed from the tests' trusted
   * proxy), as on the real Internet: one test's wrong passwords or registrations never throttle
   * another's. A test may send its own.
   */
  private final String clientAddress = Fixtures.randomClient();

  private Api(Optional<String> authorization) {
    this.authorization = authorization;
  }

  public static Api anonymous() {
    return new Api(Optional.empty());
  }

  /** A client with an API token ({@code Authorization: Bearer}). */
  public static Api withToken(String token) {
    return new Api(Optional.of("Bearer " + token));
  }

  public static Api as(String username, String password) {
    String token =
        Base64.getEncoder()
            .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    return new Api(Optional.of("Basic " + token));
  }

  private static volatile Api admin;

  /**
   * The admin, with an API token made once per test run (so that not every call pays for a password
   * check; HTTP Basic itself is tested where it matters).
   */
  public static Api admin() {
    if (admin == null) {
      synchronized (Api.class) {
        if (admin == null) {
          admin = withTokenOf("admin", ADMIN_PASSWORD);
        }
      }
    }
    return admin;
  }

  /** A client acting as {@code username} with a new API token, made once with the password. */
  public static Api withTokenOf(String username, String password) {
    Reply issued = as(username, password).post("/api/tokens", "{\"name\":\"tests\"}");
    if (issued.status() != 201) {
      throw new IllegalStateException("no token for " + username + ": " + issued);
    }
    return withToken(issued.json().getString("token"));
  }

  public Reply get(String path, String... headers) {
    return send(request(path, headers).GET());
  }

  public Reply post(String path, String json, String... headers) {
    return send(request(path, headers).header("Content-Type", "application/json").POST(body(json)));
  }

  public Reply put(String path, String json, String... headers) {
    return send(request(path, headers).header("Content-Type", "application/json").PUT(body(json)));
  }

  public Reply delete(String path, String... headers) {
    return send(request(path, headers).DELETE());
  }

  /** Any method, body and content type, for the tests of bad requests. */
  public Reply send(
      String method, String path, String contentType, byte[] body, String... headers) {
    HttpRequest.Builder builder =
        request(path, headers).method(method, HttpRequest.BodyPublishers.ofByteArray(body));
    if (contentType != null) {
      builder.header("Content-Type", contentType);
    }
    return send(builder);
  }

  private HttpRequest.Builder request(String path, String... headers) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(60));
    authorization.ifPresent(a -> builder.header("Authorization", a));
    boolean ownAddress = false;
    for (int i = 0; i + 1 < headers.length; i += 2) {
      builder.header(headers[i], headers[i + 1]);
      ownAddress |= headers[i].equalsIgnoreCase("X-Forwarded-For");
    }
    if (!ownAddress) {
      builder.header("X-Forwarded-For", clientAddress);
    }
    return builder;
  }

  private static HttpRequest.BodyPublisher body(String json) {
    return HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8);
  }

  private static Reply send(HttpRequest.Builder builder) {
    try {
      HttpResponse<String> response =
          CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(response.statusCode(), response.headers().map(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A response: status, headers and body, with JSON access. */
  public record Reply(int status, Map<String, List<String>> headers, String body) {

    public Optional<String> header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .flatMap(e -> e.getValue().stream())
          .findFirst();
    }

    public String contentType() {
      return header("Content-Type").orElse("");
    }

    public JsonObject json() {
      return (JsonObject) parse();
    }

    public JsonArray jsonArray() {
      return (JsonArray) parse();
    }

    private JsonStructure parse() {
      try (var reader = Json.createReader(new StringReader(body))) {
        return reader.read();
      }
    }

    @Override
    public String toString() {
      return status + " " + body;
    }
  }
}
