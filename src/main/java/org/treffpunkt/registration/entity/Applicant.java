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
    Long registeredByPartnerId) {

  public int persons() {
    return adults + children;
  }
}
