package org.treffpunkt.attendance.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;

/** Walk-ins counted at meetings, anonymous (persons and language), for the reports. */
@ApplicationScoped
public class WalkInFigures {

  /**
   * Persons who came without registering, at one meeting, in one language (null if none was noted).
   */
  public record Facts(long meetingId, int persons, String language) {}

  @PersistenceContext EntityManager em;

  public List<Facts> of(List<Long> meetingIds) {
    List<Facts> facts = new ArrayList<>();
    for (int from = 0; from < meetingIds.size(); from += 1_000) {
      em.createQuery(
              "select w.meetingId, w.persons, w.language from WalkIn w where w.meetingId in :meetings",
              Object[].class)
          .setParameter(
              "meetings", meetingIds.subList(from, Math.min(meetingIds.size(), from + 1_000)))
          .getResultList()
          .forEach(
              w -> facts.add(new Facts((Long) w[0], ((Number) w[1]).intValue(), (String) w[2])));
    }
    return facts;
  }
}
