package org.treffpunkt.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.treffpunkt.testing.Api;
import org.treffpunkt.testing.ServerTest;

/**
 * The API client the tests use (and partners would generate) is generated in the build from the
 * committed copy of the OpenAPI document, {@code src/test/openapi/treffpunkt-api.json}; this test
 * fails when the document the server serves differs from it, so a change of the API cannot pass
 * unnoticed. An intended change: check that it is compatible (README, "API"), then copy {@code
 * target/openapi/served.json} (written here) over the committed file and run the build again, which
 * regenerates the client and runs {@link ApiClientIT} against the changed server.
 */
@ServerTest
class OpenApiDriftIT {

  static final Path COMMITTED = Path.of("src/test/openapi/treffpunkt-api.json");
  static final Path SERVED = Path.of("target/openapi/served.json");

  @Test
  void theServedDocumentIsTheOneTheClientIsGeneratedFrom() throws IOException {
    Api.Reply reply = Api.anonymous().get("/openapi?format=JSON", "Accept", "application/json");
    assertEquals(200, reply.status(), reply.toString());
    Files.createDirectories(SERVED.getParent());
    Files.writeString(SERVED, reply.body(), StandardCharsets.UTF_8);

    List<String> differences = new ArrayList<>();
    diff(
        "",
        parse(Files.readString(COMMITTED, StandardCharsets.UTF_8)),
        parse(reply.body()),
        differences);
    assertTrue(
        differences.isEmpty(),
        "The served OpenAPI document differs from "
            + COMMITTED
            + " (the client is generated from it) at:\n  "
            + String.join("\n  ", differences.subList(0, Math.min(30, differences.size())))
            + "\nIf the change is intended and compatible, copy "
            + SERVED
            + " to "
            + COMMITTED
            + ".");
  }

  private static JsonValue parse(String json) {
    try (var reader = Json.createReader(new StringReader(json))) {
      return reader.readValue();
    }
  }

  /** The JSON pointers at which {@code committed} and {@code served} differ. */
  private static void diff(String at, JsonValue committed, JsonValue served, List<String> out) {
    if (committed instanceof JsonObject c && served instanceof JsonObject s) {
      TreeSet<String> keys = new TreeSet<>(c.keySet());
      keys.addAll(s.keySet());
      for (String key : keys) {
        String pointer = at + "/" + key.replace("~", "~0").replace("/", "~1");
        if (!c.containsKey(key)) {
          out.add(pointer + " added");
        } else if (!s.containsKey(key)) {
          out.add(pointer + " removed");
        } else {
          diff(pointer, c.get(key), s.get(key), out);
        }
      }
    } else if (committed instanceof JsonArray c
        && served instanceof JsonArray s
        && c.size() == s.size()) {
      for (int i = 0; i < c.size(); i++) {
        diff(at + "/" + i, c.get(i), s.get(i), out);
      }
    } else if (!committed.equals(served)) {
      out.add(at + ": " + abbreviated(committed) + " → " + abbreviated(served));
    }
  }

  private static String abbreviated(JsonValue value) {
    String text = value.toString();
    return text.length() > 80 ? text.substring(0, 80) + "…" : text;
  }
}
