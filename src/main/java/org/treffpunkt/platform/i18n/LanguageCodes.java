package org.treffpunkt.platform.i18n;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Languages people speak (any ISO 639-1 code: ar, fa, ku, ps, ti, uk …), not only the seven of the interface. */
public final class LanguageCodes {

  private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());

  private LanguageCodes() {}

  /** The code in lower case, if it is a two-letter ISO 639-1 code. */
  public static Optional<String> normalise(String code) {
    String c = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
    return c.length() == 2 && ISO_639_1.contains(c) ? Optional.of(c) : Optional.empty();
  }

  /** All codes normalised, in order without repeats; an invalid one is reported as {@code field.index}. */
  public static Set<String> normaliseAll(java.util.List<String> codes, String field) {
    Set<String> normalised = new java.util.LinkedHashSet<>();
    for (int i = 0; i < codes.size(); i++) {
      final int index = i;
      normalised.add(normalise(codes.get(i)).orElseThrow(
          () -> org.treffpunkt.platform.ProblemException.invalid(field + "." + index, "validation.languageCode")));
    }
    return normalised;
  }
}
