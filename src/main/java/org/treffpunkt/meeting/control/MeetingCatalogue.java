package org.treffpunkt.meeting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.treffpunkt.meeting.entity.Meeting;
import org.treffpunkt.meeting.entity.MeetingStatus;
import org.treffpunkt.platform.ProblemException;
import org.treffpunkt.platform.access.Allowed;
import org.treffpunkt.platform.access.Authorization;
import org.treffpunkt.platform.access.Permission;

/**
 * Finding meetings: by id, by series, and the filtered, paged search behind the lists, the API and
 * the feeds.
 */
@ApplicationScoped
public class MeetingCatalogue {

  /** One page of meetings and how many match in all. */
  public record Page(List<Meeting> items, long total) {}

  @PersistenceContext EntityManager em;
  @jakarta.inject.Inject java.time.Clock clock;
  @jakarta.inject.Inject Authorization authorization;

  @jakarta.inject.Inject CatalogueVersion version;

  /**
   * Changes with every change to any meeting or series (see {@link MeetingPlanner}); known in
   * memory, see {@link CatalogueVersion} for how soon another server's change shows.
   */
  public long version() {
    return version.current();
  }

  /** The version if known in memory now, without asking the database (see {@link #version()}). */
  public OptionalLong versionInMemory() {
    return version.known();
  }

  /**
   * {@link #versionInMemory()} without a CDI proxy, for I/O threads (see {@link
   * CatalogueVersion#knownReader()}).
   */
  public java.util.function.Supplier<OptionalLong> versionInMemoryReader() {
    return version.knownReader();
  }

  /** Called inside every transaction that changes meetings. */
  void changed() {
    version.bump();
  }

  /**
   * What a meeting's public page shows of its row, as a stamp: the row version (raised by every
   * change an organiser makes) and the counters of places and waiting list (changed by
   * registrations, which leave the version as it is); empty if there is no such meeting.
   */
  public Optional<String> rowStamp(long id) {
    return em.createQuery(
            "select m.version, m.confirmedPersons, m.waitingPersons from Meeting m where m.id = :id",
            Object[].class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst()
        .map(row -> row[0] + "/" + row[1] + "/" + row[2]);
  }

  /** The district a meeting is held in (e.g. to count a referral made there), if it exists. */
  public Optional<Long> districtOf(long meetingId) {
    return em.createQuery("select m.district.id from Meeting m where m.id = :id", Long.class)
        .setParameter("id", meetingId)
        .getResultStream()
        .findFirst();
  }

  public Optional<Meeting> find(long id) {
    return Optional.ofNullable(em.find(Meeting.class, id));
  }

  /**
   * The meeting with its row locked until the transaction ends: registrations and cancellations of
   * one meeting are decided one after the other, on MariaDB and H2 alike ({@code SELECT … FOR
   * UPDATE}).
   */
  public Optional<Meeting> lockForUpdate(long id) {
    return Optional.ofNullable(
        em.find(Meeting.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE));
  }

  /**
   * Meetings co-hosted by a partner from {@code from} on, drafts included (the partner plans them
   * with us).
   */
  public List<Meeting> coHostedBy(long partnerId, java.time.Instant from) {
    return em.createQuery(
            "select m from Meeting m where :partner member of m.partnerIds and m.startsAt >= :from"
                + " order by m.startsAt, m.id",
            Meeting.class)
        .setParameter("partner", partnerId)
        .setParameter("from", from)
        .setMaxResults(5_000)
        .getResultList();
  }

  public List<Meeting> ofSeries(long seriesId) {
    return em.createQuery(
            "select m from Meeting m where m.seriesId = :series order by m.originalStart, m.id",
            Meeting.class)
        .setParameter("series", seriesId)
        .getResultList();
  }

  /**
   * The meeting, if the caller may see it: published and cancelled ones everyone; drafts organisers
   * and the partners co-hosting them. Otherwise it does not exist (404).
   */
  public Meeting visible(long id) {
    Meeting meeting = find(id).orElseThrow(ProblemException::notFound);
    if (meeting.status() == MeetingStatus.DRAFT
        && !authorization.mayForMeeting(Permission.READ_DRAFTS, meeting.partnerIds())) {
      throw ProblemException.notFound();
    }
    return meeting;
  }

  /**
   * The bookable slots of a meeting the caller may see ({@link #visible}); empty for a meeting
   * without slots.
   */
  public List<SlotTime> slots(long id) {
    return SlotTime.of(visible(id).slotList());
  }

  /** Throws 404 unless the caller may see the meeting ({@link #visible}). */
  public void checkVisible(long id) {
    visible(id);
  }

  /**
   * Published meetings starting after {@code from} and not after {@code until}, the soonest first
   * (reminders).
   */
  public List<Long> publishedStartingBetween(java.time.Instant from, java.time.Instant until) {
    return em.createQuery(
            "select m.id from Meeting m where m.status = :published and m.startsAt > :from"
                + " and m.startsAt <= :until order by m.startsAt, m.id",
            Long.class)
        .setParameter("published", MeetingStatus.PUBLISHED)
        .setParameter("from", from)
        .setParameter("until", until)
        .getResultList();
  }

  /** Meetings that ended before {@code cutoff} (whose personal data is due for anonymisation). */
  public List<Long> endedBefore(java.time.Instant cutoff) {
    return em.createQuery(
            "select m.id from Meeting m where m.endsAt < :cutoff order by m.id", Long.class)
        .setParameter("cutoff", cutoff)
        .getResultList();
  }

  /** What reports count of a meeting: not a draft, started in the period asked for. */
  public record Reported(
      long id, String formatKey, String districtName, java.time.Instant start, boolean cancelled) {}

  /**
   * The meetings (drafts never) starting in {@code [from, to)}, optionally of one format and one
   * district.
   */
  public List<Reported> reportedIn(
      java.time.Instant from, java.time.Instant to, Long formatId, Long districtId) {
    var query =
        em.createQuery(
                "select m.id, m.format.key, m.district.name, m.startsAt, m.status from Meeting m"
                    + " where m.startsAt >= :from and m.startsAt < :to and m.status <> :draft"
                    + (formatId == null ? "" : " and m.format.id = :format")
                    + (districtId == null ? "" : " and m.district.id = :district"),
                Object[].class)
            .setParameter("from", from)
            .setParameter("to", to)
            .setParameter("draft", MeetingStatus.DRAFT);
    if (formatId != null) {
      query.setParameter("format", formatId);
    }
    if (districtId != null) {
      query.setParameter("district", districtId);
    }
    return query
        .getResultStream()
        .map(
            m ->
                new Reported(
                    (Long) m[0],
                    (String) m[1],
                    (String) m[2],
                    (java.time.Instant) m[3],
                    m[4] == MeetingStatus.CANCELLED))
        .toList();
  }

  /**
   * A search as the caller may make it: drafts only for organisers (partners find theirs in the
   * back office).
   */
  public Page browse(MeetingQuery query) {
    boolean drafts =
        query.includeDrafts() && authorization.mayForMeeting(Permission.READ_DRAFTS, Set.of());
    return search(query.withDrafts(drafts).coHostedBy(null));
  }

  /**
   * The back office's calendar and list, drafts included: organisers see every meeting, partners
   * the meetings their organisation co-hosts.
   */
  @Allowed(Permission.USE_BACK_OFFICE)
  public Page backOffice(MeetingQuery query) {
    return search(
        query
            .withDrafts(true)
            .coHostedBy(authorization.coHostedOnly(Permission.USE_BACK_OFFICE).orElse(null)));
  }

  /**
   * Any search, for readers inside the application (feeds, reports): the caller decides what it may
   * include.
   */
  public Page search(MeetingQuery query) {
    Map<String, Object> parameters = new HashMap<>();
    StringBuilder where = new StringBuilder(" where m.startsAt >= :from");
    parameters.put("from", query.from());
    if (query.to() != null) {
      where.append(" and m.startsAt < :to");
      parameters.put("to", query.to());
    }
    if (query.districtId() != null) {
      where.append(" and m.district.id = :district");
      parameters.put("district", query.districtId());
    }
    if (query.formatId() != null) {
      where.append(" and m.format.id = :format");
      parameters.put("format", query.formatId());
    }
    if (query.language() != null) {
      where.append(" and :language member of m.languages");
      parameters.put("language", query.language());
    }
    if (query.text() != null && !query.text().isBlank()) {
      where.append(
          " and exists (select 1 from Meeting x join x.texts t where x = m and lower(t.title) like :text)");
      parameters.put(
          "text", "%" + likeEscaped(query.text().strip().toLowerCase(Locale.ROOT)) + "%");
    }
    if (query.status() != null) {
      where.append(" and m.status = :status");
      parameters.put("status", query.status());
    }
    if (query.coHostedBy() != null) {
      where.append(" and :partner member of m.partnerIds");
      parameters.put("partner", query.coHostedBy());
    }
    if (!query.includeDrafts()) {
      where.append(" and m.status <> :draft");
      parameters.put("draft", MeetingStatus.DRAFT);
    }
    TypedQuery<Long> count = em.createQuery("select count(m) from Meeting m" + where, Long.class);
    TypedQuery<Meeting> items =
        em.createQuery(
            "select m from Meeting m" + where + " order by m.startsAt, m.id", Meeting.class);
    parameters.forEach(
        (name, value) -> {
          count.setParameter(name, value);
          items.setParameter(name, value);
        });
    List<Meeting> page =
        items
            .setFirstResult(query.page() * query.size())
            .setMaxResults(query.size())
            .getResultList();
    // texts, languages and partners are loaded in batches (hibernate.default_batch_fetch_size), not
    // per meeting
    return new Page(page, count.getSingleResult());
  }

  /** The languages spoken at published meetings from now on, for the language filter. */
  public List<String> upcomingLanguages() {
    return em.createQuery(
            "select distinct l from Meeting m join m.languages l where m.startsAt >= :now and m.status <> :draft"
                + " order by l",
            String.class)
        .setParameter("now", java.time.Instant.now(clock))
        .setParameter("draft", MeetingStatus.DRAFT)
        .getResultList();
  }

  private static String likeEscaped(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  /**
   * The ids of the meetings, drafts and cancelled ones included, starting at or after {@code from}
   * and before {@code to} (null: without end), the soonest first; at most {@code max} (staff
   * overviews such as language needs).
   */
  public List<Long> startingBetween(java.time.Instant from, java.time.Instant to, int max) {
    TypedQuery<Long> query =
        em.createQuery(
                "select m.id from Meeting m where m.startsAt >= :from"
                    + (to == null ? "" : " and m.startsAt < :to")
                    + " order by m.startsAt, m.id",
                Long.class)
            .setParameter("from", from)
            .setMaxResults(max);
    if (to != null) {
      query.setParameter("to", to);
    }
    return query.getResultList();
  }
}
