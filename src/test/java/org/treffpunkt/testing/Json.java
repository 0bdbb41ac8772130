package org.treffpunkt.testing;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Small readers for the JSON the API returns. */
public final class Json {

  private Json() {}

  public static long id(JsonObject object) {
    return object.getJsonNumber("id").longValue();
  }

  public static List<JsonObject> items(Api.Reply page) {
    return page.json().getJsonArray("items").getValuesAs(JsonObject.class);
  }

  public static List<Long> ids(List<JsonObject> objects) {
    return objects.stream().map(Json::id).toList();
  }

  /** The field errors of a problem, field → message. */
  public static Map<String, String> errors(Api.Reply problem) {
    return problem.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
        .collect(
            Collectors.toMap(e -> e.getString("field"), e -> e.getString("message"), (a, b) -> a));
  }
}
