package org.treffpunkt.platform.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DecimalStyle;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates, times and language names for pages, in the page's language; times always in Berlin. */
@Named("fmt")
@RequestScoped
public class Formats {

  /**
   * The application's one zone (as {@code ClockProducer.BERLIN}; not imported: i18n depends on
   * nothing else).
   */
  private static final java.time.ZoneId BERLIN = java.time.ZoneId.of("Europe/Berlin");

  @Inject CurrentLanguage language;

  /** "Dienstag, 2. März 2027" */
  public String date(OffsetDateTime time) {
    return time == null ? "" : berlin(time).format(dates());
  }

  /** "18:00" */
  public String time(OffsetDateTime time) {
    return time == null ? "" : berlin(time).format(times());
  }

  /** "18:00–20:00" */
  public String timeRange(OffsetDateTime start, OffsetDateTime end) {
    return time(start) + "–" + time(end);
  }

  /** "26.11.2026, 14:05" for a moment in Berlin. */
  public String instant(java.time.Instant instant) {
    return instant == null
        ? ""
        : instant
            .atZone(BERLIN)
            .format(
                localized(
                    DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)));
  }

  /** The hint under a date field: its format in the page's language, with an example. */
  public String getDateHint() {
    return DateInput.hint(language.get());
  }

  /** The {@code pattern} attribute of a date field (see {@link DateInput}). */
  public String getDatePattern() {
    return DateInput.HTML_PATTERN;
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

  private DateTimeFormatter dates;
  private DateTimeFormatter times;

  /** The page's date format, made once per request (a list shows many dates). */
  private DateTimeFormatter dates() {
    if (dates == null) {
      dates = localized(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL));
    }
    return dates;
  }

  private DateTimeFormatter times() {
    if (times == null) {
      times = localized(DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT));
    }
    return times;
  }

  /** In the page's language, with the digits its bundle chooses. */
  private DateTimeFormatter localized(DateTimeFormatter formatter) {
    Locale locale = language.get().formattingLocale();
    return formatter.withLocale(locale).withDecimalStyle(DecimalStyle.of(locale));
  }

  private static OffsetDateTime berlin(OffsetDateTime time) {
    return time.atZoneSameInstant(BERLIN).toOffsetDateTime();
  }
}
