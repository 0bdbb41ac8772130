package org.treffpunkt.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
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
import org.treffpunkt.feedback.Feedback;
import org.treffpunkt.meeting.entity.MeetingStatus;
import org.treffpunkt.platform.ClockProducer;
import org.treffpunkt.platform.access.Allowed;
import org.treffpunkt.platform.access.Permission;
import org.treffpunkt.registration.entity.RegistrationStatus;

/**
 * Counts participation over the meetings that start in a period (drafts never count), grouped as asked.
 *
 * <p>The {@code language} of a figure is the language a person needed interpretation into ({@code none} if none) —
 * of a registration, or of a group of walk-ins; feedback counts under the language the form was filled in. With
 * grouping by language, a meeting counts as held (or cancelled) in every language row it has figures in, and under
 * {@code none} if it has none.
 */
@ApplicationScoped
public class ParticipationReport {

  /** Person counts from 1 to 4 are shown as "<5": small groups could single someone out. */
  public static final int THRESHOLD = 5;
  public static final String SUPPRESSED = "<" + THRESHOLD;
  /** Withheld although not small: shown, it would let one compute a suppressed cell next to it. */
  public static final String WITHHELD = "x";
  public static final String NO_LANGUAGE = "none";

  /** What rows can be grouped by. */
  public enum Dimension {
    FORMAT, DISTRICT, MONTH, LANGUAGE;

    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** The meetings asked about (by start, {@code to} exclusive) and the grouping. */
  public record Query(Instant from, Instant to, Long formatId, Long districtId, List<Dimension> groupBy) {}

  /** The measures, in the order they are reported; all but the meeting counts are counts of people. */
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
    FEEDBACK_NO("feedbackNo", true);

    public final String key;
    public final boolean persons;

    Measure(String key, boolean persons) {
      this.key = key;
      this.persons = persons;
    }
  }

  /** One row: its group (dimension → value) and its figures, plus persons needing interpretation per language. */
  public record Row(Map<Dimension, String> group, Map<Measure, Long> figures, Map<String, Long> interpretation) {

    /** A figure as reported: the number, or "<5" for a small count of people. */
    public Object shown(Measure measure) {
      return shown(figures.get(measure), measure.persons);
    }

    public static Object shown(long value, boolean persons) {
      return persons && value > 0 && value < THRESHOLD ? SUPPRESSED : value;
    }

    /**
     * Persons needing interpretation per language as reported. Small counts are "<5"; if exactly one language is
     * small, the row's total minus the others would give it away, so the smallest of the others is withheld too.
     */
    public Map<String, Object> interpretationShown() {
      Map<String, Object> shown = new java.util.LinkedHashMap<>();
      interpretation.forEach((language, persons) -> shown.put(language, shown(persons, true)));
      long small = shown.values().stream().filter(SUPPRESSED::equals).count();
      if (small == 1) {
        interpretation.entrySet().stream()
            .filter(e -> e.getValue() >= THRESHOLD)
            .min(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
            .ifPresent(e -> shown.put(e.getKey(), WITHHELD));
      }
      return shown;
    }
  }

  private record MeetingFacts(long id, String format, String district, YearMonth month, MeetingStatus status,
      boolean begun) {}

  @PersistenceContext EntityManager em;
  @jakarta.inject.Inject Clock clock;

  @Allowed(Permission.READ_REPORTS)
  public List<Row> rows(Query query) {
    Map<Long, MeetingFacts> meetings = meetings(query);
    Map<List<String>, Row> rows = new TreeMap<>(Comparator.comparing(Object::toString));
    Map<Long, Set<String>> languagesOfMeeting = new HashMap<>();

    for (Object[] r : facts(query, "select r.meetingId, r.status, r.adults + r.children, r.interpreterLanguage,"
        + " r.attendedAt, r.waitlisted, r.promotedAt, r.nonEuCitizen, r.firstVisit from Registration r, Meeting m"
        + " where m.id = r.meetingId")) {
      MeetingFacts m = meetings.get((Long) r[0]);
      String language = r[3] == null ? NO_LANGUAGE : (String) r[3];
      long persons = ((Number) r[2]).longValue();
      boolean confirmed = r[1] == RegistrationStatus.CONFIRMED;
      Row row = row(rows, query, m, language, languagesOfMeeting);
      add(row, Measure.REGISTRATIONS, 1);
      if (confirmed) {
        add(row, Measure.CONFIRMED_PERSONS, persons);
        if (r[3] != null) {
          add(row, Measure.INTERPRETATION_PERSONS, persons);
          row.interpretation().merge((String) r[3], persons, Long::sum);
        }
        if (Boolean.TRUE.equals(r[7])) {
          add(row, Measure.NON_EU_CITIZENS, persons);
        }
        if (Boolean.TRUE.equals(r[8])) {
          add(row, Measure.FIRST_VISITS, persons);
        }
      }
      if (confirmed && r[4] != null) {
        add(row, Measure.ATTENDED_PERSONS, persons);
      }
      if (Boolean.TRUE.equals(r[5])) {
        add(row, Measure.WAITLISTED_PERSONS, persons);
      }
      if (r[6] != null) {
        add(row, Measure.PROMOTED_PERSONS, persons);
      }
    }
    for (Object[] w : facts(query, "select w.meetingId, w.persons, w.language from WalkIn w, Meeting m"
        + " where m.id = w.meetingId")) {
      MeetingFacts m = meetings.get((Long) w[0]);
      Row row = row(rows, query, m, w[2] == null ? NO_LANGUAGE : (String) w[2], languagesOfMeeting);
      add(row, Measure.WALK_IN_PERSONS, ((Number) w[1]).longValue());
    }
    for (Object[] f : facts(query, "select f.meetingId, f.answer, f.language from Feedback f, Meeting m"
        + " where m.id = f.meetingId")) {
      MeetingFacts m = meetings.get((Long) f[0]);
      Row row = row(rows, query, m, (String) f[2], languagesOfMeeting);
      add(row, switch ((Feedback.Answer) f[1]) {
        case YES -> Measure.FEEDBACK_YES;
        case PARTLY -> Measure.FEEDBACK_PARTLY;
        case NO -> Measure.FEEDBACK_NO;
      }, 1);
    }
    boolean byLanguage = query.groupBy().contains(Dimension.LANGUAGE);
    for (MeetingFacts m : meetings.values()) {
      Set<String> languages = byLanguage
          ? languagesOfMeeting.getOrDefault(m.id(), Set.of(NO_LANGUAGE))
          : Set.of(NO_LANGUAGE);
      for (String language : languages) {
        Row row = row(rows, query, m, language, null);
        if (m.status() == MeetingStatus.CANCELLED) {
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

  private Map<Long, MeetingFacts> meetings(Query query) {
    Instant now = clock.instant();
    Map<Long, MeetingFacts> meetings = new HashMap<>();
    for (Object[] m : facts(query, "select m.id, m.format.key, m.district.name, m.startsAt, m.status from Meeting m"
        + " where 1 = 1")) {
      Instant start = (Instant) m[3];
      meetings.put((Long) m[0], new MeetingFacts((Long) m[0], (String) m[1], (String) m[2],
          YearMonth.from(start.atZone(ClockProducer.BERLIN)), (MeetingStatus) m[4], !start.isAfter(now)));
    }
    return meetings;
  }

  /** Rows of a JPQL query over meetings {@code m} restricted to the query's period and filters. */
  private List<Object[]> facts(Query query, String jpql) {
    TypedQuery<Object[]> q = em.createQuery(jpql + " and m.startsAt >= :from and m.startsAt < :to"
        + " and m.status <> :draft"
        + (query.formatId() == null ? "" : " and m.format.id = :format")
        + (query.districtId() == null ? "" : " and m.district.id = :district"), Object[].class)
        .setParameter("from", query.from())
        .setParameter("to", query.to())
        .setParameter("draft", MeetingStatus.DRAFT);
    if (query.formatId() != null) {
      q.setParameter("format", query.formatId());
    }
    if (query.districtId() != null) {
      q.setParameter("district", query.districtId());
    }
    return q.getResultList();
  }

  private static Row row(Map<List<String>, Row> rows, Query query, MeetingFacts meeting, String language,
      Map<Long, Set<String>> languagesOfMeeting) {
    if (languagesOfMeeting != null) {
      languagesOfMeeting.computeIfAbsent(meeting.id(), id -> new LinkedHashSet<>()).add(language);
    }
    Map<Dimension, String> group = new EnumMap<>(Dimension.class);
    for (Dimension d : query.groupBy()) {
      group.put(d, switch (d) {
        case FORMAT -> meeting.format();
        case DISTRICT -> meeting.district();
        case MONTH -> meeting.month().toString();
        case LANGUAGE -> language;
      });
    }
    return rows.computeIfAbsent(new ArrayList<>(group.values()), key -> {
      Row row = emptyRow();
      row.group().putAll(group);
      return row;
    });
  }

  private static void add(Row row, Measure measure, long amount) {
    row.figures().merge(measure, amount, Long::sum);
  }
}
