package org.treffpunkt.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.treffpunkt.platform.ProblemException;

/** The partner organisations: the small public service other features use to look them up. */
@ApplicationScoped
public class PartnerDirectory {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  public List<PartnerOrganisation> all() {
    return em.createQuery("select p from PartnerOrganisation p order by p.name", PartnerOrganisation.class)
        .getResultList();
  }

  public Optional<PartnerOrganisation> byId(Long id) {
    return id == null ? Optional.empty() : Optional.ofNullable(em.find(PartnerOrganisation.class, id));
  }

  @Transactional
  public PartnerOrganisation create(String name, String contact) {
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
    return partner;
  }
}
