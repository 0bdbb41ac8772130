package org.treffpunkt.attendance.control;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/** The German wording of the participant lists and the sign-in sheet ({@code lists.properties}). */
final class ListTexts {

  private static final ResourceBundle TEXTS =
      ResourceBundle.getBundle("org.treffpunkt.attendance.lists", Locale.ROOT);

  private ListTexts() {}

  static String get(String key, Object... args) {
    String pattern = TEXTS.getString(key);
    return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.GERMANY).format(args);
  }

  /** A text that lists several parts separated by semicolons (column headers). */
  static List<String> list(String key) {
    return List.of(get(key).split(";"));
  }
}
