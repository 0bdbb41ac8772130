package org.treffpunkt.registration.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.treffpunkt.meeting.control.MeetingCatalogue;
import org.treffpunkt.meeting.entity.Meeting;
import org.treffpunkt.platform.ClockProducer;
import org.treffpunkt.platform.Settings;
import org.treffpunkt.platform.i18n.CurrentLanguage;
import org.treffpunkt.registration.control.RegistrationDesk;
import org.treffpunkt.registration.entity.Registration;

/** Builds registration views and receipts. */
@RequestScoped
public class RegistrationViews {

  @Inject RegistrationDesk desk;
  @Inject MeetingCatalogue meetings;
  @Inject Settings settings;
  @Inject CurrentLanguage language;

  public RegistrationView.Receipt receipt(RegistrationDesk.Outcome outcome) {
    Registration r = outcome.registration();
    return new RegistrationView.Receipt(r.code(), outcome.token(), r.status().name(), outcome.waitlistPosition(),
        selfServiceUrl(outcome.token()), icsUrl(outcome.token()));
  }

  public String icsUrl(String token) {
    return settings.baseUrl() + "/calendar/registrations/" + token + ".ics";
  }

  public String selfServiceUrl(String token) {
    return settings.baseUrl() + "/r/" + token;
  }

  public RegistrationView of(Registration r) {
    Meeting meeting = meetings.find(r.meetingId()).orElseThrow();
    return new RegistrationView(
        r.code(),
        r.status().name(),
        desk.waitlistPosition(r),
        meeting.getId(),
        meeting.text(language.get()).title(),
        meeting.schedule().start().atZone(ClockProducer.BERLIN).toOffsetDateTime(),
        settings.baseUrl() + "/meetings/" + meeting.getId(),
        r.name(),
        r.email(),
        r.phone(),
        r.adults(),
        r.children(),
        r.languages().stream().sorted().toList(),
        r.interpreterLanguage(),
        new RegistrationView.Needs(r.needsStepFree(), r.needsChildcare(), r.needsOther()),
        r.remark(),
        r.locale(),
        new RegistrationView.TargetGroup(r.nonEuCitizen(), r.firstVisit()),
        r.onBehalf(),
        r.createdAt());
  }
}
