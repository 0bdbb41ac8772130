package org.treffpunkt.meeting.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MeetingPlacesTest {

  @Test
  void aGroupIsAdmittedWholeIntoPlacesOrWaitsWholeAndPlacesComeBackOnce() {
    MeetingPlaces places = MeetingPlaces.of(12);

    assertEquals(MeetingPlaces.Admission.CONFIRMED, places.admit(10));
    assertEquals(
        MeetingPlaces.Admission.WAITLISTED,
        places.admit(3),
        "three do not fit into two: they wait together");
    assertEquals(MeetingPlaces.Admission.CONFIRMED, places.admit(2));
    assertEquals(12, places.confirmedPersons());
    assertEquals(3, places.waitingPersons());

    places.release(2, true);
    assertFalse(places.promote(3), "still does not fit");
    assertEquals(10, places.confirmedPersons());
    places.release(1, true);
    assertTrue(places.promote(3));
    assertEquals(12, places.confirmedPersons());
    assertEquals(0, places.waitingPersons());
    assertThrows(IllegalArgumentException.class, () -> places.admit(0));
  }

  @Test
  void aSlotBookingHoldsPlacesBeyondTheCapacityAndAWaitingGroupLeavesTheListOnce() {
    MeetingPlaces places = MeetingPlaces.of(1);
    places.seat(2); // the slot's seats decided, not the capacity

    assertEquals(2, places.confirmedPersons());
    assertEquals(MeetingPlaces.Admission.WAITLISTED, places.admit(1));
    places.release(1, false);
    places.release(1, false);
    assertEquals(0, places.waitingPersons(), "never below zero");
  }

  @Test
  void withoutACapacityEveryoneGetsAPlace() {
    MeetingPlaces places = MeetingPlaces.of(null);

    assertEquals(MeetingPlaces.Admission.CONFIRMED, places.admit(500));
    assertEquals(MeetingPlaces.Admission.CONFIRMED, places.admit(500));
    assertEquals(1000, places.confirmedPersons());
  }
}
