package org.treffpunkt.registration.entity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * The waiting list's rule: first come, first served, but a group that does not fit into the places
 * free now is skipped (it keeps its turn), and those behind it who fit move up. The places
 * themselves belong to the meeting: {@code takePlaces} takes a group's persons if they fit and says
 * whether it did.
 */
public final class WaitingList {

  private WaitingList() {}

  /** Moves up, in the order they joined ({@code waiting}), every group that fits; returns them. */
  public static List<Registration> moveUp(
      List<Registration> waiting, IntPredicate takePlaces, Instant now) {
    List<Registration> movedUp = new ArrayList<>();
    for (Registration registration : waiting) {
      if (registration.moveUp(takePlaces, now)) {
        movedUp.add(registration);
      }
    }
    return movedUp;
  }
}
