package org.treffpunkt.meeting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
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
}
