package org.treffpunkt.registration.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.treffpunkt.platform.ProblemException;

/** The checks of a message to registrants, shared by the API and the back-office form. */
class MessageTextsTest {

  private static List<String> fieldsOf(Map<String, String> text) {
    return assertThrows(
            ProblemException.class, () -> Notices.checkedTexts(new MessageRequest(text)))
        .violations()
        .stream()
        .map(v -> v.field() + ":" + v.messageKey())
        .toList();
  }

  @Test
  void germanIsRequiredOtherLanguagesAreOptional() {
    assertEquals(List.of("text.de:validation.required"), fieldsOf(Map.of("ar", "أحضروا أوراقكم")));
    assertEquals(List.of("text.de:validation.required"), fieldsOf(Map.of("de", "  ")));
    assertEquals(
        Map.of("de", "Bitte Papiere mitbringen", "ar", "أحضروا أوراقكم"),
        Notices.checkedTexts(
            new MessageRequest(
                Map.of("de", " Bitte Papiere mitbringen ", "ar", "أحضروا أوراقكم", "uk", ""))));
  }

  @Test
  void onlyOurLanguagesWithinTheLengthLimit() {
    Map<String, String> text =
        new HashMap<>(Map.of("de", "x".repeat(2001), "xx", "?", "EN", "Hello"));

    assertEquals(
        List.of(
            "text.EN:validation.textLanguage",
            "text.de:validation.maxLength",
            "text.xx:validation.textLanguage"),
        fieldsOf(text));
  }

  @Test
  void aMissingBodyOrTextIsAnswered() {
    assertEquals(
        400, assertThrows(ProblemException.class, () -> Notices.checkedTexts(null)).status());
    assertEquals(List.of("text.de:validation.required"), fieldsOf(null));
  }
}
