package org.treffpunkt.registration.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.treffpunkt.audit.control.AuditLog;
import org.treffpunkt.meeting.control.MeetingCatalogue;
import org.treffpunkt.meeting.control.MeetingsRevised;
import org.treffpunkt.platform.ClockProducer;
import org.treffpunkt.platform.ProblemException;
import org.treffpunkt.platform.ProblemException.Violation;
import org.treffpunkt.platform.access.Allowed;
import org.treffpunkt.platform.access.Authorization;
import org.treffpunkt.platform.access.Permission;
import org.treffpunkt.platform.i18n.Language;
import org.treffpunkt.registration.entity.Notice;
import org.treffpunkt.registration.entity.NoticeDelivery;
import org.treffpunkt.registration.entity.NoticeValues;
import org.treffpunkt.registration.entity.Registration;
import org.treffpunkt.registration.entity.RegistrationStatus;

/**
 * Telling registrants what happened to their meeting. A meeting moved, changed or cancelled (one
 * {@link MeetingsRevised} per use case) and a message organisers write become a {@link Notice} with
 * one {@link NoticeDelivery} per registration holding a place or waiting, inside the transaction
 * that made the change; the mails go out after the commit ({@link NoticesIssued}), each claimed
 * once. Whoever has no address or whose mail failed is on the meeting's list of the unreached, for
 * a phone call.
 */
@ApplicationScoped
public class Notices {

  private static final List<NoticeDelivery.Outcome> UNREACHED =
      List.of(NoticeDelivery.Outcome.NO_ADDRESS, NoticeDelivery.Outcome.FAILED);

  /**
   * A message sent: to how many registrations, and how many of them have no address (to be phoned).
   */
  @Schema(name = "MessageSent")
  public record Sent(long id, OffsetDateTime at, int registrations, int withoutAddress) {}

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject Event<NoticesIssued> issued;
  @Inject MeetingCatalogue meetings;
  @Inject RegistrationDesk desk;
  @Inject Authorization authorization;
  @Inject AuditLog audit;

  /**
   * Inside the transaction that changed the meetings (their rows locked): a notice per meeting that
   * someone holds a place at or waits for, unless the meeting was over before and after the change.
   */
  void onRevised(@Observes MeetingsRevised revised) {
    Instant now = clock.instant();
    List<NoticesIssued.Delivery> toMail = new ArrayList<>();
    for (MeetingsRevised.Revision revision : revised.revisions()) {
      if (!revision.before().end().isAfter(now) && !revision.after().end().isAfter(now)) {
        continue;
      }
      List<Registration> registrants = active(revision.meetingId());
      if (registrants.isEmpty()) {
        continue;
      }
      Notice notice =
          Notice.ofRevision(
              revision.meetingId(),
              Notice.Kind.valueOf(revision.kind().name()),
              revision.revision(),
              values(revision.before()),
              values(revision.after()),
              revision.reason(),
              now);
      em.persist(notice);
      toMail.addAll(deliver(notice, registrants));
    }
    tell(toMail);
  }

  /**
   * Organisers write to everyone holding a place at or waiting for a meeting: German required,
   * other languages optional; each registrant gets their language or German. Recorded with who and
   * when.
   */
  @Transactional
  @Allowed(Permission.INFORM_REGISTRANTS)
  public Sent message(long meetingId, MessageRequest request) {
    meetings.checkVisible(meetingId);
    Map<String, String> texts = checkedTexts(request);
    Notice notice = Notice.message(meetingId, texts, authorization.actingUserId(), clock.instant());
    em.persist(notice);
    List<Registration> registrants = active(meetingId);
    List<NoticesIssued.Delivery> toMail = deliver(notice, registrants);
    tell(toMail);
    return new Sent(
        notice.getId(),
        berlin(notice.madeAt()),
        registrants.size(),
        registrants.size() - toMail.size());
  }

  /**
   * The registrations of a meeting that a notice could not reach by mail and that still hold a
   * place or wait, those not yet informed first; recorded in the audit log like the registration
   * list (when it names anyone).
   */
  @Allowed(Permission.INFORM_REGISTRANTS)
  public List<Unreached> unreached(long meetingId) {
    meetings.checkVisible(meetingId);
    List<NoticeDelivery> deliveries =
        em.createQuery(
                "select d from NoticeDelivery d join fetch d.registration"
                    + " where d.registration.meetingId = :meeting and d.registration.status <> :cancelled"
                    + " and d.outcome in :unreached order by d.registration.id, d.id",
                NoticeDelivery.class)
            .setParameter("meeting", meetingId)
            .setParameter("cancelled", RegistrationStatus.CANCELLED)
            .setParameter("unreached", UNREACHED)
            .getResultList();
    Map<Registration, List<NoticeDelivery>> byRegistration = new LinkedHashMap<>();
    deliveries.forEach(
        d -> byRegistration.computeIfAbsent(d.registration(), r -> new ArrayList<>()).add(d));
    List<Unreached> unreached = new ArrayList<>();
    byRegistration.forEach(
        (r, ds) -> {
          boolean allInformed = ds.stream().allMatch(d -> d.informedAt() != null);
          Instant informedAt =
              allInformed
                  ? ds.stream()
                      .map(NoticeDelivery::informedAt)
                      .max(Comparator.naturalOrder())
                      .orElseThrow()
                  : null;
          unreached.add(
              new Unreached(r.code(), r.name(), r.phone(), r.locale(), berlin(informedAt)));
        });
    unreached.sort(Comparator.comparing(u -> u.informedAt() != null));
    if (!unreached
        .isEmpty()) { // an empty list shows nobody (the registration page opens it with every view)
      audit.unreachedViewed(meetingId, unreached.size());
    }
    return unreached;
  }

  /**
   * Staff told a resident by phone of every notice the mail did not bring them; recorded with who
   * and when. A registration no notice failed to reach is a conflict (409).
   */
  @Transactional
  @Allowed(Permission.INFORM_REGISTRANTS)
  public void informed(long meetingId, String code) {
    meetings.checkVisible(meetingId);
    String normalised = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    Registration registration =
        desk.byCode(meetingId, normalised).orElseThrow(ProblemException::notFound);
    List<NoticeDelivery> deliveries =
        em.createQuery(
                "select d from NoticeDelivery d where d.registration = :registration and d.outcome in :unreached",
                NoticeDelivery.class)
            .setParameter("registration", registration)
            .setParameter("unreached", UNREACHED)
            .getResultList();
    if (deliveries.isEmpty()) {
      throw ProblemException.conflict("problem.notUnreached");
    }
    long userId = authorization.actingUserId();
    Instant now = clock.instant();
    deliveries.forEach(d -> d.informedBy(userId, now));
  }

  /**
   * Claims a delivery's mail for this server: true for exactly one caller, however many servers
   * hear of it, so a registration gets at most one mail per notice.
   */
  @Transactional
  public boolean claimMail(long deliveryId) {
    return em.createQuery(
                "update NoticeDelivery d set d.outcome = :mailed, d.mailedAt = :now"
                    + " where d.id = :id and d.outcome = :pending")
            .setParameter("mailed", NoticeDelivery.Outcome.MAILED)
            .setParameter("now", clock.instant())
            .setParameter("id", deliveryId)
            .setParameter("pending", NoticeDelivery.Outcome.PENDING)
            .executeUpdate()
        == 1;
  }

  /** The mail for these deliveries could not be sent: they join the list of the unreached. */
  @Transactional
  public void mailFailed(Collection<Long> deliveryIds) {
    if (deliveryIds.isEmpty()) {
      return;
    }
    em.createQuery(
            "update NoticeDelivery d set d.outcome = :failed, d.mailedAt = null where d.id in :ids")
        .setParameter("failed", NoticeDelivery.Outcome.FAILED)
        .setParameter("ids", deliveryIds)
        .executeUpdate();
  }

  /**
   * What a meeting's registrants were told, the oldest first, in {@code language} (for organisers).
   */
  @Allowed(Permission.INFORM_REGISTRANTS)
  public List<NoticeView> told(long meetingId, Language language) {
    meetings.checkVisible(meetingId);
    return ofMeeting(meetingId).stream().map(n -> view(n, language)).toList();
  }

  /** A meeting's notices, the oldest first (read once for all registrations of a list). */
  public List<Notice> ofMeeting(long meetingId) {
    return em.createQuery(
            "select n from Notice n where n.meetingId = :meeting order by n.madeAt, n.id",
            Notice.class)
        .setParameter("meeting", meetingId)
        .getResultList();
  }

  /**
   * The notices a resident who registered at {@code registeredAt} is to see, in {@code language}.
   */
  public static List<NoticeView> forRegistrant(
      List<Notice> notices, Instant registeredAt, Language language) {
    return notices.stream()
        .filter(n -> n.concernsRegistrationOf(registeredAt))
        .map(n -> view(n, language))
        .toList();
  }

  static NoticeView view(Notice notice, Language language) {
    return new NoticeView(
        notice.kind().name(),
        berlin(notice.madeAt()),
        values(notice.before()),
        values(notice.after()),
        notice.text(language));
  }

  private List<NoticesIssued.Delivery> deliver(Notice notice, List<Registration> registrants) {
    List<NoticesIssued.Delivery> toMail = new ArrayList<>();
    for (Registration registration : registrants) {
      NoticeDelivery delivery = new NoticeDelivery(notice, registration);
      em.persist(delivery);
      if (delivery.outcome() == NoticeDelivery.Outcome.PENDING) {
        toMail.add(
            new NoticesIssued.Delivery(
                delivery.getId(),
                RegistrationDesk.registrant(registration, 0),
                notice.kind().name(),
                berlin(notice.madeAt()),
                values(notice.before()),
                values(notice.after()),
                notice.texts()));
      }
    }
    return toMail;
  }

  private void tell(List<NoticesIssued.Delivery> toMail) {
    if (!toMail.isEmpty()) {
      em.flush(); // the deliveries exist (and their unique key held) before anyone hears of them
      issued.fire(new NoticesIssued(toMail));
    }
  }

  /** Everyone holding a place or waiting, in the order they registered. */
  private List<Registration> active(long meetingId) {
    return em.createQuery(
            "select r from Registration r where r.meetingId = :meeting and r.status <> :cancelled"
                + " order by r.id",
            Registration.class)
        .setParameter("meeting", meetingId)
        .setParameter("cancelled", RegistrationStatus.CANCELLED)
        .getResultList();
  }

  /** The message by language: German required, only our languages, each within the length limit. */
  static Map<String, String> checkedTexts(MessageRequest request) {
    if (request == null) {
      throw ProblemException.invalid("", "validation.bodyRequired");
    }
    Map<String, String> given = request.text() == null ? Map.of() : request.text();
    List<Violation> violations = new ArrayList<>();
    Map<String, String> texts = new HashMap<>();
    given.forEach(
        (code, value) -> {
          String field = "text." + code;
          if (Language.of(code).filter(l -> l.code().equals(code)).isEmpty()) {
            violations.add(new Violation(field, "validation.textLanguage"));
          } else if (value != null && !value.isBlank()) {
            String text = value.strip();
            if (text.length() > Notice.TEXT_MAX) {
              violations.add(
                  new Violation(field, "validation.maxLength", null, 0, Notice.TEXT_MAX));
            } else {
              texts.put(code, text);
            }
          }
        });
    String german = "text." + Language.DEFAULT.code();
    if (!texts.containsKey(Language.DEFAULT.code())
        && violations.stream().noneMatch(v -> v.field().equals(german))) {
      violations.add(new Violation(german, "validation.required"));
    }
    violations.sort(Comparator.comparing(Violation::field));
    ProblemException.throwIfAny(violations);
    return texts;
  }

  private static NoticeValues values(MeetingsRevised.Snapshot snapshot) {
    return new NoticeValues(
        snapshot.start(), snapshot.end(), snapshot.place(), snapshot.onlineUrl());
  }

  private static NoticeView.Values values(NoticeValues values) {
    return values == null
        ? null
        : new NoticeView.Values(
            berlin(values.start()), berlin(values.end()), values.place(), values.onlineUrl());
  }

  private static OffsetDateTime berlin(Instant instant) {
    return instant == null ? null : instant.atZone(ClockProducer.BERLIN).toOffsetDateTime();
  }
}
