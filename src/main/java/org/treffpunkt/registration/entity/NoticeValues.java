package org.treffpunkt.registration.entity;

import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * When and where a meeting took place before a change, or takes place after it, as a notice keeps
 * it (the columns are named where it is embedded: before and after).
 *
 * @param place the venue as "name, address", or null for a meeting online only
 */
@Embeddable
public record NoticeValues(Instant start, Instant end, String place, String onlineUrl) {}
