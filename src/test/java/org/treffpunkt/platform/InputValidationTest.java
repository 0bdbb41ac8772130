package org.treffpunkt.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class InputValidationTest {

  @Test
  void mapEntriesAndListElementsAreNamedAsInTheJson() {
    assertEquals("title.de", InputValidation.fieldName("title[de].<map value>"));
    assertEquals("languages.2", InputValidation.fieldName("languages[2].<list element>"));
    assertEquals("name", InputValidation.fieldName("name"));
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
