package org.treffpunkt.feedback.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.treffpunkt.feedback.entity.Feedback;
import org.treffpunkt.meeting.control.MeetingCatalogue;
import org.treffpunkt.meeting.control.MeetingView;
import org.treffpunkt.meeting.control.MeetingViews;
import org.treffpunkt.platform.InputValidation;
import org.treffpunkt.platform.ProblemException;
import org.treffpunkt.platform.RateLimit;
import org.treffpunkt.platform.access.Allowed;
import org.treffpunkt.platform.access.Permission;

/**
 * Takes anonymous feedback once a meeting has begun (a QR code on a sheet may be scanned weeks
 * later) and counts it per meeting.
 */
@ApplicationScoped
public class FeedbackBox {

  /** A meeting's answers, and the free texts (newest first). */
  @Schema(name = "FeedbackSummary")
  public record Summary(long meetingId, Map<String, Long> answers, List<String> comments) {}

  /** The body of {@code POST /api/meetings/{id}/feedback} and of the feedback page. */
  public record FeedbackRequest(
      @NotNull(message = "{validation.required}") Feedback.Answer answer,
      @Size(max = 1000, message = "{validation.maxLength}") String comment) {}

  /** The status of a meeting that takes place as planned ({@link MeetingView#status()}). */
  private static final String SCHEDULED = "SCHEDULED";

  private static final String DRAFT = "DRAFT";
  private static final int CHUNK = 1_000;

  @PersistenceContext EntityManager em;
  @Inject MeetingViews meetingViews;
  @Inject MeetingCatalogue meetings;
  @Inject Clock clock;
  @Inject InputValidation validation;
  @Inject RateLimit rateLimit;

  /** A meeting feedback may be given about, open or not yet: any but a draft (else 404). */
  public MeetingView meeting(long meetingId) {
    MeetingView meeting = meetingViews.find(meetingId);
    if (DRAFT.equals(meeting.status())) {
      throw ProblemException.notFound();
    }
    return meeting;
  }

  /** Whether feedback is taken for the meeting now: published, not cancelled, and begun. */
  public boolean open(MeetingView meeting) {
    return SCHEDULED.equals(meeting.status())
        && !clock.instant().isBefore(meeting.start().toInstant());
  }

  /**
   * Takes anonymous feedback. The per-client rate limit has a budget of its own, so that a room
   * full of people on one Wi-Fi giving feedback does not stop registrations from that address, nor
   * the other way round.
   */
  @Transactional
  public Feedback submit(
      long meetingId, FeedbackRequest request, String clientAddress, String language) {
    validation.check(request);
    rateLimit.check("feedback " + clientAddress);
    String comment =
        request.comment() == null || request.comment().isBlank() ? null : request.comment().strip();
    Feedback.Answer answer = request.answer();
    if (!open(meeting(meetingId))) {
      throw ProblemException.conflict("problem.feedbackClosed");
    }
    Feedback feedback = new Feedback(meetingId, answer, comment, language, clock.instant());
    em.persist(feedback);
    return feedback;
  }

  /** The answers and free texts of a meeting (organisers). */
  @Allowed(Permission.READ_REPORTS)
  public Summary summary(long meetingId) {
    Map<String, Long> answers = new LinkedHashMap<>();
    for (Feedback.Answer a : Feedback.Answer.values()) {
      answers.put(a.name(), 0L);
    }
    em.createQuery(
            "select f.answer, count(f) from Feedback f where f.meetingId = :m group by f.answer",
            Object[].class)
        .setParameter("m", meetingId)
        .getResultList()
        .forEach(row -> answers.put(((Feedback.Answer) row[0]).name(), (Long) row[1]));
    List<String> comments =
        em.createQuery(
                "select f.comment from Feedback f where f.meetingId = :m"
                    + " and f.comment is not null order by f.id desc",
                String.class)
            .setParameter("m", meetingId)
            .getResultList();
    return new Summary(meetingId, answers, comments);
  }

  /**
   * Removes the free texts given for meetings that ended before {@code cutoff}; returns how many.
   * Only meetings with texts left are looked at, so a run after the last one finds nothing to do.
   */
  @Transactional
  public int removeCommentsBefore(Instant cutoff) {
    List<Long> withComments =
        em.createQuery(
                "select distinct f.meetingId from Feedback f where f.comment is not null",
                Long.class)
            .getResultList();
    if (withComments.isEmpty()) {
      return 0;
    }
    Set<Long> ended = new HashSet<>(meetings.endedBefore(cutoff));
    List<Long> due = withComments.stream().filter(ended::contains).toList();
    int removed = 0;
    for (int from = 0; from < due.size(); from += CHUNK) {
      removed +=
          em.createQuery(
                  "update Feedback f set f.comment = null where f.comment is not null"
                      + " and f.meetingId in :meetings")
              .setParameter("meetings", due.subList(from, Math.min(due.size(), from + CHUNK)))
              .executeUpdate();
    }
    return removed;
  }
}
