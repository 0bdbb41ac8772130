package org.treffpunkt.registration.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.treffpunkt.platform.ProblemException;

/**
 * A notice for one registration: mailed, or not reachable by mail (no address, or the mail failed
 * when it was sent) and then, once staff phoned, informed by whom and when. One per registration
 * and notice (a unique key), so one change is mailed to a registration at most once.
 */
@Entity
@Table(name = "notice_delivery")
public class NoticeDelivery {

  public enum Outcome {
    /** To be mailed, after the transaction that made the notice committed. */
    PENDING,
    /** Claimed by the server that sent it and handed to the mail server. */
    MAILED,
    /** No e-mail address: someone has to phone. */
    NO_ADDRESS,
    /** The mail could not be sent: someone has to phone. */
    FAILED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "notice_id", nullable = false)
  private Notice notice;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "registration_id", nullable = false)
  private Registration registration;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Outcome outcome;

  @Column(name = "mailed_at")
  private Instant mailedAt;

  @Column(name = "informed_at")
  private Instant informedAt;

  @Column(name = "informed_by_user_id")
  private Long informedByUserId;

  protected NoticeDelivery() {}

  /** The notice for a registration: to be mailed if it has an address, else to be phoned. */
  public NoticeDelivery(Notice notice, Registration registration) {
    if (!notice.meetingId().equals(registration.meetingId())) {
      throw new IllegalArgumentException("a notice reaches only the registrations of its meeting");
    }
    if (registration.status() == RegistrationStatus.CANCELLED) {
      throw new IllegalArgumentException("a cancelled registration hears of nothing any more");
    }
    this.notice = notice;
    this.registration = registration;
    this.outcome = registration.email() == null ? Outcome.NO_ADDRESS : Outcome.PENDING;
  }

  /** Whether staff have to phone: no address, or the mail failed. */
  public boolean unreached() {
    return outcome == Outcome.NO_ADDRESS || outcome == Outcome.FAILED;
  }

  /**
   * Staff told the resident by phone (or in person); recorded with who and when, the first time.
   * Only for a notice the resident could not get by mail (409 otherwise).
   */
  public void informedBy(long userId, Instant now) {
    if (!unreached()) {
      throw ProblemException.conflict("problem.notUnreached");
    }
    if (informedAt == null) {
      informedAt = now;
      informedByUserId = userId;
    }
  }

  public Long getId() {
    return id;
  }

  public Notice notice() {
    return notice;
  }

  public Registration registration() {
    return registration;
  }

  public Outcome outcome() {
    return outcome;
  }

  public Instant mailedAt() {
    return mailedAt;
  }

  public Instant informedAt() {
    return informedAt;
  }

  public Long informedByUserId() {
    return informedByUserId;
  }
}
