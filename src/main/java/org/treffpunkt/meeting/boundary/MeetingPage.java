package org.treffpunkt.meeting.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.treffpunkt.meeting.control.MeetingView;
import org.treffpunkt.meeting.control.MeetingViews;
import org.treffpunkt.meeting.control.VenueView;
import org.treffpunkt.platform.ErrorPage;
import org.treffpunkt.platform.ProblemException;
import org.treffpunkt.platform.PublicLinks;

/** The public page of one meeting: everything a resident needs to decide and to get there. */
@Named("meetingPage")
@RequestScoped
public class MeetingPage {

  @Inject org.treffpunkt.meeting.control.MeetingCatalogue catalogue;
  @Inject MeetingViews views;
  @Inject FacesContext faces;
  @Inject jakarta.servlet.http.HttpServletRequest request;
  @Inject java.time.Clock clock;

  private Long id;
  private MeetingView meeting;

  public void load() throws IOException {
    try {
      if (id != null) {
        org.treffpunkt.meeting.entity.Meeting visible = catalogue.visible(id);
        meeting = views.of(visible);
        KeptPages.keepUntil(request, visible.nextChange(clock.instant()));
      }
    } catch (ProblemException notVisible) {
      meeting = null;
    }
    if (meeting == null) {
      ErrorPage.notFound(faces);
    }
  }

  /** A map of the venue (OpenStreetMap), by position if known, else by address. */
  public String getMapUrl() {
    VenueView venue = meeting == null ? null : meeting.venue();
    if (venue == null) {
      return null;
    }
    if (venue.latitude() != null) {
      return String.format(
          Locale.ROOT,
          "https://www.openstreetmap.org/?mlat=%.6f&mlon=%.6f#map=17/%.6f/%.6f",
          venue.latitude(),
          venue.longitude(),
          venue.latitude(),
          venue.longitude());
    }
    return "https://www.openstreetmap.org/search?query="
        + URLEncoder.encode(venue.address(), StandardCharsets.UTF_8);
  }

  /** The feed of this meeting (its whole series) for calendar apps. */
  public String getWebcalUrl() {
    return meeting == null ? null : PublicLinks.subscription(meeting.icsUrl());
  }

  public boolean isCancelled() {
    return meeting != null && "CANCELLED".equals(meeting.status());
  }

  public MeetingView getMeeting() {
    return meeting;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}
