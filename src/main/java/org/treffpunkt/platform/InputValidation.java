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
}
