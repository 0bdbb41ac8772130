package org.treffpunkt.offer.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.treffpunkt.platform.AdviceTopic;
import org.treffpunkt.platform.i18n.Language;

/**
 * A standing offer of a partner organisation (the owner, who may maintain it alongside organisers):
 * public once published.
 */
@Entity
@Table(name = "help_offer")
public class HelpOffer {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @Column(name = "partner_id", nullable = false)
  private long partnerId;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "help_offer_text", joinColumns = @JoinColumn(name = "offer_id"))
  @MapKeyColumn(name = "language", length = 5)
  private Map<String, OfferText> texts = new HashMap<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "help_offer_topic", joinColumns = @JoinColumn(name = "offer_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "topic", nullable = false, length = 20)
  private Set<AdviceTopic> topics = new HashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "help_offer_language", joinColumns = @JoinColumn(name = "offer_id"))
  @Column(name = "language", nullable = false, length = 3)
  private Set<String> languages = new HashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "help_offer_district", joinColumns = @JoinColumn(name = "offer_id"))
  @Column(name = "district_id", nullable = false)
  private Set<Long> districtIds = new HashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "help_offer_hours", joinColumns = @JoinColumn(name = "offer_id"))
  private Set<OpeningHours> hours = new HashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "help_offer_closure", joinColumns = @JoinColumn(name = "offer_id"))
  private Set<Closure> closures = new HashSet<>();

  @Column(length = 300)
  private String address;

  @Column(length = 500)
  private String accessibility;

  @Column(length = 300)
  private String contact;

  @Column(length = 500)
  private String url;

  @Column(nullable = false)
  private boolean published;

  /** The first day of the weekly opening hours (the day the offer was made), for the feed. */
  @Column(name = "first_day", nullable = false)
  private LocalDate firstDay;

  @Column(name = "last_modified", nullable = false)
  private Instant lastModified;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected HelpOffer() {}

  public HelpOffer(long partnerId, OfferDetails details, LocalDate firstDay, Instant now) {
    this.partnerId = partnerId;
    this.firstDay = firstDay;
    this.createdAt = now;
    revise(details, now);
  }

  /** Replaces what the offer says about itself. */
  public final void revise(OfferDetails details, Instant now) {
    texts.clear();
    texts.putAll(details.texts());
    replace(topics, details.topics());
    replace(languages, details.languages());
    replace(districtIds, details.districtIds());
    replace(hours, details.hours());
    replace(closures, details.closures());
    address = details.address();
    accessibility = details.accessibility();
    contact = details.contact();
    url = details.url();
    published = details.published();
    lastModified = now;
  }

  /** Another organisation maintains the offer from now on (decided by organisers). */
  public void handOver(long newOwner) {
    partnerId = newOwner;
  }

  private static <T> void replace(Set<T> target, java.util.Collection<T> values) {
    target.retainAll(values);
    target.addAll(values);
  }

  /** The texts in {@code language}, German where a translation is missing (per field). */
  public OfferText text(Language language) {
    OfferText german = texts.get(Language.DEFAULT.code());
    OfferText translated = texts.get(language.code());
    if (translated == null || german == null) {
      return german != null ? german : translated;
    }
    return new OfferText(
        translated.title(),
        translated.description() != null ? translated.description() : german.description());
  }

  public boolean serves(long districtId) {
    return districtIds.contains(districtId);
  }

  /** The weekly hours, by day and time. */
  public List<OpeningHours> hours() {
    return List.copyOf(new TreeSet<>(hours));
  }

  /** The closed days, in date order. */
  public List<Closure> closures() {
    List<Closure> sorted = new ArrayList<>(closures);
    sorted.sort(java.util.Comparator.comparing(Closure::date));
    return sorted;
  }

  public Long getId() {
    return id;
  }

  public long partnerId() {
    return partnerId;
  }

  public Map<String, OfferText> texts() {
    return Map.copyOf(texts);
  }

  public Set<AdviceTopic> topics() {
    return Set.copyOf(topics);
  }

  public Set<String> languages() {
    return Set.copyOf(languages);
  }

  public Set<Long> districtIds() {
    return Set.copyOf(districtIds);
  }

  public String address() {
    return address;
  }

  public String accessibility() {
    return accessibility;
  }

  public String contact() {
    return contact;
  }

  public String url() {
    return url;
  }

  public boolean published() {
    return published;
  }

  public LocalDate firstDay() {
    return firstDay;
  }

  public Instant lastModified() {
    return lastModified;
  }
}
