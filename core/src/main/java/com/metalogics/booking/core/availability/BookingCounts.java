package com.metalogics.booking.core.availability;

import com.metalogics.booking.core.domain.TimeSlot;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.Map;

/**
 * Bookings already taken, per local date in the zone the limits are counted in ({@link
 * AvailabilityInput#limitZone()}); weeks (Monday to Sunday) and months are summed from the days.
 */
public final class BookingCounts {

  private static final BookingCounts NONE = new BookingCounts(Map.of());

  private final Map<LocalDate, Integer> perDay;
  private final Map<LocalDate, Integer> perWeek = new HashMap<>();
  private final Map<YearMonth, Integer> perMonth = new HashMap<>();

  private BookingCounts(Map<LocalDate, Integer> perDay) {
    this.perDay = Map.copyOf(perDay);
    this.perDay.forEach(
        (date, count) -> {
          if (count < 0) {
            throw new IllegalArgumentException("count on " + date + " is negative: " + count);
          }
          perWeek.merge(mondayOf(date), count, Integer::sum);
          perMonth.merge(YearMonth.from(date), count, Integer::sum);
        });
  }

  public static BookingCounts none() {
    return NONE;
  }

  /** Bookings per local date; dates not listed have none. */
  public static BookingCounts of(Map<LocalDate, Integer> perDay) {
    return perDay.isEmpty() ? NONE : new BookingCounts(perDay);
  }

  /**
   * The instants whose bookings the limits over {@code range} depend on: from the start of the
   * first week or month touched to the end of the last, in {@code zone}.
   */
  public static TimeSlot countedSpan(TimeSlot range, ZoneId zone) {
    LocalDate first = LocalDate.ofInstant(range.start(), zone);
    LocalDate last = LocalDate.ofInstant(range.end(), zone);
    LocalDate from = min(mondayOf(first), first.withDayOfMonth(1));
    LocalDate to = max(mondayOf(last).plusDays(6), last.with(TemporalAdjusters.lastDayOfMonth()));
    return new TimeSlot(
        from.atStartOfDay(zone).toInstant(), to.plusDays(1).atStartOfDay(zone).toInstant());
  }

  public boolean isEmpty() {
    return perDay.isEmpty();
  }

  public int onDay(LocalDate date) {
    return perDay.getOrDefault(date, 0);
  }

  public int inWeekOf(LocalDate date) {
    return perWeek.getOrDefault(mondayOf(date), 0);
  }

  public int inMonthOf(LocalDate date) {
    return perMonth.getOrDefault(YearMonth.from(date), 0);
  }

  @Override
  public String toString() {
    return "BookingCounts" + perDay;
  }

  private static LocalDate mondayOf(LocalDate date) {
    return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}
