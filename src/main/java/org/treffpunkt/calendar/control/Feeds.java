package org.treffpunkt.calendar.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.treffpunkt.meeting.control.MeetingListings;
import org.treffpunkt.meeting.control.MeetingQuery;
import org.treffpunkt.meeting.control.MeetingView;
import org.treffpunkt.meeting.control.SeriesDates;
import org.treffpunkt.platform.ClockProducer;
import org.treffpunkt.platform.i18n.Language;
import org.treffpunkt.platform.i18n.Messages;

/**
 * Builds the feeds from the meetings: single meetings as events, a series as one event with RRULE
 * plus an override (RECURRENCE-ID) for every date that was moved, changed on its own or cancelled;
 * drafts are left out (EXDATE). Window: from 30 days back (so cancellations stay visible) to 18
 * months ahead. Every value comes from the data, DTSTAMP included, so the same data always gives
 * the same bytes (and the same ETag) on every server. The meetings come as the meeting feature
 * publishes them ({@link MeetingView}, {@link SeriesDates}).
 */
@ApplicationScoped
public class Feeds {

  /**
   * A rendered feed, its bytes and strong ETag (SHA-256 of the bytes), and the newest change in it.
   */
  public record Feed(String body, Instant lastModified, byte[] bytes, String etag) {

    public Feed(String body, Instant lastModified) {
      this(body, lastModified, body.getBytes(java.nio.charset.StandardCharsets.UTF_8), null);
    }

    public Feed {
      if (etag == null) {
        try {
          etag =
              "\""
                  + java.util.HexFormat.of()
                      .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes))
                  + "\"";
        } catch (java.security.NoSuchAlgorithmException e) {
          throw new IllegalStateException(e);
        }
      }
    }
  }

  private static final Duration PAST = Duration.ofDays(30);
  private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
  private static final String DRAFT = "DRAFT";
  private static final String CANCELLED = "CANCELLED";
  private static final String SCHEDULED = "SCHEDULED";

  @Inject MeetingListings meetings;
  @Inject Clock clock;

  /**
   * The public feed of published meetings, filtered by district, format and language spoken (each
   * optional).
   */
  public Feed publicFeed(Long districtId, Long formatId, String language, Language lang) {
    Instant from = clock.instant().minus(PAST);
    MeetingQuery query =
        new MeetingQuery(from, null, districtId, formatId, language, null, false, 0, 5_000);
    return render(Messages.get(lang, "feed.name"), meetings.search(query, lang), lang, false);
  }

  /**
   * A private feed: a partner's co-hosted meetings with drafts, or for staff every meeting with
   * drafts. Drafts are marked in the title; series are exported like in the public feed.
   */
  public Feed privateFeed(org.treffpunkt.calendar.entity.FeedToken token, Language lang) {
    Instant from = clock.instant().minus(PAST);
    List<MeetingView> found =
        token.partnerId() != null
            ? meetings.coHostedBy(token.partnerId(), from, lang)
            : meetings.search(
                new MeetingQuery(from, null, null, null, null, null, true, 0, 5_000), lang);
    return render(token.name(), found, lang, true);
  }

  /** One meeting, or the whole series it belongs to; drafts have no feed. */
  public Optional<Feed> meetingFeed(long meetingId, Language lang) {
    return meetings
        .find(meetingId, lang)
        .filter(m -> !DRAFT.equals(m.status()))
        .map(m -> render(m.title(), List.of(m), lang, false));
  }

  /**
   * A registrant's own date, as a single event (also the mails' attachment); empty if there is no
   * such meeting.
   */
  public Optional<Feed> single(long meetingId, Language lang) {
    return meetings
        .find(meetingId, lang)
        .map(
            meeting -> {
              CalendarEvent event = event(meeting, "meeting-" + meeting.id(), null, null, lang);
              return new Feed(
                  CalendarWriter.write(meeting.title(), List.of(event), meeting.lastModified()),
                  meeting.lastModified());
            });
  }

  /**
   * A registrant's date as one event, by the meeting's id (for the calendar attached to a notice),
   * or empty.
   */
  public Optional<CalendarEvent> singleEvent(long meetingId, Language lang) {
    return meetings.find(meetingId, lang).map(m -> event(m, "meeting-" + m.id(), null, null, lang));
  }

  private Feed render(String name, List<MeetingView> found, Language lang, boolean withDrafts) {
    Set<Long> series = new LinkedHashSet<>();
    List<CalendarEvent> events = new ArrayList<>();
    Instant newest = Instant.EPOCH;
    for (MeetingView meeting : found) {
      if (meeting.seriesId() == null) {
        events.add(event(meeting, "meeting-" + meeting.id(), null, null, lang));
        newest = max(newest, meeting.lastModified());
      } else {
        series.add(meeting.seriesId());
      }
    }
    for (Long seriesId : series) {
      SeriesDates dates = meetings.series(seriesId, lang);
      events.addAll(seriesEvents(dates, lang, withDrafts));
      for (SeriesDates.SeriesDate date : dates.dates()) {
        newest = max(newest, date.meeting().lastModified());
      }
    }
    events.sort(Comparator.comparing(CalendarEvent::start).thenComparing(CalendarEvent::uid));
    return new Feed(CalendarWriter.write(name, events, newest), newest);
  }

  private List<CalendarEvent> seriesEvents(SeriesDates series, Language lang, boolean withDrafts) {
    String uid = "series-" + series.seriesId();
    List<SeriesDates.SeriesDate> dates = series.dates();
    List<CalendarEvent> events = new ArrayList<>();
    List<ZonedDateTime> excluded = new ArrayList<>();
    MeetingView template = null;
    int sequence = 0;
    Instant lastModified = Instant.EPOCH;
    for (SeriesDates.SeriesDate date : dates) {
      MeetingView meeting = date.meeting();
      ZonedDateTime original = berlin(date.originalStart());
      boolean asRuled =
          !date.editedIndividually()
              && meeting.start().toInstant().equals(ruledStart(series, date).toInstant())
              && meeting.end().toInstant().equals(ruledEnd(series, date).toInstant());
      if (DRAFT.equals(meeting.status()) && !withDrafts) {
        excluded.add(original);
      } else if (asRuled && SCHEDULED.equals(meeting.status())) {
        template = template == null ? meeting : template;
        sequence = Math.max(sequence, meeting.revision());
        lastModified = max(lastModified, meeting.lastModified());
      } else {
        events.add(event(meeting, uid, null, original, lang));
      }
    }
    SeriesDates.SeriesDate first = dates.get(0);
    MeetingView source = template != null ? template : first.meeting();
    ZonedDateTime last =
        dates.get(dates.size() - 1).originalStart().toInstant().atZone(ZoneOffset.UTC);
    CalendarEvent master = event(source, uid, rule(series, last), null, lang);
    events.add(
        0,
        new CalendarEvent(
            master.uid(),
            ruledStart(series, first),
            ruledEnd(series, first),
            master.rule(),
            null,
            excluded,
            sequence,
            template != null ? lastModified : source.lastModified(),
            false,
            master.summary(),
            master.description(),
            master.location(),
            master.latitude(),
            master.longitude(),
            master.url(),
            master.categories()));
    return events;
  }

  /**
   * Where the series' rule puts this date: its original day at the series' wall-clock time in
   * Berlin.
   */
  private static ZonedDateTime ruledStart(SeriesDates series, SeriesDates.SeriesDate date) {
    LocalDate day = berlin(date.originalStart()).toLocalDate();
    return ZonedDateTime.of(day, series.startTime(), ClockProducer.BERLIN)
        .toInstant()
        .atZone(ClockProducer.BERLIN);
  }

  private static ZonedDateTime ruledEnd(SeriesDates series, SeriesDates.SeriesDate date) {
    LocalDate day = berlin(date.originalStart()).toLocalDate();
    return ZonedDateTime.of(day, series.startTime(), ClockProducer.BERLIN)
        .plusMinutes(series.durationMinutes())
        .toInstant()
        .atZone(ClockProducer.BERLIN);
  }

  /**
   * The RRULE of a series, ending with its last date; month ends as the meeting feature's
   * recurrence means them.
   */
  static String rule(SeriesDates series, ZonedDateTime lastUtc) {
    LocalDate first = series.firstDate();
    String rule =
        switch (series.frequency()) {
          case "WEEKLY" -> "FREQ=WEEKLY";
          case "BIWEEKLY" -> "FREQ=WEEKLY;INTERVAL=2";
          case "MONTHLY_BY_WEEKDAY" ->
              "FREQ=MONTHLY;BYDAY="
                  + (series.onLastWeekday()
                      ? "-1"
                      : String.valueOf((first.getDayOfMonth() - 1) / 7 + 1))
                  + first
                      .getDayOfWeek()
                      .getDisplayName(TextStyle.SHORT, Locale.ENGLISH)
                      .substring(0, 2)
                      .toUpperCase(Locale.ROOT);
          case "MONTHLY_BY_DATE" -> monthlyByDate(first.getDayOfMonth());
          default -> throw new IllegalArgumentException("unknown frequency " + series.frequency());
        };
    return rule + ";UNTIL=" + UTC.format(lastUtc);
  }

  private static String monthlyByDate(int day) {
    if (day <= 28) {
      return "FREQ=MONTHLY;BYMONTHDAY=" + day;
    }
    if (day == 31) {
      return "FREQ=MONTHLY;BYMONTHDAY=-1";
    }
    StringBuilder days = new StringBuilder("28");
    for (int d = 29; d <= day; d++) {
      days.append(',').append(d);
    }
    return "FREQ=MONTHLY;BYMONTHDAY=" + days + ";BYSETPOS=-1";
  }

  private CalendarEvent event(
      MeetingView m, String uid, String rule, ZonedDateTime recurrenceId, Language lang) {
    StringBuilder description = new StringBuilder();
    if (m.summary() != null) {
      description.append(m.summary()).append("\n\n");
    }
    if (m.description() != null) {
      description.append(m.description()).append("\n\n");
    }
    if (!m.languages().isEmpty()) {
      description
          .append(
              Messages.get(
                  lang,
                  "feed.languages",
                  String.join(
                      ", ",
                      m.languages().stream()
                          .sorted()
                          .map(c -> Locale.forLanguageTag(c).getDisplayLanguage(lang.locale()))
                          .toList())))
          .append('\n');
    }
    if (m.interpretation()) {
      description.append(Messages.get(lang, "meeting.interpretationOffered")).append('\n');
    }
    if (m.childcare()) {
      description.append(Messages.get(lang, "meeting.childcareOffered")).append('\n');
    }
    String page = m.url();
    if (m.registrationRequired()) {
      description.append(Messages.get(lang, "feed.register", page + "/register"));
    }
    var venue = m.venue();
    return new CalendarEvent(
        uid + "@treffpunkt",
        berlin(m.start()),
        berlin(m.end()),
        rule,
        recurrenceId,
        List.of(),
        m.revision(),
        m.lastModified(),
        CANCELLED.equals(m.status()),
        switch (m.status()) {
          case CANCELLED -> Messages.get(lang, "feed.cancelledTitle", m.title());
          case DRAFT -> Messages.get(lang, "feed.draftTitle", m.title());
          default -> m.title();
        },
        description.toString().strip(),
        venue != null ? venue.name() + ", " + venue.address() : m.onlineUrl(),
        venue == null ? null : venue.latitude(),
        venue == null ? null : venue.longitude(),
        page,
        List.of(m.format().name(), m.district().name()));
  }

  /** A time as the feed writes it: local time in Berlin. */
  private static ZonedDateTime berlin(OffsetDateTime time) {
    return time.atZoneSameInstant(ClockProducer.BERLIN);
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}
