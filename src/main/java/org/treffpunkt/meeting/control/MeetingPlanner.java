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
import org.treffpunkt.meeting.entity.Recurrence;
import org.treffpunkt.meeting.entity.Schedule;
import org.treffpunkt.platform.ProblemException;

/** Organisers plan meetings and series: create, change, move, cancel, and edit a series from a date on. */
@ApplicationScoped
public class MeetingPlanner {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject MeetingCatalogue catalogue;
  @Inject jakarta.enterprise.event.Event<MeetingReplanned> replanned;

  @Transactional
  public Meeting create(MeetingPlan plan) {
    Meeting meeting = Meeting.plan(plan, clock.instant());
    em.persist(meeting);
    catalogue.changed();
    return meeting;
  }

  @Transactional
  public Meeting replan(long id, MeetingPlan plan) {
    Meeting meeting = lockedMeeting(id);
    meeting.replan(plan, clock.instant());
    replanned.fire(new MeetingReplanned(id));
    catalogue.changed();
    return meeting;
  }

  @Transactional
  public Meeting cancel(long id, String reason) {
    Meeting meeting = lockedMeeting(id);
    if (meeting.status() == MeetingStatus.CANCELLED) {
      throw ProblemException.conflict("problem.alreadyCancelled");
    }
    meeting.cancel(reason, clock.instant());
    catalogue.changed();
    return meeting;
  }

  /** A series and all its dates, each a meeting of its own. */
  @Transactional
  public MeetingSeries createSeries(MeetingPlan first, Recurrence recurrence) {
    MeetingSeries series = new MeetingSeries(recurrence, first.schedule(), clock.instant());
    em.persist(series);
    for (Schedule schedule : series.schedules()) {
      em.persist(Meeting.ofSeries(series.getId(), first.at(schedule), clock.instant()));
    }
    catalogue.changed();
    return series;
  }

  public MeetingSeries series(long id) {
    MeetingSeries series = em.find(MeetingSeries.class, id);
    if (series == null) {
      throw ProblemException.notFound();
    }
    return series;
  }

  /**
   * Applies {@code change} to every date of the series on or after {@code fromDate} that was neither edited on its own
   * nor cancelled; earlier dates stay as they are. Returns the meetings changed.
   */
  @Transactional
  public List<Meeting> editSeries(long id, LocalDate fromDate, SeriesChange change) {
    MeetingSeries series = series(id);
    List<Meeting> affected =
        catalogue.ofSeries(id).stream()
            .filter(m -> !m.schedule().localDate().isBefore(fromDate))
            .filter(m -> !m.editedIndividually() && m.status() != MeetingStatus.CANCELLED)
            .toList();
    for (Meeting meeting : affected) {
      em.lock(meeting, LockModeType.PESSIMISTIC_WRITE);
      meeting.followSeries(change.applyTo(meeting.currentPlan()), clock.instant());
      replanned.fire(new MeetingReplanned(meeting.getId()));
    }
    if (change.startTime() != null || change.durationMinutes() != null) {
      series.retime(
          fromDate,
          change.startTime() != null ? change.startTime() : series.startTime(),
          change.durationMinutes() != null ? change.durationMinutes() : series.durationMinutes());
    }
    catalogue.changed();
    return affected;
  }

  private Meeting lockedMeeting(long id) {
    Meeting meeting = em.find(Meeting.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (meeting == null) {
      throw ProblemException.notFound();
    }
    return meeting;
  }
}
