package org.treffpunkt.meeting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.treffpunkt.meeting.entity.District;
import org.treffpunkt.meeting.entity.GeoPosition;
import org.treffpunkt.meeting.entity.MeetingFormat;
import org.treffpunkt.meeting.entity.Venue;
import org.treffpunkt.platform.InputValidation;
import org.treffpunkt.platform.ProblemException;
import org.treffpunkt.platform.ProblemException.Violation;
import org.treffpunkt.platform.access.Allowed;
import org.treffpunkt.platform.access.Permission;

/** Districts, formats and venues: what meetings are planned with. */
@ApplicationScoped
public class ReferenceData {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject InputValidation validation;

  public List<District> districts() {
    return em.createQuery("select d from District d order by d.name", District.class)
        .getResultList();
  }

  public Optional<District> district(Long id) {
    return id == null ? Optional.empty() : Optional.ofNullable(em.find(District.class, id));
  }

  public List<MeetingFormat> formats() {
    return em.createQuery("select f from MeetingFormat f order by f.sortOrder", MeetingFormat.class)
        .getResultList();
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
    return em.createQuery(
            "select v from Venue v join fetch v.district order by v.name", Venue.class)
        .getResultList();
  }

  public Optional<Venue> venue(Long id) {
    return id == null ? Optional.empty() : Optional.ofNullable(em.find(Venue.class, id));
  }

  /** Checks and stores a new venue (the API and the back-office page). */
  @Transactional
  @Allowed(Permission.MANAGE_VENUES)
  public Venue createVenue(VenueRequest request) {
    List<Violation> violations = validation.violations(request);
    Optional<District> district =
        request == null ? Optional.empty() : district(request.districtId());
    if (request != null && request.districtId() != null && district.isEmpty()) {
      violations.add(new Violation("districtId", "validation.unknownId"));
    }
    if (request != null && (request.latitude() == null) != (request.longitude() == null)) {
      violations.add(
          new Violation(
              request.latitude() == null ? "latitude" : "longitude",
              "validation.positionIncomplete"));
    }
    ProblemException.throwIfAny(violations);
    GeoPosition position =
        request.latitude() == null
            ? null
            : new GeoPosition(request.latitude(), request.longitude());
    Venue venue =
        new Venue(
            request.name().strip(),
            request.address().strip(),
            district.orElseThrow(),
            position,
            new Venue.Accessibility(
                Boolean.TRUE.equals(request.stepFree()),
                Boolean.TRUE.equals(request.accessibleToilet()),
                Boolean.TRUE.equals(request.hearingLoop())),
            clock.instant());
    em.persist(venue);
    return venue;
  }

  /**
   * The ids of districts and formats under the names that filters in addresses use (e.g. the
   * calendar feed's): a district's slug or id, a format's key or id. Answered from memory after the
   * first call: districts and formats come with the migrations and never change while the
   * application runs.
   */
  public record FilterIds(Map<String, Long> districts, Map<String, Long> formats) {

    public Optional<Long> districtId(String idOrSlug) {
      return Optional.ofNullable(districts.get(idOrSlug));
    }

    public Optional<Long> formatId(String idOrKey) {
      return Optional.ofNullable(formats.get(idOrKey));
    }
  }

  /** The filter ids, read once (see {@link FilterIds}). */
  public FilterIds filterIds() {
    FilterIds ids = filterIds;
    if (ids == null) {
      ids =
          filterIds =
              new FilterIds(
                  ids(districts(), District::getSlug, District::getId),
                  ids(formats(), MeetingFormat::getKey, MeetingFormat::getId));
    }
    return ids;
  }

  /**
   * The filter ids if they were read already (never asks the database), as a plain function of this
   * instance for Undertow's I/O threads: no CDI proxy or interception per call (see {@link
   * CatalogueVersion#knownReader()}).
   */
  public java.util.function.Supplier<Optional<FilterIds>> filterIdsReader() {
    return () -> Optional.ofNullable(filterIds);
  }

  /** The id of a district given by id or slug (see {@link FilterIds}). */
  public Optional<Long> districtId(String idOrSlug) {
    return filterIds().districtId(idOrSlug);
  }

  /** The id of a format given by id or key (see {@link FilterIds}). */
  public Optional<Long> formatId(String idOrKey) {
    return filterIds().formatId(idOrKey);
  }

  private volatile FilterIds filterIds;

  /** Each item's id under its name and under its id's digits; the first in the list wins. */
  private static <T> Map<String, Long> ids(
      List<T> items, Function<T, String> name, Function<T, Long> id) {
    Map<String, Long> ids = new HashMap<>();
    for (T item : items) {
      ids.putIfAbsent(name.apply(item), id.apply(item));
      ids.putIfAbsent(String.valueOf(id.apply(item)), id.apply(item));
    }
    return Map.copyOf(ids);
  }
}
