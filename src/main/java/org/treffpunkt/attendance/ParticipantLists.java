package org.treffpunkt.attendance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.treffpunkt.meeting.entity.Meeting;
import org.treffpunkt.partner.control.PartnerDirectory;
import org.treffpunkt.platform.ClockProducer;
import org.treffpunkt.platform.Csv;
import org.treffpunkt.platform.Settings;
import org.treffpunkt.platform.i18n.Language;
import org.treffpunkt.registration.entity.Registration;
import org.treffpunkt.registration.entity.RegistrationStatus;

/**
 * A meeting's participant list as CSV for German Excel and as a German PDF sign-in sheet (Teilnahmeliste). Both are
 * German by design (they go to the city's files and its funders), whatever language the organiser's browser uses.
 */
@ApplicationScoped
public class ParticipantLists {

  static final Locale GERMAN = Locale.GERMANY;
  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE, d. MMMM yyyy", GERMAN);
  static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", GERMAN);
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm", GERMAN);

  /** Empty numbered rows at the end of the sign-in sheet for those who come without registering. */
  static final int WALK_IN_ROWS = 10;

  @Inject PartnerDirectory partners;
  @Inject Settings settings;

  /** Registrations holding a place or waiting, in the order they came in; cancelled ones are not on the list. */
  public static List<Registration> listed(List<Registration> registrations) {
    return registrations.stream().filter(r -> r.status() != RegistrationStatus.CANCELLED).toList();
  }

  public byte[] csv(List<Registration> registrations) {
    Csv csv = new Csv().row(ListTexts.list("csv.header"));
    for (Registration r : listed(registrations)) {
      csv.row(r.code(), r.name(), r.adults(), r.children(), statusName(r.status()), yesNo(r.attended()),
          r.languages().stream().sorted().collect(Collectors.joining(", ")),
          r.interpreterLanguage() == null ? "" : languageName(r.interpreterLanguage()),
          yesNo(r.needsStepFree()), yesNo(r.needsChildcare()), r.needsOther(), r.remark(), r.email(), r.phone(),
          yesNo(r.onBehalf()), STAMP.format(r.createdAt().atZone(ClockProducer.BERLIN)));
    }
    return csv.bytes();
  }

  /** The sign-in sheet: the meeting, then one row per person group holding a place, then empty walk-in rows. */
  public byte[] signInSheet(Meeting meeting, List<Registration> registrations) {
    List<SignInSheet.Row> rows = new ArrayList<>();
    listed(registrations).stream()
        .filter(r -> r.status() == RegistrationStatus.CONFIRMED)
        .sorted(Comparator.comparing((Registration r) -> r.name() == null ? "" : r.name(),
            String.CASE_INSENSITIVE_ORDER))
        .forEach(r -> rows.add(new SignInSheet.Row(r.name(), persons(r), r.code(),
            r.interpreterLanguage() == null ? "" : languageName(r.interpreterLanguage()))));
    var start = meeting.schedule().localStart();
    var end = meeting.schedule().localEnd();
    String place = meeting.venue() != null
        ? meeting.venue().getName() + ", " + meeting.venue().getAddress()
        : ListTexts.get("online") + (meeting.onlineUrl() == null ? "" : ": " + meeting.onlineUrl());
    String organiser = settings.organiserName() + meeting.partnerIds().stream()
        .map(partners::byId)
        .flatMap(java.util.Optional::stream)
        .map(PartnerDirectory.PartnerView::name)
        .sorted()
        .map(name -> ", " + name)
        .collect(Collectors.joining());
    var sheet = new SignInSheet.Heading(
        meeting.text(Language.DEFAULT).title(),
        DATE.format(start) + ", " + ListTexts.get("time", TIME.format(start), TIME.format(end)),
        place,
        organiser,
        meeting.contact().name(),
        settings.fundingLine(),
        settings.baseUrl() + "/f/" + meeting.getId());
    return SignInSheet.render(sheet, rows, WALK_IN_ROWS);
  }

  private static String persons(Registration r) {
    return r.children() == 0 ? String.valueOf(r.adults())
        : ListTexts.get("persons.withChildren", r.adults(), r.children());
  }

  static String statusName(RegistrationStatus status) {
    return ListTexts.get("status." + status.name());
  }

  private static String yesNo(boolean value) {
    return ListTexts.get(value ? "yes" : "no");
  }

  static String languageName(String code) {
    String name = Locale.forLanguageTag(code).getDisplayLanguage(GERMAN);
    return name.isEmpty() ? code : name;
  }
}
