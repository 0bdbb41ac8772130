package org.treffpunkt.registration.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.treffpunkt.platform.ProblemException;
import org.treffpunkt.registration.entity.Registration;
import org.treffpunkt.registration.entity.RegistrationStatus;

/**
 * What other features read and do of registrations, as records: the day of a meeting (present or
 * not), the lists. The callers' use cases hold the permissions (they are staff features); this only
 * keeps the registration's rules (only a registration holding a place can be checked in) where the
 * registration is.
 */
@RequestScoped
public class Registrations {

  @PersistenceContext EntityManager em;
  @Inject RegistrationDesk desk;
  @Inject RegistrationViews views;
  @Inject Clock clock;

  /**
   * Every registration of a meeting, in the order they came in (cancelled ones included, with their
   * status).
   */
  public List<RegistrationView> of(long meetingId) {
    return views.ofMeeting(meetingId, desk.ofMeeting(meetingId, null));
  }

  /** Marks a registration holding a place as present (again: no change); recorded with who. */
  @Transactional
  public RegistrationView attend(long meetingId, String code, long staffUserId) {
    Registration registration = byCode(meetingId, code);
    registration.attend(staffUserId, clock.instant());
    return views.of(registration);
  }

  /** Takes back a check-in made by mistake. */
  @Transactional
  public RegistrationView undoAttendance(long meetingId, String code) {
    Registration registration = byCode(meetingId, code);
    registration.undoAttendance();
    return views.of(registration);
  }

  /** Persons (and groups) holding a place who were present. */
  public record Present(int persons, int registrations) {}

  public Present present(long meetingId) {
    Object[] row =
        em.createQuery(
                "select coalesce(sum(r.adults + r.children), 0), count(r) from Registration r"
                    + " where r.meetingId = :m and r.attendedAt is not null and r.status = :confirmed",
                Object[].class)
            .setParameter("m", meetingId)
            .setParameter("confirmed", RegistrationStatus.CONFIRMED)
            .getSingleResult();
    return new Present(((Number) row[0]).intValue(), ((Number) row[1]).intValue());
  }

  private Registration byCode(long meetingId, String code) {
    String normalised = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    return desk.byCode(meetingId, normalised).orElseThrow(ProblemException::notFound);
  }
}
