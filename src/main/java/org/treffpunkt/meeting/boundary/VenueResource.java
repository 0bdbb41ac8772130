package org.treffpunkt.meeting.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;
import org.treffpunkt.meeting.control.ReferenceData;
import org.treffpunkt.meeting.entity.District;
import org.treffpunkt.meeting.entity.GeoPosition;
import org.treffpunkt.meeting.entity.Venue;
import org.treffpunkt.platform.Created;
import org.treffpunkt.platform.InputValidation;
import org.treffpunkt.platform.ProblemException;
import org.treffpunkt.platform.ProblemException.Violation;
import org.treffpunkt.security.entity.Role;

@RequestScoped
@Path("venues")
@Produces(MediaType.APPLICATION_JSON)
public class VenueResource {

  @Inject ReferenceData referenceData;
  @Inject InputValidation validation;

  @GET
  public List<VenueView> all() {
    return referenceData.venues().stream().map(VenueView::of).toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.ORGANISER_NAME)
  public Response create(VenueRequest request, @Context UriInfo uri) {
    Venue venue = createVenue(request);
    return Created.at(uri, venue.getId(), VenueView.of(venue));
  }

  /** Checks and stores a new venue (the API and the back-office page). */
  public Venue createVenue(VenueRequest request) {
    List<Violation> violations = validation.violations(request);
    Optional<District> district = request == null ? Optional.empty() : referenceData.district(request.districtId());
    if (request != null && request.districtId() != null && district.isEmpty()) {
      violations.add(new Violation("districtId", "validation.unknownId"));
    }
    if (request != null && (request.latitude() == null) != (request.longitude() == null)) {
      violations.add(
          new Violation(request.latitude() == null ? "latitude" : "longitude", "validation.positionIncomplete"));
    }
    ProblemException.throwIfAny(violations);
    GeoPosition position =
        request.latitude() == null ? null : new GeoPosition(request.latitude(), request.longitude());
    Venue venue =
        referenceData.createVenue(
            request.name().strip(),
            request.address().strip(),
            district.orElseThrow(),
            position,
            new Venue.Accessibility(
                Boolean.TRUE.equals(request.stepFree()),
                Boolean.TRUE.equals(request.accessibleToilet()),
                Boolean.TRUE.equals(request.hearingLoop())));
    return venue;
  }
}
