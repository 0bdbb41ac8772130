package org.treffpunkt.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.treffpunkt.platform.i18n.Language;

/**
 * Every UI language has every key of the German bundle, with the same placeholders, and nothing
 * else.
 */
class BundleCompletenessTest {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

  static Properties bundle(Language language) throws IOException {
    String name = "/org/treffpunkt/i18n/messages_" + language.code() + ".properties";
    try (InputStream in = BundleCompletenessTest.class.getResourceAsStream(name)) {
      assertTrue(in != null, "missing bundle " + name);
      Properties properties = new Properties();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return properties;
    }
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void hasExactlyTheKeysOfTheGermanBundle(Language language) throws IOException {
    Set<String> german = new TreeSet<>(bundle(Language.DE).stringPropertyNames());
    Set<String> keys = new TreeSet<>(bundle(language).stringPropertyNames());

    Set<String> missing = new TreeSet<>(german);
    missing.removeAll(keys);
    Set<String> extra = new TreeSet<>(keys);
    extra.removeAll(german);
    assertEquals(Set.of(), missing, language + " lacks keys");
    assertEquals(Set.of(), extra, language + " has keys German lacks");
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void everyMessageIsFilledAndHasTheGermanPlaceholders(Language language) throws IOException {
    Properties german = bundle(Language.DE);
    Properties translated = bundle(language);
    for (String key : german.stringPropertyNames()) {
      String value = translated.getProperty(key, "");
      assertFalse(value.isBlank(), language + ": " + key + " is empty");
      assertEquals(
          placeholders(german.getProperty(key)), placeholders(value), language + ": " + key);
      new MessageFormat(value); // parses
    }
  }

  private static Set<String> placeholders(String message) {
    Set<String> found = new TreeSet<>();
    Matcher matcher = PLACEHOLDER.matcher(message);
    while (matcher.find()) {
      found.add(matcher.group(1));
    }
    return found;
  }
}
