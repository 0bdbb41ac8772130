package org.treffpunkt.platform.i18n;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * User-facing strings from the bundles {@code org/treffpunkt/i18n/messages_<lang>.properties}. The
 * same bundles serve the pages (as {@code #{msg}}), the API's error messages and the mails.
 */
public final class Messages {

  public static final String BUNDLE = "org.treffpunkt.i18n.messages";

  private static final ResourceBundle.Control NO_SYSTEM_LOCALE_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private Messages() {}

  public static ResourceBundle bundle(Language language) {
    return ResourceBundle.getBundle(BUNDLE, language.locale(), NO_SYSTEM_LOCALE_FALLBACK);
  }

  /** The message for {@code key}, formatted with {@code args}; German if the language lacks it. */
  public static String get(Language language, String key, Object... args) {
    String pattern;
    try {
      pattern = bundle(language).getString(key);
    } catch (MissingResourceException e) {
      if (language == Language.DEFAULT) {
        return key;
      }
      return get(Language.DEFAULT, key, args);
    }
    return args.length == 0
        ? pattern
        : new MessageFormat(pattern, language.formattingLocale()).format(args);
  }
}
