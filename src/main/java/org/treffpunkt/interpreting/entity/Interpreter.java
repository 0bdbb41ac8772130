package org.treffpunkt.interpreting.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/** A language mediator of the pool: name, languages, how to reach them; seen by organisers only. */
@Entity
@Table(name = "interpreter")
public class Interpreter {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(length = 300)
  private String contact;

  @Column(length = 1000)
  private String notes;

  @Column(nullable = false)
  private boolean active = true;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "interpreter_language",
      joinColumns = @JoinColumn(name = "interpreter_id"))
  @Column(name = "language", nullable = false, length = 3)
  private Set<String> languages = new HashSet<>();

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "erased_at")
  private Instant erasedAt;

  protected Interpreter() {}

  public Interpreter(
      String name, Set<String> languages, String contact, String notes, Instant now) {
    this.name = name;
    this.languages.addAll(languages);
    this.contact = contact;
    this.notes = notes;
    this.createdAt = now;
  }

  /**
   * New details from an organiser; someone who no longer works with us stays (past bookings) but is
   * inactive.
   */
  public void update(
      String name, Set<String> languages, String contact, String notes, boolean active) {
    this.name = name;
    this.languages.clear();
    this.languages.addAll(languages);
    this.contact = contact;
    this.notes = notes;
    this.active = active;
  }

  /**
   * Removes everything about the person; the pool keeps an inactive, nameless entry for past
   * bookings.
   */
  public void erase(Instant now) {
    name = "–";
    contact = null;
    notes = null;
    languages.clear();
    active = false;
    erasedAt = now;
  }

  public boolean erased() {
    return erasedAt != null;
  }

  public boolean speaks(String language) {
    return languages.contains(language);
  }

  public Long getId() {
    return id;
  }

  public String name() {
    return name;
  }

  public String contact() {
    return contact;
  }

  public String notes() {
    return notes;
  }

  public boolean active() {
    return active;
  }

  public Set<String> languages() {
    return Set.copyOf(languages);
  }
}
