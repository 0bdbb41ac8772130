package org.treffpunkt.attendance.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.treffpunkt.meeting.control.MeetingView;
import org.treffpunkt.platform.ClockProducer;
import org.treffpunkt.platform.Csv;
import org.treffpunkt.platform.Settings;
import org.treffpunkt.registration.control.RegistrationView;

/**
 * A meeting's participant list as CSV for German Excel and as a German PDF sign-in sheet
 * (Teilnahmeliste). Both are German by design (they go to the city's files and its funders),
 * whatever language the organiser's browser uses.
 */
@ApplicationScoped
public class ParticipantLists {

  static final Locale GERMAN = Locale.GERMANY;
  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE, d. MMMM yyyy", GERMAN);
  static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", GERMAN);
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm", GERMAN);

  /** Empty numbered rows at the end of the sign-in sheet for those who come without registering. */
  public static final int WALK_IN_ROWS = 10;

  /**
   * The status of a registration holding a place, and of one cancelled ({@link
   * RegistrationView#status()}).
   */
  private static final String CONFIRMED = "CONFIRMED";

  private static final String CANCELLED = "CANCELLED";

  @Inject Settings settings;

  /**
   * Registrations holding a place or waiting, in the order they came in; cancelled ones are not on
   * the list.
   */
  public static List<RegistrationView> listed(List<RegistrationView> registrations) {
    return registrations.stream().filter(r -> !CANCELLED.equals(r.status())).toList();
  }

  /** A registration holding a place (else it is waiting, or cancelled). */
  static boolean holdsPlace(RegistrationView registration) {
    return CONFIRMED.equals(registration.status());
  }

  public byte[] csv(List<RegistrationView> registrations) {
    Csv csv = new Csv().row(ListTexts.list("csv.header"));
    for (RegistrationView r : listed(registrations)) {
      csv.row(
          r.code(),
          r.name(),
          r.adults(),
          r.children(),
          statusName(r.status()),
          yesNo(r.attended()),
          r.languages().stream().sorted().collect(Collectors.joining(", ")),
          r.interpreterLanguage() == null ? "" : languageName(r.interpreterLanguage()),
          yesNo(r.needs().stepFree()),
          yesNo(r.needs().childcare()),
          r.needs().other(),
          r.remark(),
          r.email(),
          r.phone(),
          yesNo(r.onBehalf()),
          STAMP.format(r.createdAt().atZone(ClockProducer.BERLIN)));
    }
    return csv.bytes();
  }

  /**
   * The sign-in sheet: the meeting (its German texts), then one row per person group holding a
   * place, then empty walk-in rows.
   */
  public byte[] signInSheet(MeetingView meeting, List<RegistrationView> registrations) {
    List<SignInSheet.Row> rows = new ArrayList<>();
    listed(registrations).stream()
        .filter(ParticipantLists::holdsPlace)
        .sorted(
            Comparator.comparing(
                (RegistrationView r) -> r.name() == null ? "" : r.name(),
                String.CASE_INSENSITIVE_ORDER))
        .forEach(
            r ->
                rows.add(
                    new SignInSheet.Row(
                        r.name(),
                        persons(r),
                        r.code(),
                        r.interpreterLanguage() == null
                            ? ""
                            : languageName(r.interpreterLanguage()))));
    var start = meeting.start();
    var end = meeting.end();
    String place =
        meeting.venue() != null
            ? meeting.venue().name() + ", " + meeting.venue().address()
            : ListTexts.get("online")
                + (meeting.onlineUrl() == null ? "" : ": " + meeting.onlineUrl());
    String organiser =
        settings.organiserName()
            + meeting.partners().stream()
                .map(MeetingView.PartnerRef::name)
                .filter(name -> !name.isEmpty())
                .sorted()
                .map(name -> ", " + name)
                .collect(Collectors.joining());
    var sheet =
        new SignInSheet.Heading(
            meeting.title(),
            DATE.format(start) + ", " + ListTexts.get("time", TIME.format(start), TIME.format(end)),
            place,
            organiser,
            meeting.contact() == null ? null : meeting.contact().name(),
            settings.fundingLine(),
            settings.baseUrl() + "/f/" + meeting.id());
    return SignInSheet.render(sheet, rows, WALK_IN_ROWS);
  }

  private static String persons(RegistrationView r) {
    return r.children() == 0
        ? String.valueOf(r.adults())
        : ListTexts.get("persons.withChildren", r.adults(), r.children());
  }

  static String statusName(String status) {
    return ListTexts.get("status." + status);
  }

  private static String yesNo(boolean value) {
    return ListTexts.get(value ? "yes" : "no");
  }

  static String languageName(String code) {
    String name = Locale.forLanguageTag(code).getDisplayLanguage(GERMAN);
    return name.isEmpty() ? code : name;
  }
}
