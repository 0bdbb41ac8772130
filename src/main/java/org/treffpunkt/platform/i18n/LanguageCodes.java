package org.treffpunkt.platform.i18n;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Languages people speak (any ISO 639-1 code: ar, fa, ku, ps, ti, uk …), not only the seven of the
 * interface.
 */
public final class LanguageCodes {

  private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());

  private LanguageCodes() {}

  /** The code in lower case, if it is a two-letter ISO 639-1 code. */
  public static Optional<String> normalise(String code) {
    String c = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
    return c.length() == 2 && ISO_639_1.contains(c) ? Optional.of(c) : Optional.empty();
  }
}
