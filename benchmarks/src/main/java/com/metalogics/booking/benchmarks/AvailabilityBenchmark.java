package com.metalogics.booking.benchmarks;

import com.metalogics.booking.core.availability.Availability;
import com.metalogics.booking.core.availability.AvailabilityInput;
import com.metalogics.booking.core.availability.BookingCounts;
import com.metalogics.booking.core.availability.BusyTimes;
import com.metalogics.booking.core.availability.HoldBack;
import com.metalogics.booking.core.availability.Priority;
import com.metalogics.booking.core.availability.Priority.VipTerms;
import com.metalogics.booking.core.domain.Assignment;
import com.metalogics.booking.core.domain.Blackout;
import com.metalogics.booking.core.domain.BookingLimits;
import com.metalogics.booking.core.domain.DateOverride;
import com.metalogics.booking.core.domain.EventType;
import com.metalogics.booking.core.domain.Schedule;
import com.metalogics.booking.core.domain.SlotUnavailableException.Reason;
import com.metalogics.booking.core.domain.TimeRange;
import com.metalogics.booking.core.domain.TimeSlot;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The availability function over 30 days: 15-minute increment, 30-minute slots, buffers of 15
 * minutes, a schedule with two ranges every weekday, 10 date overrides and 5 blackout periods, and
 * busy intervals spread over the range. The busy times are turned into {@link BusyTimes} inside the
 * measurement, so sorting them counts. Targets (issue 13): at most 20 us with no busy times and 60
 * us with 2,000 in random order.
 *
 * <p>{@code vip}: {@code NONE} asks with no VIP rule at all; {@code OTHER} as a visitor from whom a
 * tier holds back 30 % of each day (released 48 hours before), so the held-back slots are computed;
 * {@code VIP} as that tier's member, with a longer advance. Target (issue 19): {@code OTHER} and
 * {@code VIP} at most 10 % above {@code NONE}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AvailabilityBenchmark {

  @Param({"0", "2000"})
  public int busyIntervals;

  @Param({"RANDOM", "RUNS"})
  public String order;

  @Param({"NONE", "OTHER", "VIP"})
  public String vip;

  private List<TimeSlot> busy;
  private TimeSlot range;
  private EventType type;
  private Schedule schedule;
  private Instant now;
  private TimeSlot request;
  private Priority priority;

  @Setup
  public void setUp() {
    ZoneId zone = ZoneId.of("America/New_York");
    LocalDate first = LocalDate.of(2027, 3, 1);
    Instant from = first.atStartOfDay(zone).toInstant();
    range = new TimeSlot(from, from.plus(Duration.ofDays(30)));
    now = from.minus(Duration.ofDays(1));
    schedule = schedule(zone, first);
    type = eventType();
    busy = busy(range, busyIntervals, order);
    request = TimeSlot.of(first.plusDays(8).atTime(13, 30).atZone(zone).toInstant(), minutes(30));
    priority = priority(vip);
  }

  private static Priority priority(String visitor) {
    HoldBack hold = new HoldBack(30, Duration.ofHours(48));
    return switch (visitor) {
      case "NONE" -> Priority.ORDINARY;
      case "OTHER" -> Priority.ordinary(hold);
      case "VIP" -> Priority.vip(hold, new VipTerms(Optional.empty(), OptionalInt.of(180)));
      default -> throw new IllegalArgumentException("vip must be NONE, OTHER or VIP: " + visitor);
    };
  }

  @Benchmark
  public List<TimeSlot> slots() {
    return Availability.slots(input(), range, minutes(30));
  }

  @Benchmark
  public Optional<Reason> admission() {
    return Availability.refusalOf(input(), request);
  }

  private AvailabilityInput input() {
    return new AvailabilityInput(
        type, schedule, Optional.empty(), BusyTimes.of(busy), BookingCounts.none(), now, priority);
  }

  private static Schedule schedule(ZoneId zone, LocalDate first) {
    List<DateOverride> overrides = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      LocalDate date = first.plusDays(3L * i + 1);
      overrides.add(
          i % 3 == 0
              ? DateOverride.closed(date)
              : new DateOverride(date, List.of(TimeRange.parse("10:00", "15:00"))));
    }
    List<Blackout> blackouts = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      LocalDate date = first.plusDays(6L * i + 2);
      blackouts.add(new Blackout(date, date.plusDays(i % 2), "Away"));
    }
    Map<DayOfWeek, List<TimeRange>> weekly = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek day : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)) {
      weekly.put(
          day, List.of(TimeRange.parse("09:00", "12:00"), TimeRange.parse("13:00", "17:30")));
    }
    return new Schedule("default", "Business hours", zone, weekly, overrides, blackouts);
  }

  private static EventType eventType() {
    return new EventType(
        "meeting",
        "Meeting",
        "",
        "",
        List.of(minutes(30)),
        minutes(30),
        Optional.of(minutes(15)),
        minutes(15),
        minutes(15),
        Duration.ZERO,
        90,
        BookingLimits.none(),
        Optional.empty(),
        Assignment.SINGLE,
        List.of("owner"),
        Optional.empty(),
        true);
  }

  private static List<TimeSlot> busy(TimeSlot range, int count, String order) {
    SplittableRandom random = new SplittableRandom(42);
    List<TimeSlot> out = new ArrayList<>(count);
    long span = range.length().toMinutes();
    for (int i = 0; i < count; i++) {
      Instant start = range.start().plus(minutes(random.nextLong(span)));
      out.add(TimeSlot.of(start, minutes(5 + random.nextInt(55))));
    }
    if (order.equals("RUNS")) {
      int half = out.size() / 2;
      out.subList(0, half).sort(null);
      out.subList(half, out.size()).sort(null);
    }
    return out;
  }

  private static Duration minutes(long minutes) {
    return Duration.ofMinutes(minutes);
  }
}
