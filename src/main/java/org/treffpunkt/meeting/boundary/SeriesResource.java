package org.treffpunkt.meeting.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.treffpunkt.meeting.control.MeetingCatalogue;
import org.treffpunkt.meeting.control.MeetingPlanner;
import org.treffpunkt.meeting.control.ReferenceData;
import org.treffpunkt.meeting.control.SeriesChange;
import org.treffpunkt.meeting.entity.Meeting;
import org.treffpunkt.meeting.entity.MeetingPlan;
import org.treffpunkt.meeting.entity.MeetingSeries;
import org.treffpunkt.meeting.entity.Recurrence;
import org.treffpunkt.meeting.entity.Venue;
import org.treffpunkt.platform.Created;
import org.treffpunkt.platform.InputValidation;
import org.treffpunkt.platform.ProblemException;
import org.treffpunkt.platform.ProblemException.Violation;
import org.treffpunkt.security.entity.Role;

/** Series: created with a recurrence, read with their dates, edited "from this date on". */
@Path("series")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ORGANISER_NAME)
public class SeriesResource {

  public record SeriesCreated(long id, List<Long> meetingIds) {}

  public record SeriesView(
      long id, String frequency, LocalDate firstDate, LocalTime startTime, int durationMinutes, LocalDate until,
      Integer count, boolean lastWeekday, List<MeetingView> meetings) {}

  /** Changes for the dates from {@code fromDate} on; fields left out stay as they are. */
  public record SeriesEdit(
      @NotBlank(message = "{validation.required}") String fromDate,
      String startTime,
      String endTime,
      Long venueId,
      String onlineUrl,
      @Min(value = 1, message = "{validation.min}") @Max(value = 10_000, message = "{validation.max}")
          Integer capacity,
      Map<String, String> title,
      Map<String, String> summary,
      Map<String, String> description,
      List<String> languages,
      Boolean interpretation,
      Boolean childcare,
      Boolean published) {}

  public record SeriesEdited(List<Long> changedMeetingIds) {}

  @Inject MeetingPlanner planner;
  @Inject MeetingCatalogue catalogue;
  @Inject MeetingPlans plans;
  @Inject MeetingViews views;
  @Inject ReferenceData referenceData;
  @Inject InputValidation validation;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(MeetingRequest request, @Context UriInfo uri) {
    MeetingPlan first = plans.plan(request);
    Recurrence recurrence = plans.recurrence(request, first.schedule().localDate());
    MeetingSeries series = planner.createSeries(first, recurrence);
    List<Long> ids = catalogue.ofSeries(series.getId()).stream().map(Meeting::getId).toList();
    return Created.at(uri, series.getId(), new SeriesCreated(series.getId(), ids));
  }

  @GET
  @Path("{id}")
  public SeriesView one(@PathParam("id") long id) {
    MeetingSeries series = planner.series(id);
    Recurrence recurrence = series.recurrence();
    return new SeriesView(series.getId(), recurrence.frequency().name(), series.firstDate(), series.startTime(),
        series.durationMinutes(), recurrence.until(), recurrence.count(), recurrence.lastWeekday(),
        views.of(catalogue.ofSeries(id)));
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public SeriesEdited edit(@PathParam("id") long id, SeriesEdit edit) {
    planner.series(id);
    List<Violation> violations = validation.violations(edit);
    if (edit == null) {
      throw ProblemException.invalid(violations);
    }
    Optional<LocalDate> fromDate = TimeInput.date(edit.fromDate());
    if (edit.fromDate() != null && fromDate.isEmpty()) {
      violations.add(new Violation("fromDate", "validation.date"));
    }
    Optional<LocalTime> start = time(edit.startTime(), "startTime", violations);
    Optional<LocalTime> end = time(edit.endTime(), "endTime", violations);
    if (start.isPresent() != end.isPresent()) {
      violations.add(new Violation(start.isPresent() ? "endTime" : "startTime", "validation.required"));
    } else if (start.isPresent() && !end.get().isAfter(start.get())) {
      violations.add(new Violation("endTime", "validation.endAfterStart"));
    }
    Optional<Venue> venue = Optional.empty();
    if (edit.venueId() != null) {
      venue = referenceData.venue(edit.venueId());
      if (venue.isEmpty()) {
        violations.add(new Violation("venueId", "validation.unknownId"));
      }
    }
    String onlineUrl = edit.onlineUrl() == null ? null : MeetingPlans.blankToNull(edit.onlineUrl());
    if (onlineUrl != null && !MeetingPlans.isWebAddress(onlineUrl)) {
      violations.add(new Violation("onlineUrl", "validation.url"));
    }
    var texts = edit.title() == null ? null : plans.texts(edit.title(), edit.summary(), edit.description(), violations);
    var languages = edit.languages() == null ? null : plans.languages(edit.languages(), violations);
    ProblemException.throwIfAny(violations);
    SeriesChange change = new SeriesChange(
        start.orElse(null),
        start.map(s -> (int) java.time.Duration.between(s, end.get()).toMinutes()).orElse(null),
        venue.orElse(null),
        false,
        edit.onlineUrl() == null ? null : onlineUrl == null ? "" : onlineUrl,
        edit.capacity(),
        texts,
        languages,
        edit.interpretation(),
        edit.childcare(),
        null,
        null,
        edit.published());
    List<Meeting> changed = planner.editSeries(id, fromDate.orElseThrow(), change);
    return new SeriesEdited(changed.stream().map(Meeting::getId).toList());
  }

  private static Optional<LocalTime> time(String value, String field, List<Violation> violations) {
    if (value == null) {
      return Optional.empty();
    }
    Optional<LocalTime> time = TimeInput.time(value);
    if (time.isEmpty()) {
      violations.add(new Violation(field, "validation.time"));
    }
    return time;
  }

}
