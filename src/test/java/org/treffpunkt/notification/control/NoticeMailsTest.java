package org.treffpunkt.notification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.treffpunkt.calendar.control.Invitations;
import org.treffpunkt.meeting.control.MeetingView;
import org.treffpunkt.meeting.control.MeetingViews;
import org.treffpunkt.platform.PublicLinks;
import org.treffpunkt.platform.Settings;
import org.treffpunkt.platform.i18n.Language;
import org.treffpunkt.registration.control.NoticeView;
import org.treffpunkt.registration.control.Notices;
import org.treffpunkt.registration.control.NoticesIssued;
import org.treffpunkt.registration.control.RegistrationChanged;

/**
 * One mail per address, each delivery mailed once, and a failed mail puts its deliveries on the
 * list to phone.
 */
class NoticeMailsTest {

  static final OffsetDateTime SIX = OffsetDateTime.parse("2027-03-02T18:00:00+01:00");
  static final NoticeView.Values BEFORE =
      new NoticeView.Values(SIX, SIX.plusHours(2), null, "https://meet.example.org/a");
  static final NoticeView.Values AFTER =
      new NoticeView.Values(
          SIX.plusDays(1), SIX.plusDays(1).plusHours(2), null, "https://meet.example.org/a");

  /** The registration side: which deliveries may be claimed, and which were reported failed. */
  static final class RecordingNotices extends Notices {
    final Set<Long> claimable;
    final List<Long> claimed = new ArrayList<>();
    final List<Long> failed = new ArrayList<>();

    RecordingNotices(Set<Long> claimable) {
      this.claimable = claimable;
    }

    @Override
    public boolean claimMail(long deliveryId) {
      claimed.add(deliveryId);
      return claimable.contains(deliveryId);
    }

    @Override
    public void mailFailed(Collection<Long> deliveryIds) {
      failed.addAll(deliveryIds);
    }
  }

  static final class RecordingMailer extends Mailer {
    final List<Mail> sent = new ArrayList<>();
    final boolean works;

    RecordingMailer(boolean works) {
      this.works = works;
    }

    @Override
    public boolean send(Mail mail) {
      sent.add(mail);
      return works;
    }

    @Override
    public String from() {
      return "treffpunkt@example.org";
    }
  }

  static NoticesIssued.Delivery delivery(long id, long meetingId, String email, String code) {
    return new NoticesIssued.Delivery(
        id,
        new RegistrationChanged.Registrant(
            id, meetingId, code, "Amal", email, "de", false, 1, null),
        "MOVED",
        SIX.minusDays(10),
        BEFORE,
        AFTER,
        Map.of());
  }

  static NoticeMails mails(RecordingNotices notices, RecordingMailer mailer) {
    NoticeMails mails = new NoticeMails();
    mails.notices = notices;
    mails.mailer = mailer;
    mails.settings =
        new Settings() {
          @Override
          public boolean mailEnabled() {
            return true;
          }
        };
    mails.links =
        new PublicLinks() {
          @Override
          public String meeting(long meetingId) {
            return "http://localhost:8080/meetings/" + meetingId;
          }
        };
    mails.invitations =
        new Invitations() {
          @Override
          public Optional<Invitation> of(
              List<Long> meetingIds, Language language, String organizer) {
            return Optional.empty();
          }
        };
    mails.meetings =
        new MeetingViews() {
          @Override
          public Optional<MeetingView> find(long id, Language lang) {
            return Optional.of(
                new MeetingView(
                    id,
                    5L,
                    "Sprachcafé",
                    null,
                    null,
                    null,
                    null,
                    null,
                    "https://meet.example.org/a",
                    AFTER.start(),
                    AFTER.end(),
                    10,
                    1,
                    9,
                    0,
                    "SCHEDULED",
                    true,
                    null,
                    List.of(),
                    false,
                    false,
                    true,
                    true,
                    null,
                    List.of(),
                    Map.of(),
                    1,
                    null,
                    "http://localhost:8080/meetings/" + id,
                    null,
                    null));
          }
        };
    return mails;
  }

  @Test
  void oneAddressGetsOneMailForAllItsDatesAndEveryDeliveryIsClaimedFirst() {
    RecordingNotices notices = new RecordingNotices(Set.of(1L, 2L, 3L));
    RecordingMailer mailer = new RecordingMailer(true);

    mails(notices, mailer)
        .mail(
            new NoticesIssued(
                List.of(
                    delivery(1, 70, "Mia@example.org", "AAAA-1111"),
                    delivery(2, 71, "mia@example.org", "BBBB-2222"),
                    delivery(3, 71, "ali@example.org", "CCCC-3333"))));

    assertEquals(List.of(1L, 2L, 3L), notices.claimed);
    assertEquals(2, mailer.sent.size(), "the address counts, not its spelling");
    assertTrue(
        mailer.sent.get(0).body().contains("AAAA-1111")
            && mailer.sent.get(0).body().contains("BBBB-2222"),
        mailer.sent.get(0).body());
    assertEquals("Neue Zeit: Sprachcafé", mailer.sent.get(0).subject());
    assertNull(mailer.sent.get(0).calendar(), "waiting: no calendar entry");
    assertEquals(List.of(), notices.failed);
  }

  @Test
  void aDeliveryAnotherServerClaimedIsNotMailedAgain() {
    RecordingNotices notices = new RecordingNotices(Set.of(2L));
    RecordingMailer mailer = new RecordingMailer(true);

    mails(notices, mailer)
        .mail(
            new NoticesIssued(
                List.of(
                    delivery(1, 70, "mia@example.org", "AAAA-1111"),
                    delivery(2, 71, "mia@example.org", "BBBB-2222"),
                    delivery(3, 71, "ali@example.org", "CCCC-3333"))));

    assertEquals(
        1, mailer.sent.size(), "Mia's first date and Ali's were claimed by another server");
    assertTrue(mailer.sent.get(0).body().contains("BBBB-2222"));
    assertTrue(!mailer.sent.get(0).body().contains("AAAA-1111"), "only what this server claimed");
  }

  @Test
  void aMailThatFailsPutsItsDeliveriesOnTheListToPhone() {
    RecordingNotices notices = new RecordingNotices(Set.of(1L, 2L, 3L));
    RecordingMailer mailer = new RecordingMailer(false);

    mails(notices, mailer)
        .mail(
            new NoticesIssued(
                List.of(
                    delivery(1, 70, "mia@example.org", "AAAA-1111"),
                    delivery(2, 71, "mia@example.org", "BBBB-2222"),
                    delivery(3, 71, "ali@example.org", "CCCC-3333"))));

    assertEquals(List.of(1L, 2L, 3L), notices.failed);
  }
}
