package org.treffpunkt.registration.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.treffpunkt.registration.entity.RegistrationStatus;

/**
 * Anonymous figures of registrations, for the features that count (language mediation, reports): no
 * names, no contact, no codes. Callers are use cases with permissions of their own; each method
 * reads many meetings at once.
 */
@ApplicationScoped
public class RegistrationFigures {

  /** What a report counts of one registration. */
  public record Facts(
      long meetingId,
      boolean confirmed,
      int persons,
      String interpreterLanguage,
      boolean attended,
      boolean waitlisted,
      boolean promoted,
      Boolean nonEuCitizen,
      Boolean firstVisit,
      String topic,
      boolean slotBooking) {}

  /** Step-free access and childcare asked for at one meeting by groups holding a place. */
  public record AccessNeeds(long stepFreeRegistrations, long childcareChildren) {
    public static final AccessNeeds NONE = new AccessNeeds(0, 0);
  }

  private static final int CHUNK = 1_000;

  @PersistenceContext EntityManager em;

  /** Every registration of these meetings, as the reports count them. */
  public List<Facts> facts(List<Long> meetingIds) {
    List<Facts> facts = new ArrayList<>();
    for (List<Long> chunk : chunks(meetingIds)) {
      em.createQuery(
              "select r.meetingId, r.status, r.adults + r.children, r.interpreterLanguage, r.attendedAt,"
                  + " r.waitlisted, r.promotedAt, r.nonEuCitizen, r.firstVisit, r.topic, r.slotStart"
                  + " from Registration r where r.meetingId in :meetings",
              Object[].class)
          .setParameter("meetings", chunk)
          .getResultList()
          .forEach(
              r ->
                  facts.add(
                      new Facts(
                          (Long) r[0],
                          r[1] == RegistrationStatus.CONFIRMED,
                          ((Number) r[2]).intValue(),
                          (String) r[3],
                          r[4] != null,
                          Boolean.TRUE.equals(r[5]),
                          r[6] != null,
                          (Boolean) r[7],
                          (Boolean) r[8],
                          (String) r[9],
                          r[10] != null)));
    }
    return facts;
  }

  /** Persons holding a place who need interpretation, by meeting and language (both sorted). */
  public Map<Long, Map<String, Long>> interpretationNeeds(List<Long> meetingIds) {
    Map<Long, Map<String, Long>> needs = new TreeMap<>();
    for (List<Long> chunk : chunks(meetingIds)) {
      em.createQuery(
              "select r.meetingId, r.interpreterLanguage, sum(r.adults + r.children) from Registration r"
                  + " where r.meetingId in :meetings and r.status = :confirmed and r.interpreterLanguage is not null"
                  + " group by r.meetingId, r.interpreterLanguage",
              Object[].class)
          .setParameter("meetings", chunk)
          .setParameter("confirmed", RegistrationStatus.CONFIRMED)
          .getResultList()
          .forEach(
              row ->
                  needs
                      .computeIfAbsent((Long) row[0], id -> new TreeMap<>())
                      .put((String) row[1], ((Number) row[2]).longValue()));
    }
    return needs;
  }

  /**
   * Per meeting: groups holding a place that need step-free access, and children of those asking
   * for childcare.
   */
  public Map<Long, AccessNeeds> accessNeeds(List<Long> meetingIds) {
    Map<Long, AccessNeeds> needs = new TreeMap<>();
    for (List<Long> chunk : chunks(meetingIds)) {
      em.createQuery(
              "select r.meetingId,"
                  + " sum(case when r.needsStepFree = true then 1 else 0 end),"
                  + " sum(case when r.needsChildcare = true then r.children else 0 end)"
                  + " from Registration r where r.meetingId in :meetings and r.status = :confirmed"
                  + " and (r.needsStepFree = true or r.needsChildcare = true) group by r.meetingId",
              Object[].class)
          .setParameter("meetings", chunk)
          .setParameter("confirmed", RegistrationStatus.CONFIRMED)
          .getResultList()
          .forEach(
              row ->
                  needs.put(
                      (Long) row[0],
                      new AccessNeeds(
                          ((Number) row[1]).longValue(), ((Number) row[2]).longValue())));
    }
    return needs;
  }

  private static List<List<Long>> chunks(List<Long> ids) {
    List<List<Long>> chunks = new ArrayList<>();
    for (int from = 0; from < ids.size(); from += CHUNK) {
      chunks.add(ids.subList(from, Math.min(ids.size(), from + CHUNK)));
    }
    return chunks;
  }
}
