package org.treffpunkt.meeting.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;

/** One of the city's districts (Stadtteil); seeded by migration, a filter everywhere. */
@Entity
@Table(name = "district")
@Cacheable
@Cache(usage = CacheConcurrencyStrategy.READ_ONLY)
public class District {

  @Id private Long id;

  /** Readable, stable key for URLs, e.g. {@code alte-neustadt}. */
  @Column(nullable = false, unique = true, length = 80)
  private String slug;

  @Column(nullable = false, length = 120)
  private String name;

  protected District() {}

  /** Reference data comes from the migrations; this is for tests of the rules. */
  District(Long id, String slug, String name) {
    this.id = id;
    this.slug = slug;
    this.name = name;
  }

  public Long getId() {
    return id;
  }

  public String getSlug() {
    return slug;
  }

  public String getName() {
    return name;
  }
}
