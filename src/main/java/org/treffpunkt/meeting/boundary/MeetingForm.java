package org.treffpunkt.meeting.boundary;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.treffpunkt.meeting.control.MeetingRequest;
import org.treffpunkt.meeting.entity.MeetingPlan;

/**
 * What the back-office meeting form holds, as the page's inputs bind it, and the API request it
 * stands for: the form sends the same request the API takes, so both are checked alike.
 */
public class MeetingForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private final Map<String, String> titles = new HashMap<>();
  private final Map<String, String> summaries = new HashMap<>();
  private final Map<String, String> descriptions = new HashMap<>();
  private Long formatId;
  private Long districtId;
  private Long venueId;
  private String onlineUrl;
  private String date;
  private String startTime = "18:00";
  private String endTime = "20:00";
  private Integer capacity;
  private Integer slotMinutes;
  private Integer slotParallel;
  private Integer slotWalkIn;
  private String languages = "de";
  private boolean interpretation;
  private boolean childcare;
  private boolean registrationRequired = true;
  private boolean published = true;
  private List<Long> partnerIds = new ArrayList<>();
  private String contactName;
  private String contactPhone;
  private String contactEmail;
  private String frequency = "";
  private Integer count;
  private String until;

  /** The form filled with a meeting's current plan. */
  void fill(MeetingPlan plan) {
    plan.texts()
        .forEach(
            (code, text) -> {
              titles.put(code, text.title());
              summaries.put(code, text.summary());
              descriptions.put(code, text.description());
            });
    formatId = plan.format().getId();
    districtId = plan.district().getId();
    venueId = plan.venue() == null ? null : plan.venue().getId();
    onlineUrl = plan.onlineUrl();
    date = plan.schedule().localDate().toString();
    startTime = plan.schedule().localStart().toLocalTime().toString();
    endTime = plan.schedule().localEnd().toLocalTime().toString();
    capacity = plan.capacity();
    if (plan.slots() != null) {
      slotMinutes = plan.slots().minutes();
      slotParallel = plan.slots().parallel();
      slotWalkIn = plan.slots().walkIn();
    }
    languages = String.join(", ", plan.languages().stream().sorted().toList());
    interpretation = plan.interpretation();
    childcare = plan.childcare();
    registrationRequired = plan.registrationRequired();
    published = plan.published();
    partnerIds = new ArrayList<>(plan.partnerIds());
    contactName = plan.contact().name();
    contactPhone = plan.contact().phone();
    contactEmail = plan.contact().email();
  }

  /** The request of the form; with a recurrence only for a new series. */
  MeetingRequest request(boolean newSeries) {
    String start = blank(date) ? null : date + "T" + startTime;
    String end = blank(date) ? null : date + "T" + endTime;
    MeetingRequest.RecurrenceRequest recurrence =
        newSeries && !blank(frequency)
            ? new MeetingRequest.RecurrenceRequest(
                frequency, blank(until) ? null : until, count, false)
            : null;
    return new MeetingRequest(
        nonBlank(titles),
        nonBlank(summaries),
        nonBlank(descriptions),
        formatId,
        districtId,
        venueId,
        onlineUrl,
        start,
        end,
        capacity,
        Arrays.stream(languages == null ? new String[0] : languages.split("[,;\\s]+"))
            .filter(s -> !s.isBlank())
            .toList(),
        interpretation,
        childcare,
        registrationRequired,
        null,
        null,
        published,
        partnerIds,
        new MeetingRequest.ContactRequest(
            contactName, contactPhone, blank(contactEmail) ? null : contactEmail),
        recurrence,
        slotMinutes == null
            ? null
            : new MeetingRequest.SlotRequest(slotMinutes, slotParallel, slotWalkIn));
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static Map<String, String> nonBlank(Map<String, String> texts) {
    Map<String, String> result = new HashMap<>();
    texts.forEach(
        (k, v) -> {
          if (!blank(v)) {
            result.put(k, v);
          }
        });
    return result;
  }

  public Map<String, String> getTitles() {
    return titles;
  }

  public Map<String, String> getSummaries() {
    return summaries;
  }

  public Map<String, String> getDescriptions() {
    return descriptions;
  }

  public Long getFormatId() {
    return formatId;
  }

  public void setFormatId(Long formatId) {
    this.formatId = formatId;
  }

  public Long getDistrictId() {
    return districtId;
  }

  public void setDistrictId(Long districtId) {
    this.districtId = districtId;
  }

  public Long getVenueId() {
    return venueId;
  }

  public void setVenueId(Long venueId) {
    this.venueId = venueId;
  }

  public String getOnlineUrl() {
    return onlineUrl;
  }

  public void setOnlineUrl(String onlineUrl) {
    this.onlineUrl = onlineUrl;
  }

  public String getDate() {
    return date;
  }

  public void setDate(String date) {
    this.date = date;
  }

  public String getStartTime() {
    return startTime;
  }

  public void setStartTime(String startTime) {
    this.startTime = startTime;
  }

  public String getEndTime() {
    return endTime;
  }

  public void setEndTime(String endTime) {
    this.endTime = endTime;
  }

  public Integer getCapacity() {
    return capacity;
  }

  public void setCapacity(Integer capacity) {
    this.capacity = capacity;
  }

  public Integer getSlotMinutes() {
    return slotMinutes;
  }

  public void setSlotMinutes(Integer slotMinutes) {
    this.slotMinutes = slotMinutes;
  }

  public Integer getSlotParallel() {
    return slotParallel;
  }

  public void setSlotParallel(Integer slotParallel) {
    this.slotParallel = slotParallel;
  }

  public Integer getSlotWalkIn() {
    return slotWalkIn;
  }

  public void setSlotWalkIn(Integer slotWalkIn) {
    this.slotWalkIn = slotWalkIn;
  }

  public String getLanguages() {
    return languages;
  }

  public void setLanguages(String languages) {
    this.languages = languages;
  }

  public boolean isInterpretation() {
    return interpretation;
  }

  public void setInterpretation(boolean interpretation) {
    this.interpretation = interpretation;
  }

  public boolean isChildcare() {
    return childcare;
  }

  public void setChildcare(boolean childcare) {
    this.childcare = childcare;
  }

  public boolean isRegistrationRequired() {
    return registrationRequired;
  }

  public void setRegistrationRequired(boolean registrationRequired) {
    this.registrationRequired = registrationRequired;
  }

  public boolean isPublished() {
    return published;
  }

  public void setPublished(boolean published) {
    this.published = published;
  }

  public List<Long> getPartnerIds() {
    return partnerIds;
  }

  public void setPartnerIds(List<Long> partnerIds) {
    this.partnerIds = partnerIds;
  }

  public String getContactName() {
    return contactName;
  }

  public void setContactName(String contactName) {
    this.contactName = contactName;
  }

  public String getContactPhone() {
    return contactPhone;
  }

  public void setContactPhone(String contactPhone) {
    this.contactPhone = contactPhone;
  }

  public String getContactEmail() {
    return contactEmail;
  }

  public void setContactEmail(String contactEmail) {
    this.contactEmail = contactEmail;
  }

  public String getFrequency() {
    return frequency;
  }

  public void setFrequency(String frequency) {
    this.frequency = frequency;
  }

  public Integer getCount() {
    return count;
  }

  public void setCount(Integer count) {
    this.count = count;
  }

  public String getUntil() {
    return until;
  }

  public void setUntil(String until) {
    this.until = until;
  }
}
