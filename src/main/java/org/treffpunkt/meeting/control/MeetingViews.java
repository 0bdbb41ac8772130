package org.treffpunkt.meeting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.treffpunkt.meeting.entity.Meeting;
import org.treffpunkt.meeting.entity.MeetingStatus;
import org.treffpunkt.meeting.entity.MeetingText;
import org.treffpunkt.partner.control.PartnerDirectory;
import org.treffpunkt.platform.ClockProducer;
import org.treffpunkt.platform.ProblemException;
import org.treffpunkt.platform.PublicLinks;
import org.treffpunkt.platform.i18n.CurrentLanguage;
import org.treffpunkt.platform.i18n.Language;

/**
 * Meetings as other features and the pages read them: {@link MeetingView}s in the request's
 * language, or in one given (for mails and jobs, which run outside a request).
 */
@ApplicationScoped
public class MeetingViews {

  @Inject CurrentLanguage language;
  @Inject MeetingCatalogue catalogue;
  @Inject PartnerDirectory partners;
  @Inject PublicLinks links;
  @Inject Clock clock;

  /**
   * A meeting (404 if there is none), whoever may see it: for staff pages behind their own
   * permission.
   */
  public MeetingView find(long id) {
    return of(catalogue.find(id).orElseThrow(ProblemException::notFound));
  }

  /**
   * A meeting the caller may see: drafts only for organisers and co-hosting partners (else 404).
   */
  public MeetingView visible(long id) {
    return of(catalogue.visible(id));
  }

  /**
   * A meeting in a language of its own (a mail to a resident, also outside a request), or empty.
   */
  public java.util.Optional<MeetingView> find(long id, Language lang) {
    return catalogue.find(id).map(m -> of(m, lang, partnerNames(m.partnerIds())));
  }

  public MeetingView of(Meeting meeting) {
    return of(meeting, language.get(), partnerNames(meeting.partnerIds()));
  }

  MeetingView of(Meeting meeting, Language lang) {
    return of(meeting, lang, partnerNames(meeting.partnerIds()));
  }

  MeetingView of(Meeting meeting, Language lang, Map<Long, String> partnerNames) {
    MeetingText text = meeting.text(lang);
    var format = meeting.format();
    var district = meeting.district();
    return new MeetingView(
        meeting.getId(),
        meeting.seriesId(),
        text.title(),
        text.summary(),
        text.description(),
        new MeetingView.FormatRef(format.getId(), format.getKey(), format.name(lang)),
        new MeetingView.DistrictRef(district.getId(), district.getSlug(), district.getName()),
        meeting.venue() == null ? null : VenueView.of(meeting.venue()),
        meeting.onlineUrl(),
        meeting.schedule().start().atZone(ClockProducer.BERLIN).toOffsetDateTime(),
        meeting.schedule().end().atZone(ClockProducer.BERLIN).toOffsetDateTime(),
        meeting.capacity(),
        meeting.confirmedPersons(),
        meeting.freePlaces(),
        meeting.waitingPersons(),
        status(meeting.status()),
        meeting.status() != MeetingStatus.DRAFT,
        meeting.cancellationReason(),
        meeting.languages().stream().sorted().toList(),
        meeting.interpretation(),
        meeting.childcare(),
        meeting.registrationRequired(),
        meeting.registrationOpen(clock.instant()),
        meeting.contact().isEmpty()
            ? null
            : new MeetingView.ContactView(
                meeting.contact().name(), meeting.contact().phone(), meeting.contact().email()),
        meeting.partnerIds().stream()
            .sorted()
            .map(id -> new MeetingView.PartnerRef(id, partnerNames.getOrDefault(id, "")))
            .toList(),
        new TreeMap<>(
            meeting.texts().entrySet().stream()
                .collect(
                    Collectors.toMap(
                        Map.Entry::getKey,
                        e ->
                            new MeetingView.TextView(
                                e.getValue().title(),
                                e.getValue().summary(),
                                e.getValue().description())))),
        meeting.revision(),
        meeting.lastModified(),
        pageUrl(meeting.getId()),
        links.meetingCalendar(meeting.getId()),
        meeting.slots() == null
            ? null
            : new MeetingView.SlotsView(
                meeting.slots().minutes(), meeting.slots().parallel(), meeting.slots().walkIn()));
  }

  /** Several meetings in the request's language (the partners' names read once). */
  public List<MeetingView> of(List<Meeting> meetings) {
    Language lang = language.get();
    Map<Long, String> names =
        partnerNames(
            meetings.stream().flatMap(m -> m.partnerIds().stream()).collect(Collectors.toSet()));
    return meetings.stream().map(m -> of(m, lang, names)).toList();
  }

  public String pageUrl(long id) {
    return links.meeting(id);
  }

  /** The API's status: a published meeting is SCHEDULED. */
  static String status(MeetingStatus status) {
    return status == MeetingStatus.PUBLISHED ? "SCHEDULED" : status.name();
  }

  /**
   * The names of these partner organisations (no query when there are none, as for most meetings).
   */
  private Map<Long, String> partnerNames(java.util.Set<Long> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return partners.all().stream()
        .filter(p -> ids.contains(p.id()))
        .collect(
            Collectors.toMap(PartnerDirectory.PartnerView::id, PartnerDirectory.PartnerView::name));
  }
}
