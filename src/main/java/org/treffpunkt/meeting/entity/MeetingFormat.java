package org.treffpunkt.meeting.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.util.HashMap;
import java.util.Map;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;
import org.treffpunkt.platform.i18n.Language;

/**
 * A kind of meeting (reference data): exchange format, neighbourhood meeting, dialogue round,
 * advice hours.
 */
@Entity
@Table(name = "meeting_format")
@Cacheable
@Cache(usage = CacheConcurrencyStrategy.READ_ONLY)
public class MeetingFormat {

  @Id private Long id;

  @Column(name = "format_key", nullable = false, unique = true, length = 40)
  private String key;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  @ElementCollection(fetch = FetchType.EAGER)
  @Cache(usage = CacheConcurrencyStrategy.READ_ONLY)
  @CollectionTable(name = "meeting_format_name", joinColumns = @JoinColumn(name = "format_id"))
  @MapKeyColumn(name = "language", length = 5)
  @Column(name = "name", nullable = false, length = 120)
  private Map<String, String> names = new HashMap<>();

  protected MeetingFormat() {}

  /** Reference data comes from the migrations; this is for tests of the rules. */
  MeetingFormat(Long id, String key, Map<String, String> names) {
    this.id = id;
    this.key = key;
    this.names.putAll(names);
  }

  public Long getId() {
    return id;
  }

  public String getKey() {
    return key;
  }

  public int getSortOrder() {
    return sortOrder;
  }

  /** The name in {@code language}, German if there is none. */
  public String name(Language language) {
    return names.getOrDefault(language.code(), names.get(Language.DEFAULT.code()));
  }
}
