package org.treffpunkt.interpreting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.treffpunkt.interpreting.entity.Assignment;
import org.treffpunkt.interpreting.entity.Interpreter;
import org.treffpunkt.meeting.control.MeetingCatalogue;
import org.treffpunkt.meeting.control.MeetingView;
import org.treffpunkt.meeting.control.MeetingViews;
import org.treffpunkt.platform.InputValidation;
import org.treffpunkt.platform.ProblemException;
import org.treffpunkt.platform.access.Allowed;
import org.treffpunkt.platform.access.Authorization;
import org.treffpunkt.platform.access.Permission;
import org.treffpunkt.platform.i18n.Language;
import org.treffpunkt.registration.control.RegistrationFigures;

/**
 * The interpreter pool, bookings, and the language needs of confirmed registrations; for organisers
 * (the pool holds interpreters' personal data).
 */
@ApplicationScoped
@Allowed(Permission.MEDIATE_LANGUAGES)
public class LanguageMediation {

  /** The body of {@code POST/PUT /api/interpreters} and of the pool page's form. */
  public record InterpreterRequest(
      @NotBlank(message = "{validation.required}")
          @Size(max = 200, message = "{validation.maxLength}")
          String name,
      @NotEmpty(message = "{validation.required}") List<String> languages,
      @Size(max = 300, message = "{validation.maxLength}") String contact,
      @Size(max = 1000, message = "{validation.maxLength}") String notes,
      Boolean active) {}

  /** The body of {@code POST /api/meetings/{id}/interpreters}. */
  public record AssignmentRequest(
      @NotNull(message = "{validation.required}") Long interpreterId,
      @NotBlank(message = "{validation.required}") String language) {}

  /**
   * Persons needing interpretation into one language at one meeting, and whether someone is booked
   * for it.
   */
  @Schema(name = "LanguageNeed")
  public record Need(String language, long persons, boolean interpreterAssigned) {}

  /** A booking and the other meetings the same interpreter is booked for at overlapping times. */
  public record Booking(Assignment assignment, List<Long> conflictingMeetingIds) {}

  /** At most this many meetings in a period's overview. */
  static final int MAX_MEETINGS = 2_000;

  @PersistenceContext EntityManager em;
  @Inject MeetingCatalogue catalogue;
  @Inject MeetingViews meetings;
  @Inject RegistrationFigures registrations;
  @Inject Clock clock;
  @Inject InputValidation validation;
  @Inject Authorization authorization;

  public List<Interpreter> interpreters() {
    return em.createQuery("select i from Interpreter i order by i.name", Interpreter.class)
        .getResultList();
  }

  @Transactional
  public Interpreter addInterpreter(InterpreterRequest request) {
    Set<String> languages = checked(request);
    Interpreter interpreter =
        new Interpreter(
            request.name().strip(),
            languages,
            blankToNull(request.contact()),
            blankToNull(request.notes()),
            clock.instant());
    em.persist(interpreter);
    return interpreter;
  }

  /**
   * Changes someone's details; {@code active: false} takes them out of new bookings (past ones
   * stay).
   */
  @Transactional
  public Interpreter updateInterpreter(long id, InterpreterRequest request) {
    Interpreter interpreter = notErased(id);
    Set<String> languages = checked(request);
    interpreter.update(
        request.name().strip(),
        languages,
        blankToNull(request.contact()),
        blankToNull(request.notes()),
        !Boolean.FALSE.equals(request.active()));
    return interpreter;
  }

  /** Takes someone out of new bookings, or back in. */
  @Transactional
  public void toggleActive(long id) {
    Interpreter interpreter = notErased(id);
    interpreter.update(
        interpreter.name(),
        interpreter.languages(),
        interpreter.contact(),
        interpreter.notes(),
        !interpreter.active());
  }

  /**
   * Erases an interpreter's personal data (name, contact, notes, languages): they leave the pool
   * for good; their past bookings stay, with the language interpreted, so the figures of language
   * mediation stay right.
   */
  @Transactional
  public void erase(long id) {
    interpreter(id).erase(clock.instant());
  }

  private Interpreter notErased(long id) {
    Interpreter interpreter = interpreter(id);
    if (interpreter.erased()) {
      throw ProblemException.conflict("problem.interpreterErased");
    }
    return interpreter;
  }

  private Interpreter interpreter(long id) {
    Interpreter interpreter = em.find(Interpreter.class, id);
    if (interpreter == null) {
      throw ProblemException.notFound();
    }
    return interpreter;
  }

  /**
   * Books an interpreter for a language at a meeting; they must speak it. Overlaps are reported,
   * not refused.
   */
  @Transactional
  public Booking assign(long meetingId, AssignmentRequest request) {
    MeetingView meeting = meetings.find(meetingId);
    validation.check(request);
    long interpreterId = request.interpreterId();
    String language = request.language().strip().toLowerCase(java.util.Locale.ROOT);
    Interpreter interpreter = em.find(Interpreter.class, interpreterId);
    if (interpreter == null) {
      throw ProblemException.invalid("interpreterId", "validation.unknownId");
    }
    if (!interpreter.active()) {
      throw ProblemException.invalid("interpreterId", "validation.interpreterInactive");
    }
    if (!interpreter.speaks(language)) {
      throw ProblemException.invalid("language", "validation.interpreterLanguage");
    }
    boolean booked =
        !em.createQuery(
                "select a.id from Assignment a where a.meetingId = :m"
                    + " and a.interpreter.id = :i and a.language = :l",
                Long.class)
            .setParameter("m", meetingId)
            .setParameter("i", interpreterId)
            .setParameter("l", language)
            .getResultList()
            .isEmpty();
    if (booked) {
      throw ProblemException.conflict("problem.alreadyAssigned");
    }
    Assignment assignment =
        new Assignment(
            meetingId, interpreter, language, authorization.actingUserId(), clock.instant());
    em.persist(assignment);
    return new Booking(assignment, conflicts(meeting, interpreterId));
  }

  @Transactional
  public void unassign(long meetingId, long assignmentId) {
    Assignment assignment = em.find(Assignment.class, assignmentId);
    if (assignment == null || !assignment.meetingId().equals(meetingId)) {
      throw ProblemException.notFound();
    }
    em.remove(assignment);
  }

  public List<Assignment> assignments(long meetingId) {
    return em.createQuery(
            "select a from Assignment a where a.meetingId = :m order by a.id", Assignment.class)
        .setParameter("m", meetingId)
        .getResultList();
  }

  private List<Long> conflicts(MeetingView meeting, long interpreterId) {
    List<Long> others =
        em.createQuery(
                "select a.meetingId from Assignment a where a.interpreter.id = :i"
                    + " and a.meetingId <> :m",
                Long.class)
            .setParameter("i", interpreterId)
            .setParameter("m", meeting.id())
            .getResultList();
    List<Long> overlapping = new ArrayList<>();
    for (Long other : others) {
      meetings
          .find(other, Language.DEFAULT)
          .filter(o -> o.start().isBefore(meeting.end()) && meeting.start().isBefore(o.end()))
          .ifPresent(o -> overlapping.add(o.id()));
    }
    return overlapping;
  }

  /**
   * Confirmed persons needing interpretation, by language (sorted), with whether an interpreter is
   * booked.
   */
  public List<Need> needs(long meetingId) {
    meetings.find(meetingId);
    return needs(List.of(meetingId)).getOrDefault(meetingId, List.of());
  }

  /**
   * The needs of several meetings: persons needing interpretation (registration's figures),
   * bookings (one query).
   */
  private Map<Long, List<Need>> needs(List<Long> meetingIds) {
    if (meetingIds.isEmpty()) {
      return Map.of();
    }
    Map<Long, Map<String, Long>> persons = registrations.interpretationNeeds(meetingIds);
    Set<String> covered =
        em.createQuery(
                "select a.meetingId, a.language from Assignment a where a.meetingId in :m",
                Object[].class)
            .setParameter("m", meetingIds)
            .getResultStream()
            .map(row -> row[0] + ":" + row[1])
            .collect(Collectors.toSet());
    Map<Long, List<Need>> needs = new TreeMap<>();
    persons.forEach(
        (meetingId, byLanguage) ->
            needs.put(
                meetingId,
                byLanguage.entrySet().stream()
                    .map(
                        e ->
                            new Need(
                                e.getKey(),
                                e.getValue(),
                                covered.contains(meetingId + ":" + e.getKey())))
                    .toList()));
    return needs;
  }

  /**
   * Step-free access and childcare asked for by confirmed registrations, against what the meeting
   * offers: {@code stepFreeRegistrations} groups need step-free access, the venue has it ({@code
   * venueStepFree}; null for an online meeting); {@code childcareChildren} children of groups
   * asking for childcare, which the meeting offers or not.
   */
  @Schema(name = "AccessNeeds")
  public record AccessNeeds(
      long stepFreeRegistrations,
      Boolean venueStepFree,
      long childcareChildren,
      boolean childcareOffered) {

    static final AccessNeeds NONE = new AccessNeeds(0, null, 0, false);

    /** Someone needs what the meeting does not offer. */
    public boolean unmet() {
      return (stepFreeRegistrations > 0 && Boolean.FALSE.equals(venueStepFree))
          || (childcareChildren > 0 && !childcareOffered);
    }

    boolean any() {
      return stepFreeRegistrations > 0 || childcareChildren > 0;
    }
  }

  /** The needs of the meetings starting in a period. */
  public record MeetingNeeds(MeetingView meeting, List<Need> needs, AccessNeeds access) {

    /**
     * An interpreter is missing for some language, or someone needs access or childcare the meeting
     * lacks.
     */
    public boolean unmet() {
      return needs.stream().anyMatch(n -> !n.interpreterAssigned()) || access.unmet();
    }
  }

  /**
   * Meetings (drafts included) starting in the period ({@code to} null: from {@code from} on) that
   * have needs: unmet first, then by date.
   */
  public List<MeetingNeeds> period(Instant from, Instant to) {
    List<Long> ids = catalogue.startingBetween(from, to, MAX_MEETINGS);
    Map<Long, List<Need>> needs = needs(ids);
    Map<Long, RegistrationFigures.AccessNeeds> access =
        ids.isEmpty() ? Map.of() : registrations.accessNeeds(ids);
    return ids.stream()
        .filter(id -> needs.containsKey(id) || access.containsKey(id))
        .map(meetings::find)
        .map(
            m ->
                new MeetingNeeds(
                    m,
                    needs.getOrDefault(m.id(), List.of()),
                    access(m, access.getOrDefault(m.id(), RegistrationFigures.AccessNeeds.NONE))))
        .filter(n -> !n.needs().isEmpty() || n.access().any())
        .sorted(
            Comparator.comparing((MeetingNeeds n) -> !n.unmet())
                .thenComparing(n -> n.meeting().start().toInstant()))
        .toList();
  }

  private static AccessNeeds access(MeetingView meeting, RegistrationFigures.AccessNeeds asked) {
    Boolean stepFree = meeting.venue() == null ? null : meeting.venue().stepFree();
    return new AccessNeeds(
        asked.stepFreeRegistrations(), stepFree, asked.childcareChildren(), meeting.childcare());
  }

  /** The bookings of several meetings, by meeting (one query). */
  public Map<Long, List<Assignment>> assignments(List<Long> meetingIds) {
    if (meetingIds.isEmpty()) {
      return Map.of();
    }
    return em.createQuery(
            "select a from Assignment a join fetch a.interpreter where a.meetingId in :m order by a.id",
            Assignment.class)
        .setParameter("m", meetingIds)
        .getResultStream()
        .collect(Collectors.groupingBy(Assignment::meetingId));
  }

  /** Active interpreters in the pool who speak a language. */
  public List<Interpreter> speaking(String language) {
    return interpreters().stream().filter(i -> i.active() && i.speaks(language)).toList();
  }

  /** The request's languages, once every field is checked (a 400 naming each one that is wrong). */
  private Set<String> checked(InterpreterRequest request) {
    var violations = validation.violations(request);
    Set<String> languages =
        request == null
            ? Set.of()
            : InputValidation.languageCodes(request.languages(), "languages", violations);
    ProblemException.throwIfAny(violations);
    return languages;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** Whole days from now until the meeting starts. */
  public long leadDays(MeetingView meeting) {
    return Duration.between(clock.instant(), meeting.start().toInstant()).toDays();
  }
}
