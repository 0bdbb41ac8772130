package org.treffpunkt.offer.entity;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.treffpunkt.platform.AdviceTopic;

/**
 * What an offer says about itself, checked: texts per language (German among them), topics,
 * languages and districts, where and when it is open.
 */
public record OfferDetails(
    Map<String, OfferText> texts,
    Set<AdviceTopic> topics,
    Set<String> languages,
    Set<Long> districtIds,
    String address,
    String accessibility,
    String contact,
    String url,
    List<OpeningHours> hours,
    List<Closure> closures,
    boolean published) {

  public OfferDetails {
    if (!texts.containsKey(org.treffpunkt.platform.i18n.Language.DEFAULT.code())) {
      throw new IllegalArgumentException("an offer needs a German title");
    }
    if (firstOverlap(hours).isPresent()) {
      throw new IllegalArgumentException("opening hours overlap");
    }
    texts = Map.copyOf(texts);
    topics = Set.copyOf(topics);
    languages = Set.copyOf(languages);
    districtIds = Set.copyOf(districtIds);
    hours = List.copyOf(new TreeSet<>(hours));
    closures = List.copyOf(closures);
  }

  /**
   * The index (in the given order) of the first opening that overlaps an earlier one on the same
   * day, if any: a week's hours are a plan, so one time is listed once.
   */
  public static Optional<Integer> firstOverlap(List<OpeningHours> hours) {
    for (int i = 0; i < hours.size(); i++) {
      for (int j = 0; j < i; j++) {
        if (hours.get(i).overlaps(hours.get(j))) {
          return Optional.of(i);
        }
      }
    }
    return Optional.empty();
  }
}
