package org.treffpunkt.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.treffpunkt.testing.Api;
import org.treffpunkt.testing.ServerTest;

/** Every error of the API is problem+json, and a failed request stores nothing. */
@ServerTest
class ErrorResponsesIT {

  private static void assertProblem(Api.Reply reply, int status) {
    assertEquals(status, reply.status(), reply.toString());
    assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
    assertEquals(status, reply.json().getInt("status"));
    assertFalse(reply.json().getString("title").isBlank());
    assertFalse(reply.json().getString("detail").isBlank());
  }

  @Test
  void anUnknownPathIs404() {
    assertProblem(Api.anonymous().get("/api/no-such-thing"), 404);
  }

  @Test
  void aWrongMethodIs405WithAllow() {
    Api.Reply reply = Api.anonymous().delete("/api/districts");
    assertProblem(reply, 405);
    assertTrue(reply.header("Allow").orElse("").contains("GET"), reply.headers().toString());
  }

  @Test
  void aBodyThatIsNotJsonIs415() {
    Api.Reply reply =
        Api.admin()
            .send("POST", "/api/venues", "text/plain", "name=x".getBytes(StandardCharsets.UTF_8));
    assertProblem(reply, 415);
  }

  @Test
  void malformedJsonIs400() {
    int before = Api.anonymous().get("/api/venues").jsonArray().size();

    assertProblem(Api.admin().post("/api/venues", "{\"name\": \"unterminated"), 400);
    assertProblem(Api.admin().post("/api/venues", "[1,2,3]"), 400);
    assertProblem(Api.admin().post("/api/venues", "{\"districtId\":\"not a number\"}"), 400);

    assertEquals(before, Api.anonymous().get("/api/venues").jsonArray().size());
  }

  @Test
  void anEmptyBodyIs400() {
    assertProblem(Api.admin().post("/api/venues", ""), 400);
  }

  @Test
  void anOversizeBodyIs413AndStoresNothing() {
    int before = Api.anonymous().get("/api/venues").jsonArray().size();
    String huge = "{\"name\":\"" + "x".repeat(200_000) + "\",\"address\":\"a\",\"districtId\":1}";

    assertProblem(Api.admin().post("/api/venues", huge), 413);
    assertEquals(before, Api.anonymous().get("/api/venues").jsonArray().size());
  }

  @Test
  void theOpenApiDocumentDescribesTheApi() {
    Api.Reply reply = Api.anonymous().get("/openapi", "Accept", "application/json");

    assertEquals(200, reply.status());
    assertTrue(reply.json().getJsonObject("paths").containsKey("/api/venues"), reply.body());
    assertTrue(reply.json().getJsonObject("paths").containsKey("/api/districts"));
  }
}
