package org.treffpunkt.registration.control;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Everything stored about one registration: for the resident (self-service) and for staff. {@code
 * notices}: what the resident was told since registering (moved, changed, cancelled, messages),
 * until the meeting is over.
 */
public record RegistrationView(
    String code,
    String status,
    int waitlistPosition,
    long meetingId,
    String meetingTitle,
    OffsetDateTime meetingStart,
    String meetingUrl,
    String name,
    String email,
    String phone,
    int adults,
    int children,
    List<String> languages,
    String interpreterLanguage,
    Needs needs,
    String remark,
    String locale,
    TargetGroup targetGroup,
    boolean onBehalf,
    boolean attended,
    Instant createdAt,
    List<NoticeView> notices) {

  public record Needs(boolean stepFree, boolean childcare, String other) {}

  public record TargetGroup(Boolean nonEuCitizen, Boolean firstVisit) {}

  /**
   * The answer to a new registration; the token appears here and in the links, nowhere else, ever
   * again.
   */
  public record Receipt(
      String code,
      String token,
      String status,
      int waitlistPosition,
      String selfServiceUrl,
      String icsUrl) {}
}
