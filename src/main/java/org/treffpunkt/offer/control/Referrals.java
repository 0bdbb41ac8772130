package org.treffpunkt.offer.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.treffpunkt.meeting.control.MeetingCatalogue;
import org.treffpunkt.meeting.control.ReferenceViews;
import org.treffpunkt.offer.entity.HelpOffer;
import org.treffpunkt.offer.entity.ReferralCount;
import org.treffpunkt.platform.ClockProducer;
import org.treffpunkt.platform.ProblemException;
import org.treffpunkt.platform.access.Allowed;
import org.treffpunkt.platform.access.Permission;
import org.treffpunkt.platform.i18n.Language;

/**
 * Referrals to help offers: staff count one when they print or show a resident an offer's card;
 * what is kept is the offer, the district of the meeting and the month — nothing about the person.
 */
@ApplicationScoped
public class Referrals {

  /** Where a referral was made: at a meeting (its district), or in a district named. */
  public record Place(Long meetingId, String district) {}

  /** One counter, named for reports. */
  public record Figure(
      long offerId, String offerTitle, String districtName, YearMonth month, long referrals) {}

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject MeetingCatalogue meetings;
  @Inject ReferenceViews referenceViews;

  /** Counts one referral to a published offer, this month, in the place's district. */
  @Transactional
  @Allowed(Permission.RECORD_REFERRALS)
  public void record(long offerId, Place place) {
    HelpOffer offer = em.find(HelpOffer.class, offerId);
    if (offer == null || !offer.published()) {
      throw ProblemException.notFound();
    }
    long districtId = districtOf(place);
    LocalDate month = YearMonth.from(clock.instant().atZone(ClockProducer.BERLIN)).atDay(1);
    // one statement, atomic on both databases (H2 runs in MariaDB mode): concurrent first
    // referrals of a month neither fail nor get lost
    em.createNativeQuery(
            "INSERT INTO offer_referral (offer_id, district_id, month_start, referrals)"
                + " VALUES (?1, ?2, ?3, 1) ON DUPLICATE KEY UPDATE referrals = referrals + 1")
        .setParameter(1, offerId)
        .setParameter(2, districtId)
        .setParameter(3, month)
        .executeUpdate();
  }

  private long districtOf(Place place) {
    if (place == null || place.meetingId() == null && isBlank(place.district())) {
      throw ProblemException.invalid("meetingId", "validation.required");
    }
    if (place.meetingId() != null) {
      return meetings
          .districtOf(place.meetingId())
          .orElseThrow(() -> ProblemException.invalid("meetingId", "validation.unknownId"));
    }
    return referenceViews
        .district(place.district().strip())
        .map(d -> d.id())
        .orElseThrow(() -> ProblemException.invalid("district", "validation.unknownId"));
  }

  /** The counters of the months from {@code from} to {@code to} (inclusive), for reports. */
  public List<Figure> figures(YearMonth from, YearMonth to) {
    Map<Long, String> districts =
        referenceViews.districts().stream()
            .collect(Collectors.toMap(d -> d.id(), d -> d.name(), (a, b) -> a));
    Map<Long, String> titles =
        em.createQuery("select o from HelpOffer o", HelpOffer.class)
            .getResultStream()
            .collect(Collectors.toMap(HelpOffer::getId, o -> o.text(Language.DEFAULT).title()));
    return em.createQuery(
            "select r from ReferralCount r where r.key.monthStart >= :from"
                + " and r.key.monthStart <= :to",
            ReferralCount.class)
        .setParameter("from", from.atDay(1))
        .setParameter("to", to.atDay(1))
        .getResultStream()
        .map(
            r ->
                new Figure(
                    r.key().offerId(),
                    titles.getOrDefault(r.key().offerId(), "#" + r.key().offerId()),
                    districts.get(r.key().districtId()),
                    YearMonth.from(r.key().monthStart()),
                    r.referrals()))
        .toList();
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }
}
