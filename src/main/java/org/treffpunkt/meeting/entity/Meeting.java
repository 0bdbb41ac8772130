package org.treffpunkt.meeting.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.treffpunkt.platform.ProblemException;
import org.treffpunkt.platform.i18n.Language;

/**
 * One meeting on one date — alone, or one date of a series with its own capacity, status and
 * registrations.
 *
 * <p>Every change that matters to attendees (time, place, online link, status) raises the {@link
 * #revision()} and sets {@link #lastModified()}; calendar feeds use them as SEQUENCE and
 * LAST-MODIFIED. Text edits do not.
 */
@Entity
@Table(name = "meeting")
public class Meeting {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @Column(name = "series_id")
  private Long seriesId;

  /**
   * For a date of a series: where the series put it, even after it was moved (iCalendar's
   * RECURRENCE-ID).
   */
  @Column(name = "original_starts_at")
  private Instant originalStart;

  /** A date of a series changed on its own; later edits of the whole series leave it alone. */
  @Column(name = "edited_individually", nullable = false)
  private boolean editedIndividually;

  // Format, district and venue are read by selects of their own (districts and formats from the
  // second-level cache, venues in batches), not joined: locking a meeting's row (SELECT … FOR
  // UPDATE)
  // would otherwise lock the district, format and venue rows too on MariaDB, and every registration
  // in a district would wait for the one before it.
  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @Fetch(FetchMode.SELECT)
  @JoinColumn(name = "format_id", nullable = false)
  private MeetingFormat format;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @Fetch(FetchMode.SELECT)
  @JoinColumn(name = "district_id", nullable = false)
  private District district;

  @ManyToOne(fetch = FetchType.EAGER)
  @Fetch(FetchMode.SELECT)
  @JoinColumn(name = "venue_id")
  private Venue venue;

  @Column(name = "online_url", length = 500)
  private String onlineUrl;

  @Column(name = "starts_at", nullable = false)
  private Instant startsAt;

  @Column(name = "ends_at", nullable = false)
  private Instant endsAt;

  /** Persons (adults and children); null = unlimited. */
  private Integer capacity;

  @Column(name = "registration_required", nullable = false)
  private boolean registrationRequired;

  @Column(name = "registration_opens_at")
  private Instant registrationOpens;

  @Column(name = "registration_closes_at")
  private Instant registrationCloses;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "meeting_text", joinColumns = @JoinColumn(name = "meeting_id"))
  @MapKeyColumn(name = "language", length = 5)
  private Map<String, MeetingText> texts = new HashMap<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "meeting_language", joinColumns = @JoinColumn(name = "meeting_id"))
  @Column(name = "language", nullable = false, length = 3)
  private Set<String> languages = new HashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "meeting_partner", joinColumns = @JoinColumn(name = "meeting_id"))
  @Column(name = "partner_id", nullable = false)
  private Set<Long> partnerIds = new HashSet<>();

  @Column(nullable = false)
  private boolean interpretation;

  @Column(nullable = false)
  private boolean childcare;

  @Embedded private Contact contact;

  /** For an advice hour split into bookable slots; null otherwise. */
  @Embedded private SlotPlan slots;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private MeetingStatus status;

  @Column(name = "cancellation_reason", length = 500)
  private String cancellationReason;

  /**
   * Persons holding a place (confirmed registrations); never above the capacity. Written only by
   * {@link MeetingPlaces}, like the waiting persons.
   */
  @Column(name = "confirmed_persons", nullable = false, updatable = false)
  private int confirmedPersons;

  /** Persons on the waiting list. */
  @Column(name = "waiting_persons", nullable = false, updatable = false)
  private int waitingPersons;

  @Column(nullable = false)
  private int revision;

  @Column(name = "last_modified", nullable = false)
  private Instant lastModified;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Meeting() {}

  /** A new meeting as planned, at revision 0. */
  public static Meeting plan(MeetingPlan plan, Instant now) {
    Meeting meeting = new Meeting();
    meeting.createdAt = now;
    meeting.lastModified = now;
    meeting.status = plan.published() ? MeetingStatus.PUBLISHED : MeetingStatus.DRAFT;
    meeting.take(plan);
    return meeting;
  }

  /** A new date of the series {@code seriesId}. */
  public static Meeting ofSeries(long seriesId, MeetingPlan plan, Instant now) {
    Meeting meeting = plan(plan, now);
    meeting.seriesId = seriesId;
    meeting.originalStart = plan.schedule().start();
    return meeting;
  }

  /** Replaces the plan by an organiser's edit of this one meeting. */
  public void replan(MeetingPlan plan, Instant now) {
    if (seriesId != null) {
      editedIndividually = true;
    }
    follow(plan, now);
  }

  /**
   * Takes a plan changed for the whole series from some date on; dates edited on their own are not
   * asked.
   */
  public void followSeries(MeetingPlan plan, Instant now) {
    follow(plan, now);
  }

  private void follow(MeetingPlan plan, Instant now) {
    boolean relevant =
        !startsAt.equals(plan.schedule().start())
            || !endsAt.equals(plan.schedule().end())
            || !Objects.equals(venueId(venue), venueId(plan.venue()))
            || !Objects.equals(onlineUrl, plan.onlineUrl());
    MeetingStatus newStatus =
        status == MeetingStatus.CANCELLED
            ? MeetingStatus.CANCELLED
            : plan.published() ? MeetingStatus.PUBLISHED : MeetingStatus.DRAFT;
    if (newStatus != status) {
      relevant = true;
      status = newStatus;
    }
    take(plan);
    if (relevant) {
      changedForAttendees(now);
    }
  }

  /**
   * Cancels this meeting; it stays visible (and in feeds) as cancelled, with the reason. Once only
   * (409).
   */
  public void cancel(String reason, Instant now) {
    if (status == MeetingStatus.CANCELLED) {
      throw ProblemException.conflict("problem.alreadyCancelled");
    }
    status = MeetingStatus.CANCELLED;
    cancellationReason = reason;
    if (seriesId != null) {
      editedIndividually = true;
    }
    changedForAttendees(now);
  }

  private void changedForAttendees(Instant now) {
    revision++;
    lastModified = now;
  }

  private void take(MeetingPlan plan) {
    format = plan.format();
    district = plan.district();
    venue = plan.venue();
    onlineUrl = plan.onlineUrl();
    startsAt = plan.schedule().start();
    endsAt = plan.schedule().end();
    capacity = plan.capacity();
    registrationRequired = plan.registrationRequired();
    registrationOpens = plan.registrationOpens();
    registrationCloses = plan.registrationCloses();
    texts.clear();
    texts.putAll(plan.texts());
    languages.clear();
    languages.addAll(plan.languages());
    partnerIds.clear();
    partnerIds.addAll(plan.partnerIds());
    interpretation = plan.interpretation();
    childcare = plan.childcare();
    contact = plan.contact().isEmpty() ? null : plan.contact();
    slots = plan.slots();
  }

  private static Long venueId(Venue venue) {
    return venue == null ? null : venue.getId();
  }

  /**
   * Whether a resident may register now: published, not cancelled, not begun, within the
   * registration window.
   */
  public boolean registrationOpen(Instant now) {
    return registrationOpen(
        status, registrationRequired, registrationOpens, registrationCloses, startsAt, now);
  }

  static boolean registrationOpen(
      MeetingStatus status,
      boolean registrationRequired,
      Instant registrationOpens,
      Instant registrationCloses,
      Instant startsAt,
      Instant now) {
    Instant closes =
        registrationCloses != null && registrationCloses.isBefore(startsAt)
            ? registrationCloses
            : startsAt;
    return status == MeetingStatus.PUBLISHED
        && registrationRequired
        && (registrationOpens == null || !now.isBefore(registrationOpens))
        && now.isBefore(closes);
  }

  /**
   * The next moment after {@code now} at which what the meeting's public page shows changes by the
   * clock alone (registration opens or closes, the meeting begins or ends); {@link Instant#MAX} if
   * none.
   */
  public Instant nextChange(Instant now) {
    Instant next = Instant.MAX;
    for (Instant moment : new Instant[] {registrationOpens, registrationCloses, startsAt, endsAt}) {
      if (moment != null && moment.isAfter(now) && moment.isBefore(next)) {
        next = moment;
      }
    }
    return next;
  }

  /** The bookable slots, or an empty list for a meeting without slots. */
  public java.util.List<SlotPlan.Slot> slotList() {
    return slots == null ? java.util.List.of() : slots.slots(startsAt, endsAt);
  }

  /** The slot plan, or null for a meeting without slots. */
  public SlotPlan slots() {
    return slots;
  }

  public int confirmedPersons() {
    return confirmedPersons;
  }

  public int waitingPersons() {
    return waitingPersons;
  }

  /** Free places, or null when the capacity is unlimited. */
  public Integer freePlaces() {
    return capacity == null ? null : Math.max(0, capacity - confirmedPersons);
  }

  /** The texts in {@code language}, German where a translation is missing (per field). */
  public MeetingText text(Language language) {
    MeetingText german = texts.get(Language.DEFAULT.code());
    MeetingText translated = texts.get(language.code());
    if (translated == null || german == null) {
      return german != null ? german : translated;
    }
    return new MeetingText(
        translated.title(),
        translated.summary() != null ? translated.summary() : german.summary(),
        translated.description() != null ? translated.description() : german.description());
  }

  /** The plan this meeting follows now, to be changed in parts. */
  public MeetingPlan currentPlan() {
    return new MeetingPlan(
        format,
        district,
        venue,
        onlineUrl,
        schedule(),
        capacity,
        registrationRequired,
        registrationOpens,
        registrationCloses,
        texts,
        languages,
        interpretation,
        childcare,
        contact == null ? Contact.NONE : contact,
        partnerIds,
        status != MeetingStatus.DRAFT,
        slots);
  }

  public Long getId() {
    return id;
  }

  public Long seriesId() {
    return seriesId;
  }

  public Instant originalStart() {
    return originalStart;
  }

  public boolean editedIndividually() {
    return editedIndividually;
  }

  public MeetingFormat format() {
    return format;
  }

  public District district() {
    return district;
  }

  public Venue venue() {
    return venue;
  }

  public String onlineUrl() {
    return onlineUrl;
  }

  public Schedule schedule() {
    return new Schedule(startsAt, endsAt);
  }

  public Integer capacity() {
    return capacity;
  }

  public boolean registrationRequired() {
    return registrationRequired;
  }

  public Instant registrationOpens() {
    return registrationOpens;
  }

  public Instant registrationCloses() {
    return registrationCloses;
  }

  public Map<String, MeetingText> texts() {
    return Map.copyOf(texts);
  }

  public Set<String> languages() {
    return Set.copyOf(languages);
  }

  public Set<Long> partnerIds() {
    return Set.copyOf(partnerIds);
  }

  public boolean interpretation() {
    return interpretation;
  }

  public boolean childcare() {
    return childcare;
  }

  public Contact contact() {
    return contact == null ? Contact.NONE : contact;
  }

  public MeetingStatus status() {
    return status;
  }

  public String cancellationReason() {
    return cancellationReason;
  }

  public int revision() {
    return revision;
  }

  public Instant lastModified() {
    return lastModified;
  }
}
