package org.treffpunkt.platform.i18n;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.DecimalStyle;
import java.time.format.ResolverStyle;
import java.util.Optional;

/**
 * Dates typed into a text field, the same in every browser: shown in the page language's format
 * ({@code date.pattern} in its bundle, with its digits), read in that format or as ISO {@code
 * 2027-03-31}, with any digits (٣١, ۳۱, 31) and any of {@code . / -} between day, month and year.
 */
public final class DateInput {

  /** The example in the hint: a day above 12 shows which number is the day. */
  private static final LocalDate EXAMPLE = LocalDate.of(2027, 3, 31);

  /**
   * What the field accepts, for its {@code pattern} attribute: digits of any script and separators.
   */
  public static final String HTML_PATTERN =
      "[0-9٠-٩۰-۹]{1,4}[./\\-][0-9٠-٩۰-۹]{1,2}[./\\-][0-9٠-٩۰-۹]{1,4}";

  private DateInput() {}

  public static String format(LocalDate date, Language language) {
    return date == null ? "" : date.format(formatter(language));
  }

  /** The hint under the field, e.g. "Format TT.MM.JJJJ, z. B. 31.03.2027". */
  public static String hint(Language language) {
    return Messages.get(language, "date.hint", format(EXAMPLE, language));
  }

  public static Optional<LocalDate> parse(String text, Language language) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String digits = latinDigits(text.strip());
    try {
      return Optional.of(LocalDate.parse(digits));
    } catch (DateTimeParseException notIso) {
      String pattern = Messages.get(language, "date.pattern");
      String separator = pattern.replaceAll("[A-Za-z]", "").substring(0, 1);
      try {
        return Optional.of(
            LocalDate.parse(
                digits.replaceAll("[./\\-]", separator),
                DateTimeFormatter.ofPattern(pattern.replace("dd", "d").replace("MM", "M"))
                    .withResolverStyle(ResolverStyle.STRICT)));
      } catch (DateTimeParseException notOurs) {
        return Optional.empty();
      }
    }
  }

  private static DateTimeFormatter formatter(Language language) {
    return DateTimeFormatter.ofPattern(Messages.get(language, "date.pattern"))
        .withDecimalStyle(DecimalStyle.of(language.formattingLocale()));
  }

  private static String latinDigits(String text) {
    StringBuilder latin = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c -> latin.appendCodePoint(Character.isDigit(c) ? '0' + Character.digit(c, 10) : c));
    return latin.toString();
  }
}
