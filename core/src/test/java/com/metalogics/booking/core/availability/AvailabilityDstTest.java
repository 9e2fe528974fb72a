package com.metalogics.booking.core.availability;

import static com.metalogics.booking.core.availability.TypeBuilder.type;
import static org.assertj.core.api.Assertions.assertThat;

import com.metalogics.booking.core.domain.Blackout;
import com.metalogics.booking.core.domain.DateOverride;
import com.metalogics.booking.core.domain.EventType;
import com.metalogics.booking.core.domain.Schedule;
import com.metalogics.booking.core.domain.TimeRange;
import com.metalogics.booking.core.domain.TimeSlot;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The DST policy over every transition from 2024 to 2030 of four zones: whole-hour shifts (New
 * York, Berlin), a 30-minute shift (Lord Howe) and shifts at midnight (Santiago). Schedules are
 * random, with ranges that start, end or lie wholly inside the gap or the repeated hour. Each case
 * names its seed; rerun one with {@code -Davailability.seed=<seed>}.
 */
class AvailabilityDstTest {

  private static final List<ZoneId> ZONES =
      List.of(
          ZoneId.of("America/New_York"),
          ZoneId.of("Europe/Berlin"),
          ZoneId.of("Australia/Lord_Howe"),
          ZoneId.of("America/Santiago"));
  private static final int CASES_PER_TRANSITION = 12;

  @Test
  void everyTransition_noSlotInAGap_noneTwiceInARepeatedHour_allInsideLocalRanges() {
    long seed = Long.getLong("availability.seed", System.nanoTime());
    int transitions = 0;
    for (ZoneId zone : ZONES) {
      for (ZoneOffsetTransition t : transitions(zone)) {
        transitions++;
        for (int c = 0; c < CASES_PER_TRANSITION; c++) {
          checkCase(zone, t, seed++);
        }
      }
    }
    assertThat(transitions).isEqualTo(4 * 7 * 2);
  }

  private static List<ZoneOffsetTransition> transitions(ZoneId zone) {
    List<ZoneOffsetTransition> out = new ArrayList<>();
    Instant end = LocalDate.of(2031, 1, 1).atStartOfDay(zone).toInstant();
    ZoneOffsetTransition t =
        zone.getRules().nextTransition(LocalDate.of(2024, 1, 1).atStartOfDay(zone).toInstant());
    for (;
        t != null && t.getInstant().isBefore(end);
        t = zone.getRules().nextTransition(t.getInstant())) {
      out.add(t);
    }
    return out;
  }

  private static void checkCase(ZoneId zone, ZoneOffsetTransition t, long seed) {
    Random random = new Random(seed);
    LocalDateTime pivot = t.getDateTimeBefore();
    LocalDate day = pivot.toLocalDate();
    Schedule schedule = randomSchedule(random, zone, pivot);
    int minutes = 5 * (1 + random.nextInt(24));
    TypeBuilder builder = type().minutes(minutes);
    if (random.nextBoolean()) {
      builder.increment(List.of(5, 7, 10, 15, 20, 30, 45, 60).get(random.nextInt(8)));
    }
    EventType eventType = builder.build();
    AvailabilityInput input =
        new AvailabilityInput(
            eventType,
            schedule,
            Optional.empty(),
            BusyTimes.none(),
            BookingCounts.none(),
            day.minusDays(7).atStartOfDay(zone).toInstant());
    TimeSlot range =
        new TimeSlot(
            day.minusDays(1).atStartOfDay(zone).toInstant(),
            day.plusDays(2).atStartOfDay(zone).toInstant());
    List<TimeSlot> slots = Availability.slots(input, range, Duration.ofMinutes(minutes));
    String where =
        "seed "
            + seed
            + " "
            + t
            + " "
            + schedule
            + " "
            + eventType.incrementFor(Duration.ofMinutes(minutes));
    Set<LocalDateTime> localStarts = new HashSet<>();
    for (TimeSlot slot : slots) {
      LocalDateTime local = LocalDateTime.ofInstant(slot.start(), zone);
      assertThat(localStarts.add(local)).as(where + " twice: " + local).isTrue();
      assertThat(LocalOracle.isSecondOccurrence(slot.start(), zone))
          .as(where + " in the repeated hour: " + slot)
          .isFalse();
      assertThat(LocalOracle.insideLocalRange(schedule, slot.start(), slot.end()))
          .as(where + " outside the local ranges (or in a gap): " + slot)
          .isTrue();
    }
    assertThat(slots).as(where).isEqualTo(expected(schedule, day, eventType, minutes));
  }

  /** The oracle: every grid start of every window, but none in a second occurrence. */
  private static List<TimeSlot> expected(Schedule s, LocalDate day, EventType type, int minutes) {
    Duration length = Duration.ofMinutes(minutes);
    Duration step = type.incrementFor(length);
    List<TimeSlot> out = new ArrayList<>();
    for (LocalDate d = day.minusDays(1); d.isBefore(day.plusDays(2)); d = d.plusDays(1)) {
      for (Instant[] window : LocalOracle.windows(s, d)) {
        for (Instant start = window[0];
            !start.plus(length).isAfter(window[1]);
            start = start.plus(step)) {
          if (!LocalOracle.isSecondOccurrence(start, s.timeZone())) {
            out.add(TimeSlot.of(start, length));
          }
        }
      }
    }
    return out;
  }

  /**
   * Ranges every weekday around the transition's local time (for the day before, near its end; for
   * the day after, near its start), sometimes an override or a blackout on the days around.
   */
  private static Schedule randomSchedule(Random random, ZoneId zone, LocalDateTime pivot) {
    LocalDate day = pivot.toLocalDate();
    int at = pivot.getHour() * 60 + pivot.getMinute();
    Map<DayOfWeek, List<TimeRange>> weekly = new EnumMap<>(DayOfWeek.class);
    for (int offset = -1; offset <= 1; offset++) {
      weekly.put(day.plusDays(offset).getDayOfWeek(), ranges(random, at - offset * 1440));
    }
    List<DateOverride> overrides = new ArrayList<>();
    if (random.nextInt(3) == 0) {
      overrides.add(new DateOverride(day, ranges(random, at)));
    }
    List<Blackout> blackouts = new ArrayList<>();
    if (random.nextInt(8) == 0) {
      blackouts.add(new Blackout(day.plusDays(1), day.plusDays(1), "Holiday"));
    }
    return new Schedule("dst", "DST", zone, weekly, overrides, blackouts);
  }

  /** 1 to 3 ranges from sorted distinct minutes near {@code pivot}. */
  private static List<TimeRange> ranges(Random random, int pivot) {
    int low = Math.max(0, Math.min(1380, pivot - 150));
    int high = Math.min(1440, Math.max(60, pivot + 150));
    Set<Integer> points = new java.util.TreeSet<>();
    int count = 2 * (1 + random.nextInt(3));
    while (points.size() < count) {
      int minute = low + random.nextInt(high - low + 1);
      points.add(random.nextBoolean() ? minute - minute % 15 : minute);
    }
    List<Integer> sorted = new ArrayList<>(points);
    List<TimeRange> out = new ArrayList<>();
    for (int i = 0; i + 1 < sorted.size(); i += 2) {
      out.add(new TimeRange(sorted.get(i), sorted.get(i + 1)));
    }
    return out;
  }
}
