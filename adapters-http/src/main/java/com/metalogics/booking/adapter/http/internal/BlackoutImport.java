package com.metalogics.booking.adapter.http.internal;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.TimezoneInfo;
import biweekly.property.DateEnd;
import biweekly.property.DateOrDateTimeProperty;
import biweekly.property.DateStart;
import biweekly.util.DateTimeComponents;
import biweekly.util.ICalDate;
import com.metalogics.booking.core.domain.Blackout;
import com.metalogics.booking.core.domain.ValidationException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The days of an iCalendar file's events as blackouts of a schedule. An all-day event closes its
 * dates (its end date is exclusive, as iCalendar has it); a timed one closes every date it touches
 * in the schedule's zone. Floating times are the schedule's local times. The reason is the event's
 * summary, made one line and cut to what a blackout holds. Repeating events count once.
 */
final class BlackoutImport {

  static final int MAX_REASON = 200;
  static final String NO_SUMMARY = "Imported event";

  private BlackoutImport() {}

  /**
   * @throws ValidationException naming {@code body} when the text holds no calendar or an event
   *     without a start
   */
  static List<Blackout> parse(String text, ZoneId zone) {
    List<ICalendar> calendars = Biweekly.parse(text).all();
    if (calendars.isEmpty()) {
      throw ValidationException.ofField("body", "is not an iCalendar file (text/calendar)");
    }
    List<Blackout> out = new ArrayList<>();
    for (ICalendar calendar : calendars) {
      TimezoneInfo zones = calendar.getTimezoneInfo();
      List<VEvent> events = calendar.getEvents();
      for (int i = 0; i < events.size(); i++) {
        out.add(blackoutOf(events.get(i), i, zones, zone));
      }
    }
    return out;
  }

  private static Blackout blackoutOf(VEvent event, int index, TimezoneInfo zones, ZoneId zone) {
    DateStart dtStart = event.getDateStart();
    if (dtStart == null || dtStart.getValue() == null) {
      throw ValidationException.ofField("body", "event " + (index + 1) + " has no DTSTART");
    }
    ICalDate start = dtStart.getValue();
    LocalDate from = dateOf(start, dtStart, zones, zone);
    LocalDate to = from;
    DateEnd dtEnd = event.getDateEnd();
    if (dtEnd != null && dtEnd.getValue() != null) {
      to =
          dtEnd.getValue().hasTime()
              ? lastDate(instantOf(dtEnd.getValue(), dtEnd, zones, zone), zone)
              : dateOf(dtEnd.getValue(), dtEnd, zones, zone).minusDays(1);
    } else if (event.getDuration() != null && event.getDuration().getValue() != null) {
      long millis = event.getDuration().getValue().toMillis();
      to =
          start.hasTime()
              ? lastDate(instantOf(start, dtStart, zones, zone).plusMillis(millis), zone)
              : from.plusDays(Math.max(1, Duration.ofMillis(millis).toDays()) - 1);
    }
    return new Blackout(from, to.isBefore(from) ? from : to, reasonOf(event));
  }

  /** An end is exclusive: an event ending at midnight does not close the next day. */
  private static LocalDate lastDate(Instant end, ZoneId zone) {
    return LocalDate.ofInstant(end.minus(Duration.ofNanos(1)), zone);
  }

  private static LocalDate dateOf(
      ICalDate value, DateOrDateTimeProperty property, TimezoneInfo zones, ZoneId zone) {
    if (!value.hasTime() || zones.isFloating(property)) {
      DateTimeComponents local = value.getRawComponents();
      return LocalDate.of(local.getYear(), local.getMonth(), local.getDate());
    }
    return LocalDate.ofInstant(value.toInstant(), zone);
  }

  /** A floating time is the schedule's local time; any other is the instant it names. */
  private static Instant instantOf(
      ICalDate value, DateOrDateTimeProperty property, TimezoneInfo zones, ZoneId zone) {
    if (!zones.isFloating(property)) {
      return value.toInstant();
    }
    DateTimeComponents local = value.getRawComponents();
    return LocalDateTime.of(
            local.getYear(),
            local.getMonth(),
            local.getDate(),
            local.getHour(),
            local.getMinute(),
            local.getSecond())
        .atZone(zone)
        .toInstant();
  }

  private static String reasonOf(VEvent event) {
    String summary = Optional.ofNullable(event.getSummary()).map(s -> s.getValue()).orElse("");
    String oneLine = summary.replaceAll("[\\p{Cntrl}\\s]+", " ").trim();
    if (oneLine.isEmpty()) {
      return NO_SUMMARY;
    }
    if (oneLine.length() <= MAX_REASON) {
      return oneLine;
    }
    int cut =
        Character.isHighSurrogate(oneLine.charAt(MAX_REASON - 2)) ? MAX_REASON - 2 : MAX_REASON - 1;
    return oneLine.substring(0, cut) + "…";
  }
}
