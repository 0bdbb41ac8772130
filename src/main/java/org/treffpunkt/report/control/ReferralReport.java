package org.treffpunkt.report.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.treffpunkt.offer.control.Referrals;
import org.treffpunkt.platform.access.Allowed;
import org.treffpunkt.platform.access.Permission;

/**
 * Referrals to help offers over the months of a period, grouped by offer, district and month as
 * asked; small counts are suppressed as in {@link ParticipationReport} (each referral is a person).
 */
@ApplicationScoped
public class ReferralReport {

  /** What rows can be grouped by. */
  public enum Dimension {
    OFFER,
    DISTRICT,
    MONTH;

    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** The months asked about (both included) and the grouping. */
  public record Query(YearMonth from, YearMonth to, List<Dimension> groupBy) {}

  /**
   * One row: its group (for {@code offer} the offer's id, with its German title beside) and the
   * referrals counted.
   */
  public record Row(Map<Dimension, String> group, String offerTitle, long referrals) {
    /** The row's month ({@code 2027-03}), if grouped by month. */
    public String month() {
      return group.get(Dimension.MONTH);
    }

    /** The count as reported: the number, or "<5" for 1 to 4. */
    public Object shown() {
      return ParticipationReport.Row.shown(referrals, true);
    }
  }

  @Inject Referrals referrals;

  @Allowed(Permission.READ_REPORTS)
  public List<Row> rows(Query query) {
    Map<String, Row> rows = new TreeMap<>();
    for (Referrals.Figure f : referrals.figures(query.from(), query.to())) {
      Map<Dimension, String> group = new EnumMap<>(Dimension.class);
      for (Dimension d : query.groupBy()) {
        group.put(
            d,
            switch (d) {
              case OFFER -> String.valueOf(f.offerId());
              case DISTRICT -> f.districtName();
              case MONTH -> f.month().toString();
            });
      }
      String title = query.groupBy().contains(Dimension.OFFER) ? f.offerTitle() : null;
      String key = sortKey(group);
      Row before = rows.get(key);
      rows.put(
          key, new Row(group, title, (before == null ? 0 : before.referrals()) + f.referrals()));
    }
    if (rows.isEmpty() && query.groupBy().isEmpty()) {
      return List.of(new Row(Map.of(), null, 0));
    }
    return new ArrayList<>(rows.values());
  }

  /** Rows ordered by their group's values, numbers (offer ids) by value. */
  private static String sortKey(Map<Dimension, String> group) {
    StringBuilder key = new StringBuilder();
    group.forEach(
        (d, value) ->
            key.append(d == Dimension.OFFER ? String.format("%019d", Long.parseLong(value)) : value)
                .append('\u0000'));
    return key.toString();
  }
}
