package org.treffpunkt.registration.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.treffpunkt.platform.ProblemException;
import org.treffpunkt.platform.i18n.Language;

/** Notices and their deliveries: who hears what, in which language, and who is to be phoned. */
class NoticeRulesTest {

  static final Instant NOW = Instant.parse("2027-02-01T10:00:00Z");
  static final NoticeValues BEFORE =
      new NoticeValues(
          Instant.parse("2027-03-02T17:00:00Z"),
          Instant.parse("2027-03-02T19:00:00Z"),
          "Bürgerhaus, Weg 1",
          null);
  static final NoticeValues AFTER =
      new NoticeValues(
          Instant.parse("2027-03-03T17:00:00Z"),
          Instant.parse("2027-03-03T19:00:00Z"),
          "Bürgerhaus, Weg 1",
          null);

  static Registration registration(String email) {
    Applicant applicant =
        new Applicant(
            "Amal",
            email,
            "0391 2",
            1,
            0,
            Set.of("ar"),
            null,
            false,
            false,
            null,
            null,
            "ar",
            null,
            null,
            null,
            null,
            null,
            null);
    return new Registration(
        7L, applicant, "ABCD-EFGH", "hash-" + email, null, NOW.minusSeconds(3600));
  }

  @Test
  void aMessageNeedsGermanAndFallsBackToIt() {
    assertThrows(
        IllegalArgumentException.class,
        () -> Notice.message(7L, Map.of("ar", "أحضروا أوراقكم"), 1L, NOW));
    assertThrows(
        IllegalArgumentException.class, () -> Notice.message(7L, Map.of("de", " "), 1L, NOW));

    Notice message =
        Notice.message(
            7L, Map.of("de", "Bitte Papiere mitbringen", "ar", "أحضروا أوراقكم"), 1L, NOW);

    assertEquals("أحضروا أوراقكم", message.text(Language.AR));
    assertEquals("Bitte Papiere mitbringen", message.text(Language.UK));
    assertEquals(Notice.Kind.MESSAGE, message.kind());
    assertEquals(1L, message.madeByUserId());
    assertNull(message.revision());
  }

  @Test
  void aChangeKeepsItsRevisionValuesAndTheReasonOfACancellation() {
    Notice moved = Notice.ofRevision(7L, Notice.Kind.MOVED, 3, BEFORE, AFTER, null, NOW);
    Notice cancelled = Notice.ofRevision(7L, Notice.Kind.CANCELLED, 4, AFTER, AFTER, "Krank", NOW);

    assertEquals(3, moved.revision());
    assertEquals(BEFORE, moved.before());
    assertEquals(AFTER, moved.after());
    assertNull(moved.text(Language.AR), "a move says nothing beyond its values");
    assertEquals("Krank", cancelled.text(Language.AR), "the reason as the organiser wrote it");
    assertThrows(
        IllegalArgumentException.class,
        () -> Notice.ofRevision(7L, Notice.Kind.MESSAGE, 5, BEFORE, AFTER, null, NOW));
  }

  @Test
  void aResidentSeesOnlyWhatHappenedAfterTheyRegistered() {
    Notice notice = Notice.ofRevision(7L, Notice.Kind.MOVED, 1, BEFORE, AFTER, null, NOW);

    assertTrue(notice.concernsRegistrationOf(NOW.minusSeconds(1)));
    assertFalse(
        notice.concernsRegistrationOf(NOW.plusSeconds(1)),
        "registered for the meeting as it is now");
  }

  @Test
  void withAnAddressTheNoticeIsMailedWithoutOneSomeoneHasToPhone() {
    Notice notice = Notice.ofRevision(7L, Notice.Kind.MOVED, 1, BEFORE, AFTER, null, NOW);

    NoticeDelivery byMail = new NoticeDelivery(notice, registration("amal@example.org"));
    NoticeDelivery byPhone = new NoticeDelivery(notice, registration(null));

    assertEquals(NoticeDelivery.Outcome.PENDING, byMail.outcome());
    assertFalse(byMail.unreached());
    assertEquals(NoticeDelivery.Outcome.NO_ADDRESS, byPhone.outcome());
    assertTrue(byPhone.unreached());
  }

  @Test
  void onlyAnUnreachedResidentIsMarkedInformedAndTheFirstCallIsKept() {
    Notice notice = Notice.ofRevision(7L, Notice.Kind.CANCELLED, 1, BEFORE, BEFORE, null, NOW);
    NoticeDelivery byPhone = new NoticeDelivery(notice, registration(null));
    NoticeDelivery byMail = new NoticeDelivery(notice, registration("amal@example.org"));

    byPhone.informedBy(11L, NOW);
    byPhone.informedBy(12L, NOW.plusSeconds(60));

    assertEquals(NOW, byPhone.informedAt());
    assertEquals(11L, byPhone.informedByUserId());
    assertEquals(
        409, assertThrows(ProblemException.class, () -> byMail.informedBy(11L, NOW)).status());
  }

  @Test
  void aNoticeReachesOnlyActiveRegistrationsOfItsMeeting() {
    Notice notice = Notice.ofRevision(7L, Notice.Kind.MOVED, 1, BEFORE, AFTER, null, NOW);
    Notice otherMeeting = Notice.ofRevision(8L, Notice.Kind.MOVED, 1, BEFORE, AFTER, null, NOW);
    Registration cancelled = registration("amal@example.org");
    cancelled.cancel(NOW);

    assertThrows(IllegalArgumentException.class, () -> new NoticeDelivery(notice, cancelled));
    assertThrows(
        IllegalArgumentException.class, () -> new NoticeDelivery(otherMeeting, registration(null)));
  }
}
