package org.treffpunkt.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InputValidationTest {

  @Test
  void mapEntriesAndListElementsAreNamedAsInTheJson() {
    assertEquals("title.de", InputValidation.fieldName("title[de].<map value>"));
    assertEquals("languages.2", InputValidation.fieldName("languages[2].<list element>"));
    assertEquals("name", InputValidation.fieldName("name"));
  }

  @Test
  void textsByLanguageNeedAGermanTitleKnownLanguagesTitlesAndLengthsWithinLimits() {
    List<ProblemException.Violation> violations = new ArrayList<>();

    var texts =
        InputValidation.texts(
            List.of(
                new InputValidation.TextField("title", Map.of("ar", " عنوان ", "xx", "?"), 10),
                new InputValidation.TextField(
                    "description", Map.of("ar", "12345678901", "uk", "Опис", "xx", "?"), 10)),
            violations);

    assertEquals(Map.of("ar", Arrays.asList("عنوان", "12345678901")), texts);
    assertEquals(
        List.of(
            "description.ar validation.maxLength",
            "title.de validation.required",
            "title.uk validation.required",
            "title.xx validation.textLanguage"),
        violations.stream().map(v -> v.field() + " " + v.messageKey()).sorted().toList());
  }

  @Test
  void builtInMessagesMapToOurKeys() {
    assertEquals("validation.required", InputValidation.messageKey("{validation.required}"));
    assertEquals(
        "validation.NotNull",
        InputValidation.messageKey("{jakarta.validation.constraints.NotNull.message}"));
  }

  @Test
  void unexpectedErrorsAreLoggedWithoutTheirMessages() {
    var error =
        new IllegalStateException(
            "Duplicate entry 'anna@example.org'", new RuntimeException("Anna"));

    String outline = UnexpectedExceptionMapper.outline(error);

    assertEquals(false, outline.contains("anna@example.org"));
    assertEquals(false, outline.contains("Anna"));
    assertEquals(
        true, outline.startsWith("java.lang.IllegalStateException <- java.lang.RuntimeException"));
  }
}
