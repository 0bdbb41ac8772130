package org.treffpunkt.platform.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates, times and language names for pages, in the page's language; times always in Berlin. */
@Named("fmt")
@RequestScoped
public class Formats {

  /** The application's one zone (as {@code ClockProducer.BERLIN}; not imported, so i18n depends on nothing else). */
  private static final java.time.ZoneId BERLIN = java.time.ZoneId.of("Europe/Berlin");

  @Inject CurrentLanguage language;

  /** "Dienstag, 2. März 2027" */
  public String date(OffsetDateTime time) {
    return time == null ? "" : berlin(time).format(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
        .withLocale(language.getLocale()));
  }

  /** "18:00" */
  public String time(OffsetDateTime time) {
    return time == null ? "" : berlin(time).format(DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
        .withLocale(language.getLocale()));
  }

  /** "18:00–20:00" */
  public String timeRange(OffsetDateTime start, OffsetDateTime end) {
    return time(start) + "–" + time(end);
  }

  /** "26.11.2026, 14:05" for a moment in Berlin. */
  public String instant(java.time.Instant instant) {
    return instant == null ? "" : instant.atZone(BERLIN).format(DateTimeFormatter
        .ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(language.getLocale()));
  }

  /** The machine-readable form for {@code <time datetime>}. */
  public String iso(OffsetDateTime time) {
    return time == null ? "" : time.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  /** The name of a language (ISO 639-1 code) in the page's language, e.g. "Arabisch". */
  public String languageName(String code) {
    String name = Locale.forLanguageTag(code).getDisplayLanguage(language.getLocale());
    return name.isEmpty() || name.equals(code) ? code : name;
  }

  private static OffsetDateTime berlin(OffsetDateTime time) {
    return time.atZoneSameInstant(BERLIN).toOffsetDateTime();
  }
}
