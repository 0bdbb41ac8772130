package org.treffpunkt.meeting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.treffpunkt.meeting.entity.District;
import org.treffpunkt.meeting.entity.GeoPosition;
import org.treffpunkt.meeting.entity.MeetingFormat;
import org.treffpunkt.meeting.entity.Venue;

/** Districts, formats and venues: what meetings are planned with. */
@ApplicationScoped
public class ReferenceData {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  public List<District> districts() {
    return em.createQuery("select d from District d order by d.name", District.class).getResultList();
  }

  public Optional<District> district(Long id) {
    return id == null ? Optional.empty() : Optional.ofNullable(em.find(District.class, id));
  }

  public List<MeetingFormat> formats() {
    return em.createQuery("select f from MeetingFormat f order by f.sortOrder", MeetingFormat.class).getResultList();
  }

  public Optional<MeetingFormat> format(Long id) {
    return id == null ? Optional.empty() : Optional.ofNullable(em.find(MeetingFormat.class, id));
  }

  /** A format by id or key ({@code exchange}, …). */
  public Optional<MeetingFormat> format(String idOrKey) {
    return formats().stream()
        .filter(f -> f.getKey().equals(idOrKey) || String.valueOf(f.getId()).equals(idOrKey))
        .findFirst();
  }

  /** A district by id or slug ({@code alte-neustadt}, …). */
  public Optional<District> district(String idOrSlug) {
    return districts().stream()
        .filter(d -> d.getSlug().equals(idOrSlug) || String.valueOf(d.getId()).equals(idOrSlug))
        .findFirst();
  }

  public List<Venue> venues() {
    return em.createQuery("select v from Venue v join fetch v.district order by v.name", Venue.class).getResultList();
  }

  public Optional<Venue> venue(Long id) {
    return id == null ? Optional.empty() : Optional.ofNullable(em.find(Venue.class, id));
  }

  @Transactional
  public Venue createVenue(
      String name, String address, District district, GeoPosition position, Venue.Accessibility access) {
    Venue venue = new Venue(name, address, district, position, access, clock.instant());
    em.persist(venue);
    return venue;
  }
}
