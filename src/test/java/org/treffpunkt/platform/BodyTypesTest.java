package org.treffpunkt.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BodyTypesTest {

  record Needs(Boolean stepFree, String other) {}

  record Body(
      String name,
      Integer adults,
      Boolean interpretation,
      List<String> languages,
      Map<String, String> title,
      Needs needs) {}

  private static List<String> errors(String json) {
    return BodyTypes.errors(json.getBytes(StandardCharsets.UTF_8), Body.class).stream()
        .map(v -> v.field() + " " + v.messageKey())
        .toList();
  }

  @Test
  void eachFieldOfTheWrongTypeIsNamedWithTheTypeItShouldHave() {
    assertEquals(
        List.of("interpretation validation.type.boolean"), errors("{\"interpretation\":[\"ar\"]}"));
    assertEquals(
        List.of("adults validation.type.number", "languages validation.type.list"),
        errors("{\"adults\":\"two\",\"languages\":\"ar\"}"));
    assertEquals(
        List.of("title.de validation.type.text", "needs.stepFree validation.type.boolean"),
        errors("{\"needs\":{\"stepFree\":\"yes\"},\"title\":{\"de\":{\"x\":1}}}"));
    assertEquals(
        List.of("languages.1 validation.type.text"), errors("{\"languages\":[\"ar\",true]}"));
    assertEquals(List.of("body validation.type.object"), errors("[1,2]"));
  }

  @Test
  void rightTypesNullsUnknownFieldsAndBrokenJsonAreNoTypeErrors() {
    assertEquals(
        List.of(), errors("{\"name\":\"A\",\"adults\":2,\"interpretation\":null,\"unknown\":[1]}"));
    assertEquals(List.of(), errors("{\"name\": "));
  }

  @SuppressWarnings("unused")
  void resource(
      @jakarta.ws.rs.PathParam("id") long id,
      @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody Body body,
      @jakarta.ws.rs.HeaderParam("Idempotency-Key") String key,
      @jakarta.ws.rs.core.Context Object context) {}

  @Test
  void theBodyIsTheParameterJaxRsDoesNotFillEvenWhenItIsDocumented() throws Exception {
    java.lang.reflect.Parameter[] parameters =
        getClass()
            .getDeclaredMethod("resource", long.class, Body.class, String.class, Object.class)
            .getParameters();
    assertEquals(
        List.of(false, true, false, false),
        java.util.Arrays.stream(parameters).map(BodyTypes::isBody).toList());
  }
}
