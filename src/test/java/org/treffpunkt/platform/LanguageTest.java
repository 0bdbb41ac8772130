package org.treffpunkt.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.treffpunkt.platform.i18n.Language;
import org.treffpunkt.platform.i18n.Messages;

class LanguageTest {

  @Test
  void codesAreMatchedWithoutRegionOrCase() {
    assertEquals(Optional.of(Language.UK), Language.of("uk-UA"));
    assertEquals(Optional.of(Language.FA), Language.of("FA"));
    assertEquals(Optional.of(Language.TR), Language.of(" tr_TR "));
    assertEquals(Optional.empty(), Language.of("fr"));
    assertEquals(Optional.empty(), Language.of(""));
    assertEquals(Optional.empty(), Language.of(null));
  }

  @Test
  void acceptLanguagePicksTheBestOfOurLanguages() {
    assertEquals(
        Optional.of(Language.AR), Language.fromAcceptLanguage("fr-FR,fr;q=0.9,ar;q=0.8,en;q=0.5"));
    assertEquals(Optional.of(Language.RU), Language.fromAcceptLanguage("ru-RU"));
    assertEquals(Optional.empty(), Language.fromAcceptLanguage("fr, es;q=0.5"));
    assertEquals(Optional.empty(), Language.fromAcceptLanguage(";;;q=bad"));
    assertEquals(Optional.empty(), Language.fromAcceptLanguage(null));
  }

  @Test
  void arabicAndPersianAreRightToLeft() {
    for (Language language : Language.values()) {
      boolean rtl = language == Language.AR || language == Language.FA;
      assertEquals(rtl ? "rtl" : "ltr", language.direction(), language.code());
    }
  }

  @Test
  void messagesAreFormattedInTheirLanguage() {
    assertEquals(
        "Höchstens 200 Zeichen.", Messages.get(Language.DE, "validation.maxLength", null, 0, 200));
    assertEquals(
        "At most 200 characters.", Messages.get(Language.EN, "validation.maxLength", null, 0, 200));
    assertEquals("Willkommen, Aylin.", Messages.get(Language.DE, "manage.welcome", "Aylin"));
  }

  @Test
  void anUnknownKeyIsShownAsItselfRatherThanFailing() {
    assertEquals("no.such.key", Messages.get(Language.AR, "no.such.key"));
  }
}
