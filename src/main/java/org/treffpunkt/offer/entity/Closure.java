package org.treffpunkt.offer.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Objects;

/** A day the offer is closed although its weekly hours say otherwise (holiday, training). */
@Embeddable
public record Closure(
    @Column(name = "closed_on", nullable = false) LocalDate date,
    @Column(name = "note", length = Closure.NOTE_MAX) String note) {

  public static final int NOTE_MAX = 200;

  public Closure {
    Objects.requireNonNull(date, "date");
  }
}
