package org.treffpunkt.meeting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.treffpunkt.meeting.entity.Meeting;
import org.treffpunkt.meeting.entity.MeetingSeries;
import org.treffpunkt.meeting.entity.Recurrence;
import org.treffpunkt.platform.ClockProducer;
import org.treffpunkt.platform.i18n.Language;

/**
 * Meetings and series as records in a language given, for readers that render them on their own
 * (the calendar feeds, the mails' calendar attachment). Works inside a request and outside one
 * (mails are written on an executor thread): the request context is activated for the call where
 * none is.
 */
@ApplicationScoped
@ActivateRequestContext
public class MeetingListings {

  @Inject MeetingCatalogue catalogue;
  @Inject MeetingPlanner planner;
  @Inject MeetingViews views;

  /** A meeting in {@code language}, whatever its status; empty if there is none. */
  public Optional<MeetingView> find(long id, Language language) {
    return views.find(id, language);
  }

  /**
   * The meetings a search finds (see {@link MeetingCatalogue#search}; the caller decides about
   * drafts).
   */
  public List<MeetingView> search(MeetingQuery query, Language language) {
    return of(catalogue.search(query).items(), language);
  }

  /** The meetings a partner co-hosts from {@code from} on, drafts included. */
  public List<MeetingView> coHostedBy(long partnerId, Instant from, Language language) {
    return of(catalogue.coHostedBy(partnerId, from), language);
  }

  /**
   * A series with its rule and all its dates, in the order of their original starts (404 if there
   * is none).
   */
  public SeriesDates series(long seriesId, Language language) {
    MeetingSeries series = planner.seriesOrNotFound(seriesId);
    Recurrence recurrence = series.recurrence();
    return new SeriesDates(
        series.getId(),
        recurrence.frequency().name(),
        series.firstDate(),
        series.startTime(),
        series.durationMinutes(),
        recurrence.isLast(series.firstDate()),
        catalogue.ofSeries(seriesId).stream()
            .map(
                m ->
                    new SeriesDates.SeriesDate(
                        views.of(m, language),
                        m.originalStart().atZone(ClockProducer.BERLIN).toOffsetDateTime(),
                        m.editedIndividually()))
            .toList());
  }

  private List<MeetingView> of(List<Meeting> meetings, Language language) {
    return meetings.stream().map(m -> views.of(m, language)).toList();
  }
}
