package org.treffpunkt.feedback.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;

/** The answers given as feedback (never a text, never a person), for the reports. */
@ApplicationScoped
public class FeedbackFigures {

  /**
   * One answer ({@code YES}, {@code PARTLY}, {@code NO}) at one meeting, in the language the form
   * was used in.
   */
  public record Facts(long meetingId, String answer, String language) {}

  @PersistenceContext EntityManager em;

  public List<Facts> of(List<Long> meetingIds) {
    List<Facts> facts = new ArrayList<>();
    for (int from = 0; from < meetingIds.size(); from += 1_000) {
      em.createQuery(
              "select f.meetingId, f.answer, f.language from Feedback f where f.meetingId in :meetings",
              Object[].class)
          .setParameter(
              "meetings", meetingIds.subList(from, Math.min(meetingIds.size(), from + 1_000)))
          .getResultList()
          .forEach(f -> facts.add(new Facts((Long) f[0], f[1].toString(), (String) f[2])));
    }
    return facts;
  }
}
