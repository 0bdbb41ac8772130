package org.treffpunkt.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.treffpunkt.report.control.ParticipationReport;
import org.treffpunkt.report.control.ParticipationReport.Measure;
import org.treffpunkt.report.control.ParticipationReport.Row;

class ParticipationReportTest {

  private static Row row(Map<String, Long> interpretation) {
    Map<Measure, Long> figures = new EnumMap<>(Measure.class);
    for (Measure m : Measure.values()) {
      figures.put(m, 3L);
    }
    return new Row(
        new EnumMap<>(ParticipationReport.Dimension.class), figures, new TreeMap<>(interpretation));
  }

  @Test
  void smallCountsOfPeopleAreSuppressedMeetingCountsAndZerosAreNot() {
    Row row = row(Map.of());
    assertEquals("<5", row.shown(Measure.CONFIRMED_PERSONS));
    assertEquals(3L, row.shown(Measure.MEETINGS_HELD), "meetings are not people");
    assertEquals(0L, Row.shown(0, true), "nobody singles out nobody");
    assertEquals(5L, Row.shown(5, true));
    assertEquals("<5", Row.shown(1, true));
  }

  @Test
  void oneSmallLanguageNextToOthersAlsoWithholdsTheSmallestOtherSoTheTotalGivesNothingAway() {
    assertEquals(
        Map.of("ar", "<5", "fa", "x", "uk", 9L),
        row(Map.of("ar", 2L, "fa", 6L, "uk", 9L)).interpretationShown());
    assertEquals(
        Map.of("ar", "<5", "uk", "<5", "fa", 6L),
        row(Map.of("ar", 2L, "uk", 1L, "fa", 6L)).interpretationShown(),
        "two small ones hide each other");
    assertEquals(Map.of("ar", 5L, "fa", 6L), row(Map.of("ar", 5L, "fa", 6L)).interpretationShown());
    assertEquals(
        Map.of("ar", "<5"),
        row(Map.of("ar", 4L)).interpretationShown(),
        "alone it is the total, also small");
    assertEquals(
        Map.of("ar", "<5", "fa", "x", "tr", 7L),
        row(Map.of("ar", 2L, "fa", 7L, "tr", 7L)).interpretationShown(),
        "ties: the first language withheld");
  }
}
