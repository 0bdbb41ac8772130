package org.treffpunkt.offer.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.treffpunkt.meeting.control.ReferenceViews;
import org.treffpunkt.offer.entity.HelpOffer;
import org.treffpunkt.offer.entity.OfferDetails;
import org.treffpunkt.partner.control.PartnerDirectory;
import org.treffpunkt.platform.ClockProducer;
import org.treffpunkt.platform.ProblemException;
import org.treffpunkt.platform.PublicLinks;
import org.treffpunkt.platform.access.Allowed;
import org.treffpunkt.platform.access.Authorization;
import org.treffpunkt.platform.access.Permission;
import org.treffpunkt.platform.i18n.Language;

/**
 * The help offers: published ones for everyone ({@link #published}, {@link #find}); organisers
 * maintain all, a partner its own organisation's ({@link #create}, {@link #update}, {@link
 * #delete}, {@link #managed}).
 */
@ApplicationScoped
public class HelpOffers {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject Authorization authorization;
  @Inject OfferDrafts drafts;
  @Inject PartnerDirectory partners;
  @Inject ReferenceViews referenceViews;
  @Inject PublicLinks links;

  /** Published offers matching the filter, by title in {@code language}. */
  public List<OfferView> published(OfferFilter filter, Language language) {
    return views(
        em.createQuery("select o from HelpOffer o where o.published = true", HelpOffer.class)
            .getResultStream()
            .filter(o -> filter.districtId() == null || o.serves(filter.districtId()))
            .filter(o -> filter.language() == null || o.languages().contains(filter.language()))
            .filter(o -> filter.topic() == null || o.topics().contains(filter.topic()))
            .toList(),
        language);
  }

  /** The opening times of the published offers serving a district (all without one), by id. */
  public List<OfferTimes> openingTimes(Long districtId, Language language) {
    return em.createQuery(
            "select o from HelpOffer o where o.published = true order by o.id", HelpOffer.class)
        .getResultStream()
        .filter(o -> districtId == null || o.serves(districtId))
        .map(
            o ->
                new OfferTimes(
                    o.getId(),
                    o.text(language).title(),
                    o.text(language).description(),
                    o.address(),
                    links.offer(o.getId()),
                    o.firstDay(),
                    o.hours().stream()
                        .map(h -> new OfferTimes.Opening(h.day(), h.opens(), h.closes()))
                        .toList(),
                    o.closures().stream().map(c -> c.date()).toList(),
                    o.lastModified()))
        .toList();
  }

  /**
   * One offer: published ones for everyone, unpublished ones only for those who may maintain it
   * (else 404, as for drafts of meetings).
   */
  public OfferView find(long id, Language language) {
    HelpOffer offer = em.find(HelpOffer.class, id);
    if (offer == null
        || !offer.published()
            && !authorization.mayForOrganisation(Permission.MANAGE_OFFERS, offer.partnerId())) {
      throw ProblemException.notFound();
    }
    return view(offer, language, partnerNames());
  }

  /** The offers the caller maintains: all for organisers, a partner's own organisation's. */
  @Allowed(Permission.MANAGE_OFFERS)
  public List<OfferView> managed(Language language) {
    Optional<Long> own = authorization.ownOrganisationOnly(Permission.MANAGE_OFFERS);
    return views(
        em.createQuery("select o from HelpOffer o", HelpOffer.class)
            .getResultStream()
            .filter(o -> own.isEmpty() || own.get() == o.partnerId())
            .toList(),
        language);
  }

  /** What an offer says, as the body that would make it (texts in every language), for editing. */
  @Allowed(Permission.MANAGE_OFFERS)
  public OfferRequest asRequest(long id) {
    HelpOffer offer = maintained(id);
    Map<String, String> titles = new java.util.HashMap<>();
    Map<String, String> descriptions = new java.util.HashMap<>();
    offer
        .texts()
        .forEach(
            (code, text) -> {
              titles.put(code, text.title());
              if (text.description() != null) {
                descriptions.put(code, text.description());
              }
            });
    return new OfferRequest(
        offer.partnerId(),
        titles,
        descriptions,
        offer.topics().stream().map(t -> t.code()).sorted().toList(),
        offer.languages().stream().sorted().toList(),
        offer.districtIds().stream().sorted().toList(),
        offer.address(),
        offer.accessibility(),
        offer.contact(),
        offer.url(),
        offer.hours().stream()
            .map(
                h ->
                    new OfferRequest.HoursRequest(
                        h.day().name(), h.opens().toString(), h.closes().toString()))
            .toList(),
        offer.closures().stream()
            .map(c -> new OfferRequest.ClosureRequest(c.date().toString(), c.note()))
            .toList(),
        offer.published());
  }

  /**
   * Whether the caller chooses the owner of an offer (organisers) or it is their own (partners).
   */
  public boolean choosesOwner() {
    return authorization.ownOrganisationOnly(Permission.MANAGE_OFFERS).isEmpty();
  }

  @Transactional
  @Allowed(Permission.MANAGE_OFFERS)
  public OfferView create(OfferRequest request, Language language) {
    long owner = owner(request);
    OfferDetails details = drafts.details(request);
    HelpOffer offer =
        new HelpOffer(
            owner,
            details,
            clock.instant().atZone(ClockProducer.BERLIN).toLocalDate(),
            clock.instant());
    em.persist(offer);
    return view(offer, language, partnerNames());
  }

  @Transactional
  @Allowed(Permission.MANAGE_OFFERS)
  public OfferView update(long id, OfferRequest request, Language language) {
    HelpOffer offer = maintained(id);
    Long named = request == null ? null : request.partnerId();
    if (named != null && named != offer.partnerId()) {
      offer.handOver(owner(request));
    }
    offer.revise(drafts.details(request), clock.instant());
    return view(offer, language, partnerNames());
  }

  @Transactional
  @Allowed(Permission.MANAGE_OFFERS)
  public void delete(long id) {
    em.remove(maintained(id));
  }

  /** The offer, if the caller may maintain it: 404 if there is none, 403 if it is another's. */
  private HelpOffer maintained(long id) {
    HelpOffer offer = em.find(HelpOffer.class, id);
    if (offer == null) {
      throw ProblemException.notFound();
    }
    authorization.requireForOrganisation(Permission.MANAGE_OFFERS, offer.partnerId());
    return offer;
  }

  /**
   * The owner of a new (or handed over) offer: a partner's own organisation (another is 403), for
   * organisers the one named (required, must exist).
   */
  private long owner(OfferRequest request) {
    Optional<Long> own = authorization.ownOrganisationOnly(Permission.MANAGE_OFFERS);
    Long named = request == null ? null : request.partnerId();
    if (own.isPresent()) {
      if (named != null) {
        authorization.requireForOrganisation(Permission.MANAGE_OFFERS, named);
      }
      return own.get();
    }
    if (named == null) {
      throw ProblemException.invalid("partnerId", "validation.required");
    }
    if (partners.byId(named).isEmpty()) {
      throw ProblemException.invalid("partnerId", "validation.unknownId");
    }
    return named;
  }

  private Map<Long, String> partnerNames() {
    return partners.all().stream()
        .collect(
            Collectors.toMap(PartnerDirectory.PartnerView::id, PartnerDirectory.PartnerView::name));
  }

  private List<OfferView> views(List<HelpOffer> offers, Language language) {
    Map<Long, String> names = partnerNames();
    return offers.stream()
        .map(o -> view(o, language, names))
        .sorted(Comparator.comparing(OfferView::title, String.CASE_INSENSITIVE_ORDER))
        .toList();
  }

  private OfferView view(HelpOffer offer, Language language, Map<Long, String> partnerNames) {
    Map<Long, OfferView.DistrictRef> districts =
        referenceViews.districts().stream()
            .collect(
                Collectors.toMap(
                    d -> d.id(),
                    d -> new OfferView.DistrictRef(d.id(), d.slug(), d.name()),
                    (a, b) -> a));
    var text = offer.text(language);
    return new OfferView(
        offer.getId(),
        new OfferView.PartnerRef(offer.partnerId(), partnerNames.get(offer.partnerId())),
        text.title(),
        text.description(),
        offer.topics().stream().map(t -> t.code()).sorted().toList(),
        offer.languages().stream().sorted().toList(),
        offer.districtIds().stream()
            .map(districts::get)
            .filter(java.util.Objects::nonNull)
            .sorted(Comparator.comparing(OfferView.DistrictRef::name))
            .toList(),
        offer.address(),
        offer.accessibility(),
        offer.hours().stream()
            .map(
                h ->
                    new OfferView.Hours(
                        h.day().name(), h.opens().toString(), h.closes().toString()))
            .toList(),
        offer.closures().stream()
            .map(c -> new OfferView.ClosedDay(c.date().toString(), c.note()))
            .toList(),
        offer.contact(),
        offer.url(),
        offer.published(),
        links.offer(offer.getId()));
  }
}
