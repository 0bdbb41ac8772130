package org.treffpunkt.platform;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.treffpunkt.platform.ProblemException.Violation;

/**
 * Finds the fields of a JSON body whose values have the wrong type for the record the API reads it
 * into, so that {@code {"interpretation": ["ar"]}} is answered with the field and the type it
 * should have, not with "unreadable". Null is never a type error (required fields are checked
 * afterwards by the validation).
 */
public final class BodyTypes {

  private static final int MAX_REPORTED = 20;

  private BodyTypes() {}

  /**
   * The type errors of the body of the request a resource method could not read (kept by {@link
   * BodyKeeper}), for the record the method takes; empty if there is none, or the body is not JSON
   * at all.
   */
  public static List<Violation> errors(
      jakarta.servlet.http.HttpServletRequest request,
      jakarta.ws.rs.container.ResourceInfo resource) {
    Object body = request == null ? null : request.getAttribute(BodyKeeper.ATTRIBUTE);
    java.lang.reflect.Method method = resource == null ? null : resource.getResourceMethod();
    if (!(body instanceof byte[] bytes) || method == null) {
      return List.of();
    }
    for (java.lang.reflect.Parameter parameter : method.getParameters()) {
      if (isBody(parameter)) {
        return errors(bytes, parameter.getParameterizedType());
      }
    }
    return List.of();
  }

  /**
   * The entity parameter of a resource method: the one JAX-RS does not fill from the path, query,
   * headers or context (documentation annotations such as OpenAPI's {@code @RequestBody} do not
   * count).
   */
  static boolean isBody(java.lang.reflect.Parameter parameter) {
    return java.util.Arrays.stream(parameter.getAnnotations())
        .noneMatch(a -> a.annotationType().getPackageName().startsWith("jakarta.ws.rs"));
  }

  /**
   * The type errors of {@code body} read as {@code target}; empty if it is not JSON at all or has
   * none.
   */
  public static List<Violation> errors(byte[] body, Type target) {
    JsonValue json;
    try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
      json = reader.readValue();
    } catch (jakarta.json.JsonException notJson) {
      return List.of();
    }
    List<Violation> errors = new ArrayList<>();
    check(json, target, "", errors);
    return errors;
  }

  private static void check(JsonValue value, Type type, String path, List<Violation> errors) {
    if (value.getValueType() == JsonValue.ValueType.NULL || errors.size() >= MAX_REPORTED) {
      return;
    }
    Class<?> raw = raw(type);
    String expected = expected(raw);
    if (expected != null) {
      if (!matches(value, raw)) {
        errors.add(new Violation(path.isEmpty() ? "body" : path, "validation.type." + expected));
      }
      return;
    }
    if (List.class.isAssignableFrom(raw) || java.util.Set.class.isAssignableFrom(raw)) {
      if (!(value instanceof JsonArray array)) {
        errors.add(new Violation(path, "validation.type.list"));
        return;
      }
      Type element = argument(type, 0);
      for (int i = 0; i < array.size(); i++) {
        check(array.get(i), element, path + "." + i, errors);
      }
    } else if (Map.class.isAssignableFrom(raw)) {
      if (!(value instanceof JsonObject object)) {
        errors.add(new Violation(path, "validation.type.object"));
        return;
      }
      Type element = argument(type, 1);
      object.forEach((key, member) -> check(member, element, join(path, key), errors));
    } else if (raw.isRecord()) {
      if (!(value instanceof JsonObject object)) {
        errors.add(new Violation(path.isEmpty() ? "body" : path, "validation.type.object"));
        return;
      }
      for (RecordComponent component : raw.getRecordComponents()) {
        JsonValue member = object.get(component.getName());
        if (member != null) {
          check(member, component.getGenericType(), join(path, component.getName()), errors);
        }
      }
    }
  }

  /** The message key's last part for a scalar type, or null for containers and records. */
  private static String expected(Class<?> raw) {
    if (raw == Boolean.class || raw == boolean.class) {
      return "boolean";
    }
    if (Number.class.isAssignableFrom(raw)
        || raw == int.class
        || raw == long.class
        || raw == double.class) {
      return "number";
    }
    if (raw == String.class || raw.isEnum()) {
      return "text";
    }
    return null;
  }

  private static boolean matches(JsonValue value, Class<?> raw) {
    return switch (value.getValueType()) {
      case TRUE, FALSE -> raw == Boolean.class || raw == boolean.class;
      case NUMBER -> Number.class.isAssignableFrom(raw) || raw.isPrimitive() || raw == String.class;
      case STRING -> raw == String.class || raw.isEnum();
      default -> false;
    };
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    return Object.class;
  }

  private static Type argument(Type type, int index) {
    return type instanceof ParameterizedType p && p.getActualTypeArguments().length > index
        ? p.getActualTypeArguments()[index]
        : Object.class;
  }

  private static String join(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }
}
