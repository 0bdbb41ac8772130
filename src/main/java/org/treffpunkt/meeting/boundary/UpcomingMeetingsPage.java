package org.treffpunkt.meeting.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.treffpunkt.meeting.control.MeetingQuery;
import org.treffpunkt.meeting.control.MeetingView;
import org.treffpunkt.meeting.control.ReferenceViews;
import org.treffpunkt.meeting.control.UpcomingMeetings;
import org.treffpunkt.platform.ProblemException;
import org.treffpunkt.platform.PublicLinks;
import org.treffpunkt.platform.i18n.CurrentLanguage;
import org.treffpunkt.platform.i18n.DateInput;

/**
 * The public list of upcoming meetings with its filters (a GET form, so every filtered list has its
 * own URL).
 */
@Named("upcoming")
@RequestScoped
public class UpcomingMeetingsPage {

  @Inject MeetingSearchParameters parameters;
  @Inject UpcomingMeetings upcoming;
  @Inject ReferenceViews referenceViews;
  @Inject CurrentLanguage language;
  @Inject PublicLinks links;
  @Inject jakarta.servlet.http.HttpServletRequest request;

  private String district;
  private String format;
  private String spoken;
  private String from;
  private String page;
  private List<MeetingView> meetings;
  private long total;
  private MeetingQuery query;
  private boolean invalidFilter;

  /** Runs the search once per request (f:viewAction). */
  public void load() {
    // the date as typed in the page's format (or ISO) becomes ISO for the search and the links
    DateInput.parse(from, language.get()).ifPresent(date -> from = date.toString());
    try {
      query = parameters.query(from, null, district, format, spoken, null, false, page, null);
      boolean fromNow = from == null || from.isBlank();
      UpcomingMeetings.Listing result = upcoming.list(query, fromNow, language.get());
      meetings = result.meetings();
      total = result.total();
      if (fromNow && query.page() == 0) {
        KeptPages.keepUntil(request, result.currentUntil());
      }
    } catch (ProblemException badFilter) {
      invalidFilter = true;
      meetings = List.of();
    }
  }

  public List<MeetingView.DistrictRef> getDistricts() {
    return referenceViews.districts();
  }

  public List<MeetingView.FormatRef> getFormats() {
    return referenceViews.formats(language.get());
  }

  public List<String> getSpokenLanguages() {
    return upcoming.languages();
  }

  public boolean isHasNextPage() {
    return query != null && (long) (query.page() + 1) * query.size() < total;
  }

  public int getNextPage() {
    return query == null ? 1 : query.page() + 1;
  }

  /**
   * The feed of this list for calendar apps ({@code webcal://}), with the same district, format and
   * language.
   */
  public String getWebcalUrl() {
    StringBuilder url =
        new StringBuilder(
            PublicLinks.subscription(links.publicCalendar("?lang=" + language.getCode())));
    appendIfPresent(url, "district", district);
    appendIfPresent(url, "format", format);
    appendIfPresent(url, "language", spoken);
    return url.toString();
  }

  private static void appendIfPresent(StringBuilder url, String name, String value) {
    if (value != null && !value.isBlank()) {
      url.append('&')
          .append(name)
          .append('=')
          .append(
              java.net.URLEncoder.encode(value.strip(), java.nio.charset.StandardCharsets.UTF_8));
    }
  }

  public List<MeetingView> getMeetings() {
    return meetings;
  }

  public long getTotal() {
    return total;
  }

  public boolean isInvalidFilter() {
    return invalidFilter;
  }

  public String getDistrict() {
    return district;
  }

  public void setDistrict(String district) {
    this.district = district;
  }

  public String getFormat() {
    return format;
  }

  public void setFormat(String format) {
    this.format = format;
  }

  public String getSpoken() {
    return spoken;
  }

  public void setSpoken(String spoken) {
    this.spoken = spoken;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  /** The chosen date as shown in the field, in the page's format. */
  public String getFromText() {
    return DateInput.parse(from, language.get())
        .map(d -> DateInput.format(d, language.get()))
        .orElse(from == null ? "" : from);
  }

  public String getPage() {
    return page;
  }

  public void setPage(String page) {
    this.page = page;
  }
}
