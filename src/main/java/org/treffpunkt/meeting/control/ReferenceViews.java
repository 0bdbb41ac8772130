package org.treffpunkt.meeting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.treffpunkt.platform.i18n.Language;

/**
 * Formats and districts as other features read them (filters of reports, labels of charts):
 * records, never the entities of {@link ReferenceData}.
 */
@ApplicationScoped
public class ReferenceViews {

  @Inject ReferenceData referenceData;

  /** A format by id or key ({@code exchange}, …), named in a language. */
  public Optional<MeetingView.FormatRef> format(String idOrKey, Language language) {
    return referenceData
        .format(idOrKey)
        .map(f -> new MeetingView.FormatRef(f.getId(), f.getKey(), f.name(language)));
  }

  /** A district by id or slug ({@code alte-neustadt}, …). */
  public Optional<MeetingView.DistrictRef> district(String idOrSlug) {
    return referenceData
        .district(idOrSlug)
        .map(d -> new MeetingView.DistrictRef(d.getId(), d.getSlug(), d.getName()));
  }

  private volatile List<MeetingView.DistrictRef> districts;
  private final Map<Language, List<MeetingView.FormatRef>> formats = new ConcurrentHashMap<>();

  /**
   * Every district by name, from memory: districts and formats come with the migrations and never
   * change while the application runs (the filters of the public pages).
   */
  public List<MeetingView.DistrictRef> districts() {
    List<MeetingView.DistrictRef> all = districts;
    if (all == null) {
      all =
          districts =
              referenceData.districts().stream()
                  .map(d -> new MeetingView.DistrictRef(d.getId(), d.getSlug(), d.getName()))
                  .toList();
    }
    return all;
  }

  /** Every format in its order, named in a language, from memory (see {@link #districts}). */
  public List<MeetingView.FormatRef> formats(Language language) {
    return formats.computeIfAbsent(
        language,
        lang ->
            referenceData.formats().stream()
                .map(f -> new MeetingView.FormatRef(f.getId(), f.getKey(), f.name(lang)))
                .toList());
  }
}
