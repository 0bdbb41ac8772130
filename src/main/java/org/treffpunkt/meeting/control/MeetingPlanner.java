package org.treffpunkt.meeting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.treffpunkt.meeting.entity.Meeting;
import org.treffpunkt.meeting.entity.MeetingPlan;
import org.treffpunkt.meeting.entity.MeetingSeries;
import org.treffpunkt.meeting.entity.MeetingStatus;
import org.treffpunkt.meeting.entity.Schedule;
import org.treffpunkt.platform.InputValidation;
import org.treffpunkt.platform.ProblemException;
import org.treffpunkt.platform.access.Allowed;
import org.treffpunkt.platform.access.Permission;

/**
 * Organisers plan meetings and series: create, change, move, cancel, and edit a series from a date
 * on. Each use case takes the request as the API and the back-office form send it, checks who
 * calls, then the request, then acts.
 */
@ApplicationScoped
public class MeetingPlanner {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject MeetingCatalogue catalogue;
  @Inject MeetingPlans plans;
  @Inject InputValidation validation;
  @Inject jakarta.enterprise.event.Event<MeetingReplanned> replanned;
  @Inject jakarta.enterprise.event.Event<MeetingsRevised> revised;

  /** A single meeting; a request with a recurrence belongs to {@link #createSeries}. */
  @Transactional
  @Allowed(Permission.PLAN_MEETINGS)
  public Meeting create(MeetingRequest request) {
    if (request != null && request.recurrence() != null) {
      throw ProblemException.invalid("recurrence", "validation.useSeries");
    }
    Meeting meeting = Meeting.plan(plans.plan(request), clock.instant());
    em.persist(meeting);
    catalogue.changed();
    return meeting;
  }

  @Transactional
  @Allowed(Permission.PLAN_MEETINGS)
  public Meeting replan(long id, MeetingRequest request) {
    catalogue.find(id).orElseThrow(ProblemException::notFound);
    MeetingPlan plan = plans.plan(request);
    Meeting meeting = lockedMeeting(id);
    RevisionWatch watch = new RevisionWatch();
    watch.watch(meeting);
    meeting.replan(plan, clock.instant());
    replanned(meeting);
    tell(watch);
    catalogue.changed();
    return meeting;
  }

  @Transactional
  @Allowed(Permission.PLAN_MEETINGS)
  public Meeting cancel(long id, CancelRequest request) {
    catalogue.find(id).orElseThrow(ProblemException::notFound);
    validation.check(request);
    Meeting meeting = lockedMeeting(id);
    RevisionWatch watch = new RevisionWatch();
    watch.watch(meeting);
    meeting.cancel(request.reason().strip(), clock.instant());
    tell(watch);
    catalogue.changed();
    return meeting;
  }

  /** A series and all its dates, each a meeting of its own. */
  @Transactional
  @Allowed(Permission.PLAN_MEETINGS)
  public MeetingSeries createSeries(MeetingRequest request) {
    MeetingPlan first = plans.plan(request);
    var recurrence = plans.recurrence(request, first.schedule().localDate());
    MeetingSeries series = new MeetingSeries(recurrence, first.schedule(), clock.instant());
    em.persist(series);
    for (Schedule schedule : series.schedules()) {
      em.persist(Meeting.ofSeries(series.getId(), first.at(schedule), clock.instant()));
    }
    catalogue.changed();
    return series;
  }

  /** A series as organisers read it (its dates: {@link MeetingCatalogue#ofSeries}). */
  @Allowed(Permission.PLAN_MEETINGS)
  public MeetingSeries series(long id) {
    return seriesOrNotFound(id);
  }

  /**
   * Applies a series edit of the API to the dates from its {@code fromDate} on; returns the
   * meetings changed.
   */
  @Transactional
  @Allowed(Permission.PLAN_MEETINGS)
  public List<Meeting> editSeries(long id, SeriesEdit edit) {
    seriesOrNotFound(id);
    SeriesChange change = plans.seriesChange(edit);
    return applyToSeries(id, MeetingPlans.fromDate(edit), change);
  }

  /**
   * The back-office form's "this and all later dates": time, place, offer and texts of the form for
   * the form's date and every later date of the meeting's series.
   */
  @Transactional
  @Allowed(Permission.PLAN_MEETINGS)
  public List<Meeting> editSeriesFrom(long meetingId, MeetingRequest request) {
    Meeting meeting = catalogue.find(meetingId).orElseThrow(ProblemException::notFound);
    if (meeting.seriesId() == null) {
      throw ProblemException.notFound();
    }
    MeetingPlan plan = plans.plan(request);
    return applyToSeries(
        meeting.seriesId(), plan.schedule().localDate(), MeetingPlans.seriesChangeOf(plan));
  }

  /**
   * Applies {@code change} to every date of the series on or after {@code fromDate} that was
   * neither edited on its own nor cancelled; earlier dates stay as they are.
   */
  private List<Meeting> applyToSeries(long id, LocalDate fromDate, SeriesChange change) {
    MeetingSeries series = seriesOrNotFound(id);
    List<Meeting> affected =
        catalogue.ofSeries(id).stream()
            .filter(m -> !m.schedule().localDate().isBefore(fromDate))
            .filter(m -> !m.editedIndividually() && m.status() != MeetingStatus.CANCELLED)
            .toList();
    RevisionWatch watch = new RevisionWatch();
    for (Meeting meeting : affected) {
      em.lock(meeting, LockModeType.PESSIMISTIC_WRITE);
      watch.watch(meeting);
      meeting.followSeries(change.applyTo(meeting.currentPlan()), clock.instant());
      replanned(meeting);
    }
    tell(watch);
    if (change.startTime() != null || change.durationMinutes() != null) {
      series.retime(
          fromDate,
          change.startTime() != null ? change.startTime() : series.startTime(),
          change.durationMinutes() != null ? change.durationMinutes() : series.durationMinutes());
    }
    catalogue.changed();
    return affected;
  }

  /** The series, for readers inside the application (feeds); not a use case of its own. */
  public MeetingSeries seriesOrNotFound(long id) {
    MeetingSeries series = em.find(MeetingSeries.class, id);
    if (series == null) {
      throw ProblemException.notFound();
    }
    return series;
  }

  /**
   * Tells registration that the meeting changed (the waiting list moves up into new places), then
   * reads the counters again that it may have changed ({@link Places} writes them, not the
   * meeting).
   */
  private void replanned(Meeting meeting) {
    replanned.fire(new MeetingReplanned(meeting.getId()));
    em.flush();
    em.refresh(meeting);
  }

  /** One event for the whole use case, if any meeting changed for its attendees. */
  private void tell(RevisionWatch watch) {
    var revisions = watch.revisions();
    if (!revisions.isEmpty()) {
      revised.fire(new MeetingsRevised(revisions));
    }
  }

  private Meeting lockedMeeting(long id) {
    Meeting meeting = em.find(Meeting.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (meeting == null) {
      throw ProblemException.notFound();
    }
    return meeting;
  }
}
