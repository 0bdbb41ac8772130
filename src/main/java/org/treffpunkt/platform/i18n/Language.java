package org.treffpunkt.platform.i18n;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The seven languages of the user interface; German is the default and the fallback for meeting
 * texts.
 */
public enum Language {
  DE("de", "Deutsch", false),
  EN("en", "English", false),
  AR("ar", "العربية", true),
  FA("fa", "فارسی", true),
  UK("uk", "Українська", false),
  RU("ru", "Русский", false),
  TR("tr", "Türkçe", false);

  public static final Language DEFAULT = DE;

  private final String code;
  private final String nativeName;
  private final boolean rightToLeft;

  Language(String code, String nativeName, boolean rightToLeft) {
    this.code = code;
    this.nativeName = nativeName;
    this.rightToLeft = rightToLeft;
  }

  public String code() {
    return code;
  }

  public String nativeName() {
    return nativeName;
  }

  public boolean rightToLeft() {
    return rightToLeft;
  }

  /** The value of the HTML {@code dir} attribute. */
  public String direction() {
    return rightToLeft ? "rtl" : "ltr";
  }

  public Locale locale() {
    return Locale.forLanguageTag(code);
  }

  /**
   * The locale for numbers and dates: the language with the digits its bundle chooses ({@code
   * format.numbers}: e.g. {@code latn} 0–9, {@code arab} ٠–٩, {@code arabext} ۰–۹), so dates and
   * counts on a page use the same digits.
   */
  public Locale formattingLocale() {
    Locale made = formattingLocale;
    if (made == null) {
      // the bundles do not change while the application runs: made once per language
      made =
          formattingLocale =
              new Locale.Builder()
                  .setLocale(locale())
                  .setUnicodeLocaleKeyword("nu", Messages.get(this, "format.numbers"))
                  .build();
    }
    return made;
  }

  private volatile Locale formattingLocale;

  /**
   * The language with this ISO 639-1 code (case-insensitive, region ignored), if it is one of ours.
   */
  public static Optional<Language> of(String code) {
    if (code == null || code.isBlank()) {
      return Optional.empty();
    }
    String primary = code.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
    return Arrays.stream(values()).filter(l -> l.code.equals(primary)).findFirst();
  }

  /**
   * The best of our languages for an {@code Accept-Language} header, if any of them is acceptable.
   */
  public static Optional<Language> fromAcceptLanguage(String header) {
    if (header == null || header.isBlank()) {
      return Optional.empty();
    }
    try {
      List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(header);
      List<String> tags = Arrays.stream(values()).map(Language::code).toList();
      return Optional.ofNullable(Locale.lookupTag(ranges, tags)).flatMap(Language::of);
    } catch (IllegalArgumentException malformed) {
      return Optional.empty();
    }
  }
}
