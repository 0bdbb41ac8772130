package org.treffpunkt.offer.boundary;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.treffpunkt.offer.control.OfferRequest;

/**
 * The fields of the offer form: texts per language, one opening per weekday (the API takes more),
 * closed days one per line ({@code 2027-12-24 Heiligabend}), languages as codes separated by
 * commas.
 */
public class OfferForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private Long partnerId;
  private final Map<String, String> titles = new HashMap<>();
  private final Map<String, String> descriptions = new HashMap<>();
  private List<String> topics = new ArrayList<>();
  private String languages;
  private List<String> districtIds = new ArrayList<>();
  private String address;
  private String accessibility;
  private String contact;
  private String url;
  private final Map<String, String> opens = new HashMap<>();
  private final Map<String, String> closes = new HashMap<>();
  private String closures;
  private boolean published = true;

  /** The form filled with an offer as it is. */
  static OfferForm of(OfferRequest request) {
    OfferForm form = new OfferForm();
    form.partnerId = request.partnerId();
    form.titles.putAll(request.title());
    form.descriptions.putAll(request.description());
    form.topics = new ArrayList<>(request.topics());
    form.languages = String.join(", ", request.languages());
    form.districtIds =
        new ArrayList<>(request.districtIds().stream().map(String::valueOf).toList());
    form.address = request.address();
    form.accessibility = request.accessibility();
    form.contact = request.contact();
    form.url = request.url();
    for (OfferRequest.HoursRequest h : request.openingHours()) {
      form.opens.putIfAbsent(h.day(), h.from());
      form.closes.putIfAbsent(h.day(), h.to());
    }
    StringBuilder closed = new StringBuilder();
    for (OfferRequest.ClosureRequest c : request.closures()) {
      closed.append(c.date()).append(c.note() == null ? "" : " " + c.note()).append('\n');
    }
    form.closures = closed.toString().strip();
    form.published = request.published();
    return form;
  }

  /** The request this form makes. */
  OfferRequest request() {
    List<OfferRequest.HoursRequest> hours = new ArrayList<>();
    for (DayOfWeek day : DayOfWeek.values()) {
      String from = blankToNull(opens.get(day.name()));
      String to = blankToNull(closes.get(day.name()));
      if (from != null || to != null) {
        hours.add(new OfferRequest.HoursRequest(day.name(), from, to));
      }
    }
    List<OfferRequest.ClosureRequest> closed = new ArrayList<>();
    if (closures != null) {
      for (String line : closures.split("\\R")) {
        String[] parts = line.strip().split("\\s+", 2);
        if (!parts[0].isEmpty()) {
          closed.add(new OfferRequest.ClosureRequest(parts[0], parts.length > 1 ? parts[1] : null));
        }
      }
    }
    return new OfferRequest(
        partnerId,
        withoutBlanks(titles),
        withoutBlanks(descriptions),
        List.copyOf(topics),
        languages == null || languages.isBlank()
            ? List.of()
            : Arrays.stream(languages.split("[,\\s]+")).filter(s -> !s.isBlank()).toList(),
        districtIds.stream().map(Long::valueOf).toList(),
        address,
        accessibility,
        contact,
        url,
        hours,
        closed,
        published);
  }

  /** The form input showing a field of the request (its id, as FormProblems finds it). */
  String inputOf(String field, OfferRequest request) {
    if (field.startsWith("openingHours.")) {
      String[] parts = field.split("\\.");
      int index = Integer.parseInt(parts[1]);
      String day = request.openingHours().get(index).day();
      return (parts.length > 2 && parts[2].equals("to") ? "closes_" : "opens_") + day;
    }
    if (field.startsWith("closures.")) {
      return "closures";
    }
    if (field.startsWith("districtIds")) {
      return "districtIds";
    }
    if (field.startsWith("topics")) {
      return "topics";
    }
    if (field.startsWith("languages")) {
      return "languages";
    }
    return field.replace('.', '_');
  }

  private static Map<String, String> withoutBlanks(Map<String, String> texts) {
    Map<String, String> kept = new HashMap<>();
    texts.forEach(
        (code, text) -> {
          if (text != null && !text.isBlank()) {
            kept.put(code, text);
          }
        });
    return kept;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }

  public Long getPartnerId() {
    return partnerId;
  }

  public void setPartnerId(Long partnerId) {
    this.partnerId = partnerId;
  }

  public Map<String, String> getTitles() {
    return titles;
  }

  public Map<String, String> getDescriptions() {
    return descriptions;
  }

  public List<String> getTopics() {
    return topics;
  }

  public void setTopics(List<String> topics) {
    this.topics = topics == null ? new ArrayList<>() : new ArrayList<>(topics);
  }

  public String getLanguages() {
    return languages;
  }

  public void setLanguages(String languages) {
    this.languages = languages;
  }

  public List<String> getDistrictIds() {
    return districtIds;
  }

  public void setDistrictIds(List<String> districtIds) {
    this.districtIds = districtIds == null ? new ArrayList<>() : new ArrayList<>(districtIds);
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public String getAccessibility() {
    return accessibility;
  }

  public void setAccessibility(String accessibility) {
    this.accessibility = accessibility;
  }

  public String getContact() {
    return contact;
  }

  public void setContact(String contact) {
    this.contact = contact;
  }

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }

  public Map<String, String> getOpens() {
    return opens;
  }

  public Map<String, String> getCloses() {
    return closes;
  }

  public String getClosures() {
    return closures;
  }

  public void setClosures(String closures) {
    this.closures = closures;
  }

  public boolean isPublished() {
    return published;
  }

  public void setPublished(boolean published) {
    this.published = published;
  }
}
