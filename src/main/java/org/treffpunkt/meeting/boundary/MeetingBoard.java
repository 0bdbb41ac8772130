package org.treffpunkt.meeting.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleModel;
import org.primefaces.model.SortMeta;
import org.treffpunkt.meeting.control.MeetingCatalogue;
import org.treffpunkt.meeting.control.MeetingQuery;
import org.treffpunkt.meeting.control.MeetingView;
import org.treffpunkt.meeting.control.MeetingViews;
import org.treffpunkt.meeting.entity.MeetingStatus;
import org.treffpunkt.platform.ClockProducer;

/**
 * The organisers' overview: a calendar and a lazy, filterable list of all meetings, drafts
 * included.
 */
@Named
@ViewScoped
public class MeetingBoard implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject MeetingCatalogue catalogue;
  @Inject MeetingViews views;

  private Long districtId;
  private Long formatId;
  private MeetingStatus status;
  private LocalDate from;
  private LocalDate to;

  private final LazyDataModel<MeetingView> list =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return (int) catalogue.backOffice(query(0, 1)).total();
        }

        @Override
        public List<MeetingView> load(
            int first,
            int pageSize,
            Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
          int size = Math.max(1, Math.min(pageSize, MeetingQuery.MAX_SIZE));
          return views.of(catalogue.backOffice(query(first / size, size)).items());
        }

        @Override
        public String getRowKey(MeetingView meeting) {
          return String.valueOf(meeting.id());
        }
      };

  private final ScheduleModel calendar =
      new LazyScheduleModel() {
        private static final long serialVersionUID = 1L;

        @Override
        public void loadEvents(LocalDateTime start, LocalDateTime end) {
          Instant startInstant = start.atZone(ClockProducer.BERLIN).toInstant();
          Instant endInstant = end.atZone(ClockProducer.BERLIN).toInstant();
          MeetingQuery window =
              new MeetingQuery(
                  startInstant,
                  endInstant,
                  districtId,
                  formatId,
                  null,
                  null,
                  true,
                  0,
                  MeetingQuery.MAX_SIZE * 5,
                  status);
          for (MeetingView m : views.of(catalogue.backOffice(window).items())) {
            addEvent(
                DefaultScheduleEvent.builder()
                    .id(String.valueOf(m.id()))
                    .title(m.title())
                    .startDate(m.start().atZoneSameInstant(ClockProducer.BERLIN).toLocalDateTime())
                    .endDate(m.end().atZoneSameInstant(ClockProducer.BERLIN).toLocalDateTime())
                    .url("meeting-edit.xhtml?id=" + m.id())
                    .styleClass("event-" + m.status().toLowerCase(java.util.Locale.ROOT))
                    .build());
          }
        }
      };

  private MeetingQuery query(int page, int size) {
    Instant fromInstant =
        from == null ? Instant.EPOCH : from.atStartOfDay(ClockProducer.BERLIN).toInstant();
    Instant toInstant =
        to == null ? null : to.plusDays(1).atStartOfDay(ClockProducer.BERLIN).toInstant();
    return new MeetingQuery(
        fromInstant, toInstant, districtId, formatId, null, null, true, page, size, status);
  }

  /** The calendar opens on today in Berlin. */
  public LocalDate getToday() {
    return LocalDate.now(ClockProducer.BERLIN);
  }

  public LazyDataModel<MeetingView> getList() {
    return list;
  }

  public ScheduleModel getCalendar() {
    return calendar;
  }

  public MeetingStatus[] getStatuses() {
    return MeetingStatus.values();
  }

  public Long getDistrictId() {
    return districtId;
  }

  public void setDistrictId(Long districtId) {
    this.districtId = districtId;
  }

  public Long getFormatId() {
    return formatId;
  }

  public void setFormatId(Long formatId) {
    this.formatId = formatId;
  }

  public MeetingStatus getStatus() {
    return status;
  }

  public void setStatus(MeetingStatus status) {
    this.status = status;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }
}
