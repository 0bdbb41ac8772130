package org.treffpunkt.calendar.control;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.DateList;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TextList;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ExDate;
import net.fortuna.ical4j.model.property.Geo;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.RecurrenceId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.Version;
import net.fortuna.ical4j.model.property.XProperty;

/**
 * The one place that writes iCalendar: a VCALENDAR with the Europe/Berlin VTIMEZONE, local times
 * with TZID=Europe/Berlin, and the feed headers calendar apps read (name, refresh interval). Text
 * is escaped and lines are folded by iCal4j, with CRLF line ends.
 */
public final class CalendarWriter {

  public static final String ZONE = "Europe/Berlin";
  private static final VTimeZone BERLIN =
      TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone(ZONE).getVTimeZone();

  private CalendarWriter() {}

  /**
   * The calendar named {@code name} with {@code events}; {@code stamp} is the DTSTAMP of every
   * event.
   */
  public static String write(String name, List<CalendarEvent> events, Instant stamp) {
    return write(name, events, stamp, null, null);
  }

  /**
   * A calendar to attach to a mail (RFC 6047) about changed dates: with the iTIP {@code method}
   * ({@code PUBLISH}, or {@code CANCEL} for cancelled dates) and the {@code organizer}'s e-mail
   * address in every event (iTIP asks for it in a CANCEL; null leaves it out). Same UIDs and the
   * meetings' SEQUENCE, so calendar apps update their entry.
   */
  public static String invitation(
      String name, List<CalendarEvent> events, Instant stamp, String method, String organizer) {
    return write(name, events, stamp, method, organizer);
  }

  private static String write(
      String name, List<CalendarEvent> events, Instant stamp, String method, String organizer) {
    Calendar calendar =
        new Calendar()
            .add(new ProdId("-//Treffpunkt//Treffpunkt Calendar//DE"))
            .add(new Version(new ParameterList(), Version.VALUE_2_0))
            .add(new CalScale(CalScale.VALUE_GREGORIAN));
    if (method != null) {
      calendar = calendar.add(new Method(method));
    }
    calendar =
        calendar
            .add(new XProperty("X-WR-CALNAME", name))
            .add(new XProperty("X-WR-TIMEZONE", ZONE))
            .add(
                new XProperty(
                    "REFRESH-INTERVAL", new ParameterList(List.of(Value.DURATION)), "PT1H"))
            .add(new XProperty("X-PUBLISHED-TTL", "PT1H"));
    calendar = calendar.add(BERLIN);
    for (CalendarEvent event : events) {
      VEvent vevent = vevent(event, stamp);
      if (organizer != null) {
        vevent = vevent.add(new Organizer(URI.create("mailto:" + organizer)));
      }
      calendar = calendar.add(vevent);
    }
    StringWriter out = new StringWriter();
    try {
      // iCal4j folds by characters; RFC 5545 counts octets, so we fold ourselves (below)
      new CalendarOutputter(false, UNFOLDED).output(calendar, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return fold(out.toString());
  }

  private static final int UNFOLDED = 1_000_000;
  private static final int MAX_OCTETS = 75;

  /**
   * Folds every content line longer than 75 octets (RFC 5545, 3.1): CRLF plus one space before each
   * continuation, breaking only between characters, so that no UTF-8 sequence (Arabic, Cyrillic,
   * emoji) is ever split.
   */
  static String fold(String unfolded) {
    StringBuilder folded = new StringBuilder(unfolded.length() + unfolded.length() / 50);
    for (String line : unfolded.split("\r\n")) {
      int octets = 0;
      for (int i = 0; i < line.length(); ) {
        int codePoint = line.codePointAt(i);
        int size = utf8Length(codePoint);
        if (octets + size > MAX_OCTETS) {
          folded.append("\r\n ");
          octets = 1;
        }
        folded.appendCodePoint(codePoint);
        octets += size;
        i += Character.charCount(codePoint);
      }
      folded.append("\r\n");
    }
    return folded.toString();
  }

  private static int utf8Length(int codePoint) {
    return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
  }

  private static VEvent vevent(CalendarEvent e, Instant stamp) {
    VEvent event =
        new VEvent(false)
            .add(new Uid(e.uid()))
            .add(new DtStamp(stamp))
            .add(new DtStart<>(e.start()))
            .add(new DtEnd<>(e.end()))
            .add(new Sequence(e.sequence()))
            .add(new LastModified(e.lastModified()))
            .add(new Summary(e.summary()))
            .add(new Status(e.cancelled() ? Status.VALUE_CANCELLED : Status.VALUE_CONFIRMED));
    if (e.rule() != null) {
      event = event.add(new RRule<ZonedDateTime>(e.rule()));
    }
    if (e.recurrenceId() != null) {
      event = event.add(new RecurrenceId<>(e.recurrenceId()));
    }
    if (e.excluded() != null && !e.excluded().isEmpty()) {
      event =
          event.add(
              new ExDate<>(
                  new ParameterList(List.of(new TzId(ZONE))), new DateList<>(e.excluded())));
    }
    if (e.description() != null) {
      event = event.add(new Description(e.description()));
    }
    if (e.location() != null) {
      event = event.add(new Location(e.location()));
    }
    if (e.latitude() != null && e.longitude() != null) {
      event =
          event.add(new Geo(BigDecimal.valueOf(e.latitude()), BigDecimal.valueOf(e.longitude())));
    }
    if (e.url() != null) {
      event = event.add(new Url(URI.create(e.url())));
    }
    if (e.categories() != null && !e.categories().isEmpty()) {
      event = event.add(new Categories(new TextList(e.categories())));
    }
    return event;
  }
}
