package org.treffpunkt.partner.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.treffpunkt.partner.entity.PartnerOrganisation;
import org.treffpunkt.platform.InputValidation;
import org.treffpunkt.platform.ProblemException;
import org.treffpunkt.platform.access.Allowed;
import org.treffpunkt.platform.access.Permission;

/**
 * The partner organisations: staff read and add them ({@link #list}, {@link #create}); other
 * features look them up ({@link #all}, {@link #byId}: names are public, they appear on meeting
 * pages).
 */
@ApplicationScoped
public class PartnerDirectory {

  /** The body of {@code POST /api/partners} and of the back-office form. */
  public record PartnerRequest(
      @NotBlank(message = "{validation.required}")
          @Size(max = 200, message = "{validation.maxLength}")
          String name,
      @Size(max = 300, message = "{validation.maxLength}") String contact) {}

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject InputValidation validation;

  /** A partner organisation: its name is public (meeting pages), its contact for staff. */
  public record PartnerView(long id, String name, String contact) {
    static PartnerView of(PartnerOrganisation p) {
      return new PartnerView(p.getId(), p.getName(), p.getContact());
    }
  }

  /** The organisations with their contact details, for staff. */
  @Allowed(Permission.READ_PARTNERS)
  public List<PartnerView> list() {
    return all();
  }

  /** Every organisation, by name (for naming co-hosts and choosing them). */
  public List<PartnerView> all() {
    return em.createQuery(
            "select p from PartnerOrganisation p order by p.name", PartnerOrganisation.class)
        .getResultStream()
        .map(PartnerView::of)
        .toList();
  }

  public Optional<PartnerView> byId(Long id) {
    return id == null
        ? Optional.empty()
        : Optional.ofNullable(em.find(PartnerOrganisation.class, id)).map(PartnerView::of);
  }

  @Transactional
  @Allowed(Permission.MANAGE_PARTNERS)
  public PartnerView create(PartnerRequest request) {
    validation.check(request);
    String name = request.name().strip();
    String contact =
        request.contact() == null || request.contact().isBlank() ? null : request.contact().strip();
    boolean taken =
        !em.createQuery("select p.id from PartnerOrganisation p where p.name = :name", Long.class)
            .setParameter("name", name)
            .getResultList()
            .isEmpty();
    if (taken) {
      throw ProblemException.invalid("name", "validation.taken");
    }
    PartnerOrganisation partner = new PartnerOrganisation(name, contact, clock.instant());
    em.persist(partner);
    return PartnerView.of(partner);
  }
}
