package org.treffpunkt.meeting.boundary;

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
import org.treffpunkt.meeting.control.ReferenceData;
import org.treffpunkt.meeting.control.VenueRequest;
import org.treffpunkt.meeting.control.VenueView;
import org.treffpunkt.meeting.entity.Venue;
import org.treffpunkt.platform.Created;

/** Venues: public to read, organisers add them. */
@RequestScoped
@Path("venues")
@Produces(MediaType.APPLICATION_JSON)
public class VenueResource {

  @Inject ReferenceData referenceData;

  @GET
  public List<VenueView> all() {
    return referenceData.venues().stream().map(VenueView::of).toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(VenueRequest request, @Context UriInfo uri) {
    Venue venue = referenceData.createVenue(request);
    return Created.at(uri, venue.getId(), VenueView.of(venue));
  }
}
