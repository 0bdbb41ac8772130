package org.treffpunkt.calendar.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.treffpunkt.meeting.control.MeetingCatalogue;
import org.treffpunkt.meeting.control.MeetingPlanner;
import org.treffpunkt.meeting.control.MeetingQuery;
import org.treffpunkt.meeting.entity.Meeting;
import org.treffpunkt.meeting.entity.MeetingSeries;
import org.treffpunkt.meeting.entity.MeetingStatus;
import org.treffpunkt.meeting.entity.MeetingText;
import org.treffpunkt.meeting.entity.Schedule;
import org.treffpunkt.platform.ClockProducer;
import org.treffpunkt.platform.Settings;
import org.treffpunkt.platform.i18n.Language;
import org.treffpunkt.platform.i18n.Messages;

/**
 * Builds the feeds from the meetings: single meetings as events, a series as one event with RRULE plus an override
 * (RECURRENCE-ID) for every date that was moved, changed on its own or cancelled; drafts are left out (EXDATE).
 * Window: from 30 days back (so cancellations stay visible) to 18 months ahead. Every value comes from the data,
 * DTSTAMP included, so the same data always gives the same bytes (and the same ETag) on every server.
 */
@ApplicationScoped
public class Feeds {

  /** A rendered feed, its bytes and strong ETag (SHA-256 of the bytes), and the newest change in it. */
  public record Feed(String body, Instant lastModified, byte[] bytes, String etag) {

    public Feed(String body, Instant lastModified) {
      this(body, lastModified, body.getBytes(java.nio.charset.StandardCharsets.UTF_8), null);
    }

    public Feed {
      if (etag == null) {
        try {
          etag = "\"" + java.util.HexFormat.of().formatHex(
              java.security.MessageDigest.getInstance("SHA-256").digest(bytes)) + "\"";
        } catch (java.security.NoSuchAlgorithmException e) {
          throw new IllegalStateException(e);
        }
      }
    }
  }

  private static final Duration PAST = Duration.ofDays(30);
  private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

  @Inject MeetingCatalogue catalogue;
  @Inject MeetingPlanner planner;
  @Inject Settings settings;
  @Inject Clock clock;

  /** The public feed of published meetings, filtered by district, format and language spoken (each optional). */
  public Feed publicFeed(Long districtId, Long formatId, String language, Language lang) {
    Instant from = clock.instant().minus(PAST);
    MeetingQuery query = new MeetingQuery(from, null, districtId, formatId, language, null, false, 0, 5_000);
    return render(Messages.get(lang, "feed.name"), catalogue.search(query).items(), lang, false);
  }

  /**
   * A private feed: a partner's co-hosted meetings with drafts, or for staff every meeting with drafts. Drafts are
   * marked in the title; series are exported like in the public feed.
   */
  public Feed privateFeed(org.treffpunkt.calendar.entity.FeedToken token, Language lang) {
    Instant from = clock.instant().minus(PAST);
    List<Meeting> meetings = token.partnerId() != null
        ? catalogue.coHostedBy(token.partnerId(), from)
        : catalogue.search(new MeetingQuery(from, null, null, null, null, null, true, 0, 5_000)).items();
    return render(token.name(), meetings, lang, true);
  }

  /** One meeting, or the whole series it belongs to; drafts have no feed. */
  public Optional<Feed> meetingFeed(long meetingId, Language lang) {
    return catalogue.find(meetingId)
        .filter(m -> m.status() != MeetingStatus.DRAFT)
        .map(m -> render(m.text(lang).title(), List.of(m), lang, false));
  }

  /** A registrant's own date, as a single event. */
  public Feed single(Meeting meeting, Language lang) {
    CalendarEvent event = event(meeting, "meeting-" + meeting.getId(), null, null, lang);
    return new Feed(CalendarWriter.write(meeting.text(lang).title(), List.of(event), meeting.lastModified()),
        meeting.lastModified());
  }

  private Feed render(String name, List<Meeting> meetings, Language lang, boolean withDrafts) {
    Map<Long, List<Meeting>> series = new LinkedHashMap<>();
    List<CalendarEvent> events = new ArrayList<>();
    Instant newest = Instant.EPOCH;
    for (Meeting meeting : meetings) {
      if (meeting.seriesId() == null) {
        events.add(event(meeting, "meeting-" + meeting.getId(), null, null, lang));
        newest = max(newest, meeting.lastModified());
      } else {
        series.computeIfAbsent(meeting.seriesId(), id -> new ArrayList<>());
      }
    }
    for (Long seriesId : series.keySet()) {
      List<Meeting> dates = catalogue.ofSeries(seriesId);
      events.addAll(seriesEvents(planner.seriesOrNotFound(seriesId), dates, lang, withDrafts));
      for (Meeting date : dates) {
        newest = max(newest, date.lastModified());
      }
    }
    events.sort(Comparator.comparing(CalendarEvent::start).thenComparing(CalendarEvent::uid));
    return new Feed(CalendarWriter.write(name, events, newest), newest);
  }

  private List<CalendarEvent> seriesEvents(
      MeetingSeries series, List<Meeting> dates, Language lang, boolean withDrafts) {
    String uid = "series-" + series.getId();
    List<CalendarEvent> events = new ArrayList<>();
    List<ZonedDateTime> excluded = new ArrayList<>();
    Meeting template = null;
    int sequence = 0;
    Instant lastModified = Instant.EPOCH;
    for (Meeting date : dates) {
      ZonedDateTime original = date.originalStart().atZone(ClockProducer.BERLIN);
      boolean asRuled = date.schedule().equals(ruled(series, date)) && !date.editedIndividually();
      if (date.status() == MeetingStatus.DRAFT && !withDrafts) {
        excluded.add(original);
      } else if (asRuled && date.status() == MeetingStatus.PUBLISHED) {
        template = template == null ? date : template;
        sequence = Math.max(sequence, date.revision());
        lastModified = max(lastModified, date.lastModified());
      } else {
        events.add(event(date, uid, null, original, lang));
      }
    }
    Meeting first = dates.get(0);
    Meeting source = template != null ? template : first;
    Schedule firstRuled = ruled(series, first);
    ZonedDateTime last = dates.get(dates.size() - 1).originalStart().atZone(ZoneOffset.UTC);
    CalendarEvent master = event(source, uid, rule(series, last), null, lang);
    events.add(0, new CalendarEvent(master.uid(), firstRuled.localStart(), firstRuled.localEnd(), master.rule(),
        null, excluded, sequence, template != null ? lastModified : source.lastModified(), false, master.summary(),
        master.description(), master.location(), master.latitude(), master.longitude(), master.url(),
        master.categories()));
    return events;
  }

  /** Where the series' rule puts this date: its original day at the series' time of day. */
  private static Schedule ruled(MeetingSeries series, Meeting date) {
    LocalDate day = date.originalStart().atZone(ClockProducer.BERLIN).toLocalDate();
    return Schedule.onDate(day, series.startTime(), series.durationMinutes());
  }

  /** The RRULE of a series, ending with its last date; month ends as {@link org.treffpunkt.meeting.entity.Recurrence}. */
  static String rule(MeetingSeries series, ZonedDateTime lastUtc) {
    var recurrence = series.recurrence();
    LocalDate first = series.firstDate();
    String rule = switch (recurrence.frequency()) {
      case WEEKLY -> "FREQ=WEEKLY";
      case BIWEEKLY -> "FREQ=WEEKLY;INTERVAL=2";
      case MONTHLY_BY_WEEKDAY -> "FREQ=MONTHLY;BYDAY="
          + (recurrence.isLast(first) ? "-1" : String.valueOf((first.getDayOfMonth() - 1) / 7 + 1))
          + first.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH).substring(0, 2).toUpperCase(Locale.ROOT);
      case MONTHLY_BY_DATE -> monthlyByDate(first.getDayOfMonth());
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

  private CalendarEvent event(Meeting m, String uid, String rule, ZonedDateTime recurrenceId, Language lang) {
    MeetingText text = m.text(lang);
    StringBuilder description = new StringBuilder();
    if (text.summary() != null) {
      description.append(text.summary()).append("\n\n");
    }
    if (text.description() != null) {
      description.append(text.description()).append("\n\n");
    }
    if (!m.languages().isEmpty()) {
      description.append(Messages.get(lang, "feed.languages", String.join(", ", m.languages().stream().sorted()
          .map(c -> Locale.forLanguageTag(c).getDisplayLanguage(lang.locale())).toList()))).append('\n');
    }
    if (m.interpretation()) {
      description.append(Messages.get(lang, "meeting.interpretationOffered")).append('\n');
    }
    if (m.childcare()) {
      description.append(Messages.get(lang, "meeting.childcareOffered")).append('\n');
    }
    String page = settings.baseUrl() + "/meetings/" + m.getId();
    if (m.registrationRequired()) {
      description.append(Messages.get(lang, "feed.register", page + "/register"));
    }
    var venue = m.venue();
    var position = venue == null ? null : venue.position();
    return new CalendarEvent(
        uid + "@treffpunkt",
        m.schedule().localStart(),
        m.schedule().localEnd(),
        rule,
        recurrenceId,
        List.of(),
        m.revision(),
        m.lastModified(),
        m.status() == MeetingStatus.CANCELLED,
        switch (m.status()) {
          case CANCELLED -> Messages.get(lang, "feed.cancelledTitle", text.title());
          case DRAFT -> Messages.get(lang, "feed.draftTitle", text.title());
          case PUBLISHED -> text.title();
        },
        description.toString().strip(),
        venue != null ? venue.getName() + ", " + venue.getAddress() : m.onlineUrl(),
        position == null ? null : position.latitude(),
        position == null ? null : position.longitude(),
        page,
        List.of(m.format().name(lang), m.district().getName()));
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }


  /** A registrant's own date as a single event, by the meeting's id (for mails), or empty. */
  public Optional<Feed> single(long meetingId, Language lang) {
    return catalogue.find(meetingId).map(m -> single(m, lang));
  }

  /** A registrant's date as one event, by the meeting's id (for the calendar attached to a notice), or empty. */
  public Optional<CalendarEvent> singleEvent(long meetingId, Language lang) {
    return catalogue.find(meetingId).map(m -> event(m, "meeting-" + meetingId, null, null, lang));
  }
}
