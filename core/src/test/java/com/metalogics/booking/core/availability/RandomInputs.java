package com.metalogics.booking.core.availability;

import com.metalogics.booking.core.domain.Blackout;
import com.metalogics.booking.core.domain.BookingLimits;
import com.metalogics.booking.core.domain.DateOverride;
import com.metalogics.booking.core.domain.Schedule;
import com.metalogics.booking.core.domain.TimeRange;
import com.metalogics.booking.core.domain.TimeSlot;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Random;
import java.util.TreeSet;

/** Random schedules, limits, counts and busy times for the property tests. */
final class RandomInputs {

  static final List<ZoneId> ZONES =
      List.of(
          ZoneId.of("America/New_York"),
          ZoneId.of("Europe/Berlin"),
          ZoneId.of("Asia/Kolkata"),
          ZoneId.of("Australia/Lord_Howe"),
          ZoneId.of("America/Santiago"),
          ZoneId.of("UTC"));

  /** Days holding a DST change in some of the zones, in 2027. */
  private static final List<LocalDate> DST_DAYS =
      List.of(
          LocalDate.of(2027, 3, 14),
          LocalDate.of(2027, 3, 28),
          LocalDate.of(2027, 4, 3),
          LocalDate.of(2027, 10, 3),
          LocalDate.of(2027, 10, 31),
          LocalDate.of(2027, 11, 7));

  private final Random random;

  RandomInputs(Random random) {
    this.random = random;
  }

  int between(int low, int high) {
    return low + random.nextInt(high - low + 1);
  }

  boolean chance(int oneIn) {
    return random.nextInt(oneIn) == 0;
  }

  ZoneId zone() {
    return ZONES.get(random.nextInt(ZONES.size()));
  }

  /** A first day, half of the time a few days before a DST change. */
  LocalDate firstDay() {
    return chance(2)
        ? DST_DAYS.get(random.nextInt(DST_DAYS.size())).minusDays(between(0, 4))
        : LocalDate.of(2027, 1, 1).plusDays(between(0, 364));
  }

  Schedule schedule(String id, ZoneId zone, LocalDate first, int days) {
    Map<DayOfWeek, List<TimeRange>> weekly = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek day : DayOfWeek.values()) {
      weekly.put(day, chance(5) ? List.of() : ranges());
    }
    List<DateOverride> overrides = new ArrayList<>();
    TreeSet<LocalDate> dates = new TreeSet<>();
    for (int i = between(0, 5); i > 0; i--) {
      dates.add(first.plusDays(between(-1, days)));
    }
    dates.forEach(d -> overrides.add(new DateOverride(d, chance(3) ? List.of() : ranges())));
    List<Blackout> blackouts = new ArrayList<>();
    for (int i = chance(2) ? 0 : between(1, 2); i > 0; i--) {
      LocalDate from = first.plusDays(between(-2, days));
      blackouts.add(new Blackout(from, from.plusDays(between(0, 2)), "Away"));
    }
    return new Schedule(id, id, zone, weekly, overrides, blackouts);
  }

  /** 1 to 3 ranges from sorted distinct minutes, sometimes touching, sometimes to 24:00. */
  List<TimeRange> ranges() {
    TreeSet<Integer> points = new TreeSet<>();
    int count = 2 * between(1, 3);
    while (points.size() < count) {
      int minute = between(0, 1440);
      points.add(chance(2) ? minute - minute % 30 : minute);
    }
    List<Integer> sorted = new ArrayList<>(points);
    List<TimeRange> out = new ArrayList<>();
    for (int i = 0; i + 1 < sorted.size(); i += 2) {
      int from = sorted.get(i);
      if (from == 1440) {
        break;
      }
      boolean touch = !out.isEmpty() && chance(4);
      out.add(new TimeRange(touch ? out.get(out.size() - 1).toMinute() : from, sorted.get(i + 1)));
    }
    return out;
  }

  BookingLimits limits() {
    return new BookingLimits(
        chance(2) ? OptionalInt.of(between(1, 4)) : OptionalInt.empty(),
        chance(3) ? OptionalInt.of(between(2, 10)) : OptionalInt.empty(),
        chance(4) ? OptionalInt.of(between(4, 20)) : OptionalInt.empty());
  }

  BookingCounts counts(TimeSlot span, ZoneId zone) {
    Map<LocalDate, Integer> counts = new HashMap<>();
    LocalDate from = LocalDate.ofInstant(span.start(), zone);
    LocalDate to = LocalDate.ofInstant(span.end(), zone);
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      if (chance(3)) {
        counts.put(d, between(0, 4));
      }
    }
    return BookingCounts.of(counts);
  }

  /** Busy intervals around the range, in random order, some overlapping, some empty. */
  List<TimeSlot> busy(TimeSlot range) {
    List<TimeSlot> out = new ArrayList<>();
    long minutes = range.length().toMinutes();
    for (int i = between(0, 60); i > 0; i--) {
      Instant start =
          range.start().plusSeconds(60L * between(-300, (int) minutes + 300) + between(0, 1) * 17);
      out.add(TimeSlot.of(start, Duration.ofMinutes(between(0, 240))));
    }
    return out;
  }
}
