package org.treffpunkt.report.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.treffpunkt.attendance.control.WalkInFigures;
import org.treffpunkt.feedback.control.FeedbackFigures;
import org.treffpunkt.meeting.control.MeetingCatalogue;
import org.treffpunkt.platform.ClockProducer;
import org.treffpunkt.platform.access.Allowed;
import org.treffpunkt.platform.access.Permission;
import org.treffpunkt.registration.control.RegistrationFigures;

/**
 * Counts participation over the meetings that start in a period (drafts never count), grouped as
 * asked. Each feature gives its anonymous facts of these meetings (meeting, registration,
 * attendance, feedback); this only counts them.
 *
 * <p>The {@code language} of a figure is the language a person needed interpretation into ({@code
 * none} if none) — of a registration, or of a group of walk-ins; feedback counts under the language
 * the form was filled in. With grouping by language, a meeting counts as held (or cancelled) in
 * every language row it has figures in, and under {@code none} if it has none.
 */
@ApplicationScoped
public class ParticipationReport {

  /** Person counts from 1 to 4 are shown as "<5": small groups could single someone out. */
  public static final int THRESHOLD = 5;

  public static final String SUPPRESSED = "<" + THRESHOLD;

  /** Withheld although not small: shown, it would let one compute a suppressed cell next to it. */
  public static final String WITHHELD = "x";

  public static final String NO_LANGUAGE = "none";

  /** The topic of figures that are not advice bookings. */
  public static final String NO_TOPIC = "none";

  /** What rows can be grouped by. */
  public enum Dimension {
    FORMAT,
    DISTRICT,
    MONTH,
    LANGUAGE,
    TOPIC;

    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** The meetings asked about (by start, {@code to} exclusive) and the grouping. */
  public record Query(
      Instant from, Instant to, Long formatId, Long districtId, List<Dimension> groupBy) {}

  /**
   * The measures, in the order they are reported; all but the meeting counts are counts of people.
   */
  public enum Measure {
    MEETINGS_HELD("meetingsHeld", false),
    MEETINGS_CANCELLED("meetingsCancelled", false),
    REGISTRATIONS("registrations", true),
    CONFIRMED_PERSONS("confirmedPersons", true),
    ATTENDED_PERSONS("attendedPersons", true),
    WALK_IN_PERSONS("walkInPersons", true),
    WAITLISTED_PERSONS("waitlistedPersons", true),
    PROMOTED_PERSONS("promotedPersons", true),
    INTERPRETATION_PERSONS("interpretationPersons", true),
    NON_EU_CITIZENS("nonEuCitizens", true),
    FIRST_VISITS("firstVisits", true),
    FEEDBACK_YES("feedbackYes", true),
    FEEDBACK_PARTLY("feedbackPartly", true),
    FEEDBACK_NO("feedbackNo", true),
    /** Slot bookings of advice hours holding their slot. */
    ADVICE_BOOKINGS("adviceBookings", true),
    /** Slot bookings the adviser marked as seen: advice given. */
    ADVICE_CONTACTS("adviceContacts", true);

    public final String key;
    public final boolean persons;

    Measure(String key, boolean persons) {
      this.key = key;
      this.persons = persons;
    }
  }

  /**
   * One row: its group (dimension → value) and its figures, plus persons needing interpretation per
   * language.
   */
  public record Row(
      Map<Dimension, String> group, Map<Measure, Long> figures, Map<String, Long> interpretation) {

    /** A figure as reported: the number, or "<5" for a small count of people. */
    public Object shown(Measure measure) {
      return shown(figures.get(measure), measure.persons);
    }

    public static Object shown(long value, boolean persons) {
      return persons && value > 0 && value < THRESHOLD ? SUPPRESSED : value;
    }

    /**
     * Persons needing interpretation per language as reported. Small counts are "<5"; if exactly
     * one language is small, the row's total minus the others would give it away, so the smallest
     * of the others is withheld too.
     */
    public Map<String, Object> interpretationShown() {
      Map<String, Object> shown = new java.util.LinkedHashMap<>();
      interpretation.forEach((language, persons) -> shown.put(language, shown(persons, true)));
      long small = shown.values().stream().filter(SUPPRESSED::equals).count();
      if (small == 1) {
        interpretation.entrySet().stream()
            .filter(e -> e.getValue() >= THRESHOLD)
            .min(
                Map.Entry.<String, Long>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey()))
            .ifPresent(e -> shown.put(e.getKey(), WITHHELD));
      }
      return shown;
    }
  }

  private record MeetingFacts(
      long id, String format, String district, YearMonth month, boolean cancelled, boolean begun) {}

  @Inject MeetingCatalogue catalogue;
  @Inject RegistrationFigures registrations;
  @Inject WalkInFigures walkIns;
  @Inject FeedbackFigures feedback;
  @Inject Clock clock;

  @Allowed(Permission.READ_REPORTS)
  public List<Row> rows(Query query) {
    Map<Long, MeetingFacts> meetings = meetings(query);
    List<Long> ids = List.copyOf(meetings.keySet());
    Map<List<String>, Row> rows = new TreeMap<>(Comparator.comparing(Object::toString));
    Map<Long, Set<Facet>> facetsOfMeeting = new HashMap<>();

    for (RegistrationFigures.Facts r : registrations.facts(ids)) {
      String language = r.interpreterLanguage() == null ? NO_LANGUAGE : r.interpreterLanguage();
      long persons = r.persons();
      Facet facet = new Facet(language, r.topic() == null ? NO_TOPIC : r.topic());
      Row row = row(rows, query, meetings.get(r.meetingId()), facet, facetsOfMeeting);
      add(row, Measure.REGISTRATIONS, 1);
      if (r.slotBooking() && r.confirmed()) {
        add(row, Measure.ADVICE_BOOKINGS, 1);
        if (r.attended()) {
          add(row, Measure.ADVICE_CONTACTS, 1);
        }
      }
      if (r.confirmed()) {
        add(row, Measure.CONFIRMED_PERSONS, persons);
        if (r.interpreterLanguage() != null) {
          add(row, Measure.INTERPRETATION_PERSONS, persons);
          row.interpretation().merge(r.interpreterLanguage(), persons, Long::sum);
        }
        if (Boolean.TRUE.equals(r.nonEuCitizen())) {
          add(row, Measure.NON_EU_CITIZENS, persons);
        }
        if (Boolean.TRUE.equals(r.firstVisit())) {
          add(row, Measure.FIRST_VISITS, persons);
        }
      }
      if (r.confirmed() && r.attended()) {
        add(row, Measure.ATTENDED_PERSONS, persons);
      }
      if (r.waitlisted()) {
        add(row, Measure.WAITLISTED_PERSONS, persons);
      }
      if (r.promoted()) {
        add(row, Measure.PROMOTED_PERSONS, persons);
      }
    }
    for (WalkInFigures.Facts w : walkIns.of(ids)) {
      Row row =
          row(
              rows,
              query,
              meetings.get(w.meetingId()),
              new Facet(w.language() == null ? NO_LANGUAGE : w.language(), NO_TOPIC),
              facetsOfMeeting);
      add(row, Measure.WALK_IN_PERSONS, w.persons());
    }
    for (FeedbackFigures.Facts f : feedback.of(ids)) {
      Row row =
          row(
              rows,
              query,
              meetings.get(f.meetingId()),
              new Facet(f.language(), NO_TOPIC),
              facetsOfMeeting);
      add(
          row,
          switch (f.answer()) {
            case "YES" -> Measure.FEEDBACK_YES;
            case "PARTLY" -> Measure.FEEDBACK_PARTLY;
            case "NO" -> Measure.FEEDBACK_NO;
            default -> throw new IllegalStateException("feedback answer " + f.answer());
          },
          1);
    }
    boolean byLanguage = query.groupBy().contains(Dimension.LANGUAGE);
    boolean byTopic = query.groupBy().contains(Dimension.TOPIC);
    Facet neither = new Facet(NO_LANGUAGE, NO_TOPIC);
    for (MeetingFacts m : meetings.values()) {
      Set<Facet> facets = new LinkedHashSet<>();
      for (Facet f : facetsOfMeeting.getOrDefault(m.id(), Set.of(neither))) {
        facets.add(
            new Facet(byLanguage ? f.language() : NO_LANGUAGE, byTopic ? f.topic() : NO_TOPIC));
      }
      for (Facet facet : facets) {
        Row row = row(rows, query, m, facet, null);
        if (m.cancelled()) {
          add(row, Measure.MEETINGS_CANCELLED, 1);
        } else if (m.begun()) {
          add(row, Measure.MEETINGS_HELD, 1);
        }
      }
    }
    if (rows.isEmpty() && query.groupBy().isEmpty()) {
      return List.of(emptyRow());
    }
    return new ArrayList<>(rows.values());
  }

  private static Row emptyRow() {
    Map<Measure, Long> figures = new EnumMap<>(Measure.class);
    for (Measure m : Measure.values()) {
      figures.put(m, 0L);
    }
    return new Row(new EnumMap<>(Dimension.class), figures, new TreeMap<>());
  }

  /**
   * The meetings counted: not drafts, starting in the period, of the format and district asked for.
   */
  private Map<Long, MeetingFacts> meetings(Query query) {
    Instant now = clock.instant();
    Map<Long, MeetingFacts> meetings = new HashMap<>();
    for (MeetingCatalogue.Reported m :
        catalogue.reportedIn(query.from(), query.to(), query.formatId(), query.districtId())) {
      meetings.put(
          m.id(),
          new MeetingFacts(
              m.id(),
              m.formatKey(),
              m.districtName(),
              YearMonth.from(m.start().atZone(ClockProducer.BERLIN)),
              m.cancelled(),
              !m.start().isAfter(now)));
    }
    return meetings;
  }

  /**
   * The language and topic a figure counts under; with grouping by either, a meeting counts as held
   * in each row it has figures in.
   */
  private record Facet(String language, String topic) {}

  private static Row row(
      Map<List<String>, Row> rows,
      Query query,
      MeetingFacts meeting,
      Facet facet,
      Map<Long, Set<Facet>> facetsOfMeeting) {
    if (facetsOfMeeting != null) {
      facetsOfMeeting.computeIfAbsent(meeting.id(), id -> new LinkedHashSet<>()).add(facet);
    }
    Map<Dimension, String> group = new EnumMap<>(Dimension.class);
    for (Dimension d : query.groupBy()) {
      group.put(
          d,
          switch (d) {
            case FORMAT -> meeting.format();
            case DISTRICT -> meeting.district();
            case MONTH -> meeting.month().toString();
            case LANGUAGE -> facet.language();
            case TOPIC -> facet.topic();
          });
    }
    return rows.computeIfAbsent(
        new ArrayList<>(group.values()),
        key -> {
          Row row = emptyRow();
          row.group().putAll(group);
          return row;
        });
  }

  private static void add(Row row, Measure measure, long amount) {
    row.figures().merge(measure, amount, Long::sum);
  }
}
