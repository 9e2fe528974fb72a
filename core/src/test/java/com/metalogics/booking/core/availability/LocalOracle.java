package com.metalogics.booking.core.availability;

import com.metalogics.booking.core.domain.Schedule;
import com.metalogics.booking.core.domain.TimeRange;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;

/**
 * The schedule's DST policy written once more with java.time's own types, as the tests' oracle for
 * the engine's offset arithmetic.
 */
final class LocalOracle {

  private LocalOracle() {}

  /** A local minute of a date as an instant: a gap moves to its end, a repeat to its first time. */
  static Instant instantOf(LocalDate date, int minute, ZoneId zone) {
    LocalDateTime local = date.atStartOfDay().plusMinutes(minute);
    ZoneOffsetTransition transition = zone.getRules().getTransition(local);
    if (transition != null && transition.isGap()) {
      return transition.getInstant();
    }
    return local.atZone(zone).withEarlierOffsetAtOverlap().toInstant();
  }

  /** True when the local time of the instant occurred before, in a repeated hour. */
  static boolean isSecondOccurrence(Instant instant, ZoneId zone) {
    ZonedDateTime local = instant.atZone(zone);
    return !local.withEarlierOffsetAtOverlap().toInstant().equals(instant);
  }

  /** The ranges of a date with touching ones joined, as minute pairs. */
  static List<int[]> joinedRanges(Schedule schedule, LocalDate date) {
    List<int[]> out = new ArrayList<>();
    for (TimeRange range : schedule.rangesOn(date)) {
      if (!out.isEmpty() && out.get(out.size() - 1)[1] == range.fromMinute()) {
        out.get(out.size() - 1)[1] = range.toMinute();
      } else {
        out.add(new int[] {range.fromMinute(), range.toMinute()});
      }
    }
    return out;
  }

  /** The open windows of a date, as instant pairs. */
  static List<Instant[]> windows(Schedule schedule, LocalDate date) {
    List<Instant[]> out = new ArrayList<>();
    for (int[] range : joinedRanges(schedule, date)) {
      Instant open = instantOf(date, range[0], schedule.timeZone());
      Instant close = instantOf(date, range[1], schedule.timeZone());
      if (open.isBefore(close)) {
        out.add(new Instant[] {open, close});
      }
    }
    return out;
  }

  /**
   * True when {@code [start, end)} lies in one range of its start's local date, in local terms: the
   * local start is not before the range's start and the end not after the range's end.
   */
  static boolean insideLocalRange(Schedule schedule, Instant start, Instant end) {
    ZonedDateTime local = start.atZone(schedule.timeZone());
    int second = local.toLocalTime().toSecondOfDay();
    for (int[] range : joinedRanges(schedule, local.toLocalDate())) {
      Instant close = instantOf(local.toLocalDate(), range[1], schedule.timeZone());
      if (second >= range[0] * 60 && !end.isAfter(close)) {
        return true;
      }
    }
    return false;
  }
}
