package org.treffpunkt.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The architecture's rules, checked on the compiled classes: features own their data and talk
 * through each other's control layer (services, records, events); shared vocabulary is in {@code
 * platform}; no package depends on itself in a circle; larger features have the same
 * boundary/control/entity shape.
 */
class FeatureBordersTest {

  private static final String ROOT = "org.treffpunkt";

  /** A feature of at most this many classes may be one flat package. */
  private static final int FEW = 3;

  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages(ROOT);

  /** The feature a class belongs to ({@code meeting}, …), or {@code platform}. */
  static String feature(JavaClass c) {
    String rest = c.getPackageName().substring(ROOT.length() + 1);
    int dot = rest.indexOf('.');
    return dot < 0 ? rest : rest.substring(0, dot);
  }

  /**
   * The layer of a class within its feature ({@code boundary}, {@code control}, {@code entity}), or
   * "" (flat).
   */
  static String layer(JavaClass c) {
    String rest = c.getPackageName().substring(ROOT.length() + 1);
    int dot = rest.indexOf('.');
    return dot < 0 ? "" : rest.substring(dot + 1);
  }

  private static boolean isEntity(JavaClass c) {
    return c.isAnnotatedWith("jakarta.persistence.Entity")
        || c.isAnnotatedWith("jakarta.persistence.Embeddable")
        || layer(c).equals("entity");
  }

  @Test
  void noFeatureUsesAnotherFeaturesEntitiesOrBoundary() {
    ArchRule rule =
        classes()
            .that()
            .resideInAPackage(ROOT + "..")
            .should(
                new ArchCondition<JavaClass>("use only their own feature's entities and boundary") {
                  @Override
                  public void check(JavaClass origin, ConditionEvents events) {
                    origin
                        .getDirectDependenciesFromSelf()
                        .forEach(
                            d -> {
                              JavaClass target = d.getTargetClass();
                              if (!target.getPackageName().startsWith(ROOT)
                                  || feature(target).equals(feature(origin))) {
                                return;
                              }
                              if (isEntity(target) || layer(target).startsWith("boundary")) {
                                events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                              }
                            });
                  }
                });
    rule.check(CLASSES);
  }

  @Test
  void platformDependsOnNoFeature() {
    noClasses()
        .that()
        .resideInAPackage(ROOT + ".platform..")
        .should()
        .dependOnClassesThat(
            new DescribedPredicate<JavaClass>("belong to a feature") {
              @Override
              public boolean test(JavaClass c) {
                return c.getPackageName().startsWith(ROOT) && !feature(c).equals("platform");
              }
            })
        .check(CLASSES);
  }

  @Test
  void featuresDependOnEachOtherWithoutCycles() {
    slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(CLASSES);
  }

  @Test
  void packagesDependOnEachOtherWithoutCycles() {
    slices().matching(ROOT + ".(**)").should().beFreeOfCycles().check(CLASSES);
  }

  @Test
  void everyFeatureOfMoreThanAFewClassesHasBoundaryControlAndEntity() {
    Map<String, List<JavaClass>> byFeature = new HashMap<>();
    CLASSES.stream()
        .filter(c -> !c.getSimpleName().equals("package-info") && c.getEnclosingClass().isEmpty())
        .forEach(c -> byFeature.computeIfAbsent(feature(c), f -> new ArrayList<>()).add(c));
    List<String> flat = new ArrayList<>();
    byFeature.forEach(
        (feature, classes) -> {
          if (feature.equals("platform") || classes.size() <= FEW) {
            return;
          }
          classes.stream()
              .filter(c -> layer(c).isEmpty())
              .forEach(c -> flat.add(feature + ": " + c.getSimpleName()));
        });
    assertTrue(
        flat.isEmpty(), "classes of larger features outside boundary/control/entity: " + flat);
  }

  @Test
  void noFeatureQueriesAnotherFeaturesTables() throws IOException {
    Map<String, String> owner = new HashMap<>();
    CLASSES.stream()
        .filter(c -> c.isAnnotatedWith("jakarta.persistence.Entity"))
        .forEach(c -> owner.put(c.getSimpleName(), feature(c)));
    Pattern entityInQuery = Pattern.compile("\\b(?:from|join|update|into)\\s+([A-Z]\\w*)\\b");
    Pattern literal = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    List<String> foreign = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/treffpunkt"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String feature =
            Path.of("src/main/java/org/treffpunkt").relativize(file).getName(0).toString();
        Matcher strings = literal.matcher(Files.readString(file));
        while (strings.find()) {
          Matcher entity = entityInQuery.matcher(strings.group(1));
          while (entity.find()) {
            String table = owner.get(entity.group(1));
            if (table != null && !table.equals(feature)) {
              foreign.add(file.getFileName() + " queries " + entity.group(1) + " of " + table);
            }
          }
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    assertTrue(foreign.isEmpty(), "queries over another feature's tables: " + foreign);
  }
}
