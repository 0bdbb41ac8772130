package org.treffpunkt.registration.entity;

import java.util.Set;

/** What a resident (or staff on their behalf) tells us when registering; already checked. */
public record Applicant(
    String name,
    String email,
    String phone,
    int adults,
    int children,
    Set<String> languages,
    String interpreterLanguage,
    boolean needsStepFree,
    boolean needsChildcare,
    String needsOther,
    String remark,
    String locale,
    Boolean nonEuCitizen,
    Boolean firstVisit,
    Long registeredByUserId,
    Long registeredByPartnerId,
    java.time.Instant slot,
    String topic) {

  public int persons() {
    return adults + children;
  }

  /**
   * Everything asked for, in one canonical text (languages sorted), so that two requests asking for
   * the same give the same text; stored only as a hash, to tell a retry from another request with
   * the same idempotency key.
   */
  public String fingerprint() {
    return String.join(
        "\u0000",
        String.valueOf(name),
        String.valueOf(email),
        String.valueOf(phone),
        String.valueOf(adults),
        String.valueOf(children),
        String.join(",", new java.util.TreeSet<>(languages)),
        String.valueOf(interpreterLanguage),
        String.valueOf(needsStepFree),
        String.valueOf(needsChildcare),
        String.valueOf(needsOther),
        String.valueOf(remark),
        String.valueOf(locale),
        String.valueOf(nonEuCitizen),
        String.valueOf(firstVisit),
        String.valueOf(registeredByUserId),
        String.valueOf(registeredByPartnerId),
        String.valueOf(slot),
        String.valueOf(topic));
  }
}
