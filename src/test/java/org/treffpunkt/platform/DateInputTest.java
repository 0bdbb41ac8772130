package org.treffpunkt.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.treffpunkt.platform.i18n.DateInput;
import org.treffpunkt.platform.i18n.Language;
import org.treffpunkt.platform.i18n.Messages;

class DateInputTest {

  private static final LocalDate DAY = LocalDate.of(2027, 3, 31);

  @Test
  void datesAreShownInThePageLanguagesFormatWithTheDigitsItsBundleChooses() {
    assertEquals("31.03.2027", DateInput.format(DAY, Language.DE));
    assertEquals("31/03/2027", DateInput.format(DAY, Language.EN));
    assertEquals("٣١/٠٣/٢٠٢٧", DateInput.format(DAY, Language.AR));
    assertEquals("۲۰۲۷/۰۳/۳۱", DateInput.format(DAY, Language.FA));
    assertEquals("Format TT.MM.JJJJ, z. B. 31.03.2027", DateInput.hint(Language.DE));
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void whatIsShownIsReadBackAndIsoIsAlwaysUnderstood(Language language) {
    assertEquals(Optional.of(DAY), DateInput.parse(DateInput.format(DAY, language), language));
    assertEquals(Optional.of(DAY), DateInput.parse(" 2027-03-31 ", language));
    assertEquals(Optional.empty(), DateInput.parse("2027-02-30", language));
    assertEquals(Optional.empty(), DateInput.parse("morgen", language));
    assertEquals(Optional.empty(), DateInput.parse("", language));
  }

  @Test
  void residentsMayTypeShortNumbersOtherSeparatorsAndEitherDigits() {
    assertEquals(Optional.of(LocalDate.of(2027, 3, 5)), DateInput.parse("5.3.2027", Language.DE));
    assertEquals(Optional.of(LocalDate.of(2027, 3, 5)), DateInput.parse("05-03-2027", Language.TR));
    assertEquals(Optional.of(DAY), DateInput.parse("31/03/2027", Language.AR));
    assertEquals(Optional.of(DAY), DateInput.parse("٣١.٣.٢٠٢٧", Language.AR));
    assertEquals(Optional.of(DAY), DateInput.parse("2027/3/31", Language.FA));
    assertEquals(Optional.empty(), DateInput.parse("31.13.2027", Language.DE));
  }

  @Test
  void countsInMessagesUseTheSameDigitsAsDates() {
    assertEquals("تبقى ٣ أماكن.", Messages.get(Language.AR, "registration.freePlaces", 3));
    assertEquals(
        Messages.get(Language.DE, "registration.freePlaces", 3).replaceAll("\\D", ""), "3");
  }
}
