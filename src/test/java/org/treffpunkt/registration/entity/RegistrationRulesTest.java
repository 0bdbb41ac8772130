package org.treffpunkt.registration.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;
import org.treffpunkt.platform.ProblemException;

/** The registration's state machine and the waiting list's rule, without a container. */
class RegistrationRulesTest {

  static final Instant NOW = Instant.parse("2027-02-01T10:00:00Z");

  private static long ids;

  static Registration group(int adults, int children) {
    Applicant applicant =
        new Applicant(
            "Gruppe",
            "g@example.org",
            "0391 1",
            adults,
            children,
            Set.of("ar"),
            "ar",
            true,
            children > 0,
            "Rollator",
            "Bemerkung",
            "ar",
            true,
            false,
            null,
            null,
            null,
            null);
    Registration registration =
        new Registration(7L, applicant, "CODE-" + ids, "hash-" + ids, null, NOW);
    ids++;
    return registration;
  }

  /** Places of a meeting: takes persons while they fit. */
  static final class Places implements IntPredicate {
    int free;

    Places(int free) {
      this.free = free;
    }

    @Override
    public boolean test(int persons) {
      if (persons > free) {
        return false;
      }
      free -= persons;
      return true;
    }
  }

  @Test
  void aNewRegistrationWaitsUntilItIsConfirmedOrJoinsTheWaitingList() {
    Registration confirmed = group(2, 1);
    Registration waiting = group(1, 0);

    assertEquals(
        RegistrationStatus.WAITLISTED, confirmed.status(), "undecided until the places decide");
    confirmed.confirm(NOW);
    waiting.joinWaitingList();

    assertEquals(RegistrationStatus.CONFIRMED, confirmed.status());
    assertEquals(NOW, confirmed.confirmedAt());
    assertEquals(3, confirmed.persons());
    assertEquals(RegistrationStatus.WAITLISTED, waiting.status());
  }

  @Test
  void cancellingSaysWhetherAPlaceWasHeldAndHappensOnce() {
    Registration holding = group(2, 0);
    holding.confirm(NOW);
    Registration waiting = group(1, 0);
    waiting.joinWaitingList();

    assertTrue(holding.cancel(NOW), "its places are free again");
    assertFalse(waiting.cancel(NOW), "it held none");
    assertEquals(RegistrationStatus.CANCELLED, holding.status());
    assertEquals(NOW, holding.cancelledAt());
    assertThrows(IllegalStateException.class, () -> holding.cancel(NOW));
    assertThrows(
        IllegalStateException.class,
        () -> holding.confirm(NOW),
        "a cancelled registration stays so");
  }

  @Test
  void onlyAWaitingRegistrationMovesUpAndOnlyIntoPlacesThatAreFree() {
    Registration waiting = group(3, 0);
    waiting.joinWaitingList();

    assertFalse(waiting.moveUp(new Places(2), NOW), "three do not fit into two places");
    assertEquals(RegistrationStatus.WAITLISTED, waiting.status());
    assertTrue(waiting.moveUp(new Places(3), NOW));
    assertEquals(RegistrationStatus.CONFIRMED, waiting.status());
    ProblemException notWaiting =
        assertThrows(
            ProblemException.class, () -> waiting.moveUp(new Places(10), NOW.plusSeconds(1)));
    assertEquals(409, notWaiting.status());
    assertEquals("problem.notWaiting", notWaiting.detailKey());
  }

  @Test
  void onlyARegistrationHoldingAPlaceIsCheckedInAndUndoingIsPossible() {
    Registration waiting = group(1, 0);
    waiting.joinWaitingList();
    Registration holding = group(1, 0);
    holding.confirm(NOW);

    ProblemException noPlace = assertThrows(ProblemException.class, () -> waiting.attend(5L, NOW));
    assertEquals(409, noPlace.status());
    holding.attend(5L, NOW);
    holding.attend(6L, NOW.plusSeconds(60));
    assertTrue(holding.attended());
    holding.undoAttendance();
    assertFalse(holding.attended());
  }

  @Test
  void theWaitingListMovesUpFirstComeFirstServedSkippingGroupsThatDoNotFit() {
    Registration family = group(2, 2);
    Registration single = group(1, 0);
    Registration couple = group(2, 0);
    Registration another = group(1, 0);
    List<Registration> inOrder = List.of(family, single, couple, another);
    inOrder.forEach(Registration::joinWaitingList);

    List<Registration> movedUp = WaitingList.moveUp(inOrder, new Places(3), NOW);

    assertEquals(
        List.of(single, couple),
        movedUp,
        "the family (4) waits, the next who fit move up in order");
    assertEquals(RegistrationStatus.WAITLISTED, family.status());
    assertEquals(RegistrationStatus.WAITLISTED, another.status(), "no place left for the last one");
    assertEquals(NOW, single.confirmedAt());
  }

  @Test
  void aGroupThatFitsLaterKeepsItsTurnAheadOfThoseBehindIt() {
    Registration family = group(2, 2);
    Registration single = group(1, 0);
    List<Registration> inOrder = new ArrayList<>(List.of(family, single));
    inOrder.forEach(Registration::joinWaitingList);

    List<Registration> movedUp = WaitingList.moveUp(inOrder, new Places(4), NOW);

    assertEquals(
        List.of(family),
        movedUp,
        "first in line and now it fits: the family, not the single person");
    assertEquals(RegistrationStatus.WAITLISTED, single.status());
  }

  @Test
  void anonymisingKeepsWhatIsCountedAndRemovesWhoItWas() {
    Registration registration = group(2, 1);
    registration.confirm(NOW);
    registration.attend(1L, NOW);
    registration.rememberRequest("fingerprint");
    registration.cameFrom("mark");

    registration.anonymise(NOW);

    assertNull(registration.name());
    assertNull(registration.email());
    assertNull(registration.phone());
    assertNull(registration.remark());
    assertNull(registration.needsOther());
    assertTrue(registration.languages().isEmpty());
    assertFalse(registration.madeWith("fingerprint"), "no request can be matched any more");
    assertNotEquals("CODE", registration.code().substring(0, 4));
    assertEquals(3, registration.persons(), "the counts stay");
    assertEquals("ar", registration.interpreterLanguage());
    assertTrue(registration.attended());
    assertEquals(RegistrationStatus.CONFIRMED, registration.status());
  }

  @Test
  void aRetryIsRecognisedByTheFingerprintOfTheRequestOnly() {
    Registration registration = group(1, 0);
    assertFalse(registration.madeWith("anything"), "without a key nothing matches");
    registration.rememberRequest("a");
    assertTrue(registration.madeWith("a"));
    assertFalse(registration.madeWith("b"));
  }
}
