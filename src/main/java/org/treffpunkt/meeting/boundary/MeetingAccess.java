package org.treffpunkt.meeting.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.treffpunkt.meeting.control.MeetingCatalogue;
import org.treffpunkt.meeting.entity.Meeting;
import org.treffpunkt.meeting.entity.MeetingStatus;
import org.treffpunkt.platform.ProblemException;
import org.treffpunkt.security.boundary.CurrentUser;
import org.treffpunkt.security.entity.Role;

/** Who may see a meeting: published and cancelled ones everyone; drafts organisers and co-hosting partners. */
@RequestScoped
public class MeetingAccess {

  @Inject MeetingCatalogue catalogue;
  @Inject CurrentUser currentUser;

  /** The meeting, if the current user may see it; otherwise it does not exist (404). */
  public Meeting visible(long id) {
    Meeting meeting = catalogue.find(id).orElseThrow(ProblemException::notFound);
    if (meeting.status() == MeetingStatus.DRAFT && !currentUser.hasRole(Role.ORGANISER)
        && !currentUser.partnerId().map(meeting.partnerIds()::contains).orElse(false)) {
      throw ProblemException.notFound();
    }
    return meeting;
  }
}
