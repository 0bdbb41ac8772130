package org.treffpunkt.platform;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.annotation.ElementType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.treffpunkt.platform.i18n.Language;

/**
 * Bean Validation of request bodies, reported as one 400 problem naming every invalid field.
 * Constraint messages are keys of our own bundles ({@code message = "{validation.required}"}), so
 * all seven languages come from one place; their patterns see {@code {0}} = value, {@code {1}} =
 * min, {@code {2}} = max of the constraint.
 */
@ApplicationScoped
public class InputValidation {

  @Inject ValidatorFactory factory;
  private Validator validator;

  /**
   * Request bodies are records, not entities: nothing in them is loaded lazily, so the JPA
   * traversable resolver that the server's validator uses (it asks {@code Persistence.isLoaded} for
   * every property) is skipped. Under load its per-class metadata lookup was a lock that
   * registrations queued for (JFR: 22 s of monitor waits in a 10 s run at 32 connections).
   */
  @PostConstruct
  void bodiesAreNotEntities() {
    validator =
        factory.usingContext().traversableResolver(new EverythingReachable()).getValidator();
  }

  static final class EverythingReachable implements TraversableResolver {
    @Override
    public boolean isReachable(
        Object bean, Path.Node property, Class<?> rootType, Path path, ElementType type) {
      return true;
    }

    @Override
    public boolean isCascadable(
        Object bean, Path.Node property, Class<?> rootType, Path path, ElementType type) {
      return true;
    }
  }

  /** Throws a 400 problem if the body is missing or any constraint is violated. */
  public <T> T check(T input) {
    ProblemException.throwIfAny(violations(input));
    return input;
  }

  /**
   * Every violated constraint, sorted by field, for a boundary that adds checks of its own before
   * throwing.
   */
  public <T> List<ProblemException.Violation> violations(T input) {
    if (input == null) {
      return List.of(new ProblemException.Violation("", "validation.bodyRequired"));
    }
    Set<ConstraintViolation<T>> violations = validator.validate(input);
    return violations.stream()
        .map(InputValidation::toViolation)
        .sorted(Comparator.comparing(ProblemException.Violation::field))
        .collect(Collectors.toCollection(ArrayList::new));
  }

  static ProblemException.Violation toViolation(ConstraintViolation<?> violation) {
    Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
    return new ProblemException.Violation(
        fieldName(violation.getPropertyPath().toString()),
        messageKey(violation.getMessageTemplate()),
        attributes.get("value"),
        attributes.get("min"),
        attributes.get("max"));
  }

  /** {@code title[de]} (a map entry) is reported as {@code title.de}, as the client wrote it. */
  static String fieldName(String propertyPath) {
    String name =
        propertyPath.replaceAll("<[^>]*>", "").replaceAll("\\[([^]]*)]", ".$1").replace("..", ".");
    return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
  }

  static String messageKey(String template) {
    String key =
        template.startsWith("{") && template.endsWith("}")
            ? template.substring(1, template.length() - 1)
            : template;
    return key.startsWith("jakarta.validation.constraints.")
        ? "validation."
            + key.substring("jakarta.validation.constraints.".length()).replace(".message", "")
        : key;
  }

  /**
   * Language codes (ISO 639-1) normalised, in their order without repeats; each invalid one is
   * reported as {@code field.index}. Null is no codes.
   */
  public static Set<String> languageCodes(
      List<String> codes, String field, List<ProblemException.Violation> violations) {
    Set<String> normalised = new java.util.LinkedHashSet<>();
    if (codes == null) {
      return normalised;
    }
    for (int i = 0; i < codes.size(); i++) {
      var code = org.treffpunkt.platform.i18n.LanguageCodes.normalise(codes.get(i));
      if (code.isEmpty()) {
        violations.add(new ProblemException.Violation(field + "." + i, "validation.languageCode"));
      } else {
        normalised.add(code.get());
      }
    }
    return normalised;
  }

  /** The text stripped, or null if it is null or blank. */
  public static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  /** Reports {@code field} when {@code value} is longer than {@code max} characters. */
  public static void checkLength(
      String field, String value, int max, List<ProblemException.Violation> violations) {
    if (value != null && value.length() > max) {
      violations.add(new ProblemException.Violation(field, "validation.maxLength", null, 0, max));
    }
  }

  /** Whether {@code text} is an absolute http or https address with a host. */
  public static boolean isWebAddress(String text) {
    try {
      java.net.URI uri = new java.net.URI(text);
      return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
          && uri.getHost() != null;
    } catch (java.net.URISyntaxException e) {
      return false;
    }
  }

  /**
   * One field of texts by language ({@code title: {de: …, ar: …}}), with its length limit; the
   * first of a list is the title.
   */
  public record TextField(String name, Map<String, String> byLanguage, int max) {}

  /**
   * Texts by language, checked as meetings and offers take them: the German title is required (when
   * titles are sent at all), only languages of the interface, each text within its field's limit,
   * and a language with any text needs a title. Per language with a title, the stripped texts in
   * the order of {@code fields} (null where blank); an unknown language is reported at the first
   * field that has it.
   */
  public static Map<String, List<String>> texts(
      List<TextField> fields, List<ProblemException.Violation> violations) {
    TextField title = fields.get(0);
    if (title.byLanguage() != null
        && blankToNull(title.byLanguage().get(Language.DEFAULT.code())) == null) {
      violations.add(
          new ProblemException.Violation(
              title.name() + "." + Language.DEFAULT.code(), "validation.required"));
    }
    Set<String> codes = new java.util.LinkedHashSet<>();
    fields.forEach(f -> codes.addAll(valuesOf(f).keySet()));
    Map<String, List<String>> texts = new java.util.HashMap<>();
    for (String code : codes) {
      if (Language.of(code).filter(l -> l.code().equals(code)).isEmpty()) {
        String field =
            fields.stream()
                .filter(f -> valuesOf(f).containsKey(code))
                .findFirst()
                .orElseThrow()
                .name();
        violations.add(
            new ProblemException.Violation(field + "." + code, "validation.textLanguage"));
        continue;
      }
      List<String> values = new ArrayList<>();
      for (TextField field : fields) {
        String value = blankToNull(valuesOf(field).get(code));
        checkLength(field.name() + "." + code, value, field.max(), violations);
        values.add(value);
      }
      if (values.get(0) == null && values.stream().anyMatch(java.util.Objects::nonNull)) {
        violations.add(
            new ProblemException.Violation(title.name() + "." + code, "validation.required"));
      }
      if (values.get(0) != null) {
        texts.put(code, java.util.Collections.unmodifiableList(values));
      }
    }
    return texts;
  }

  private static Map<String, String> valuesOf(TextField field) {
    return field.byLanguage() == null ? Map.of() : field.byLanguage();
  }
}
