package org.treffpunkt.registration.control;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Everything stored about one registration: for the resident (self-service) and for staff. {@code
 * notices}: what the resident was told since registering (moved, changed, cancelled, messages),
 * until the meeting is over.
 */
public record RegistrationView(
    String code,
    @Schema(enumeration = {"CONFIRMED", "WAITLISTED", "CANCELLED"}) String status,
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
    List<NoticeView> notices,
    @Schema(description = "For an advice hour with slots: the start of the slot booked")
        OffsetDateTime slot,
    @Schema(
            description = "For a slot booking: what the advice is about",
            enumeration = {"residence", "work", "school", "health", "housing", "money", "other"})
        String topic) {

  @Schema(name = "RegisteredNeeds")
  public record Needs(boolean stepFree, boolean childcare, String other) {}

  @Schema(name = "RegisteredTargetGroup")
  public record TargetGroup(Boolean nonEuCitizen, Boolean firstVisit) {}

  /**
   * The answer to a new registration; the token appears here and in the links, nowhere else, ever
   * again.
   */
  @Schema(name = "RegistrationReceipt")
  public record Receipt(
      String code,
      @Schema(description = "The secret for the self-service API and page; shown only here")
          String token,
      @Schema(enumeration = {"CONFIRMED", "WAITLISTED"}) String status,
      int waitlistPosition,
      String selfServiceUrl,
      String icsUrl,
      @Schema(description = "For an advice hour with slots: the start of the slot booked")
          OffsetDateTime slot,
      @Schema(description = "For a slot booking: what the advice is about") String topic) {}
}
