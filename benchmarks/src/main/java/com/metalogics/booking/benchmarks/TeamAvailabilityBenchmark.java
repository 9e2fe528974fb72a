package com.metalogics.booking.benchmarks;

import com.metalogics.booking.core.availability.AvailabilityInput;
import com.metalogics.booking.core.availability.BookingCounts;
import com.metalogics.booking.core.availability.BusyTimes;
import com.metalogics.booking.core.availability.PoolSlots;
import com.metalogics.booking.core.availability.Priority;
import com.metalogics.booking.core.domain.Assignment;
import com.metalogics.booking.core.domain.BookingLimits;
import com.metalogics.booking.core.domain.EventType;
import com.metalogics.booking.core.domain.Schedule;
import com.metalogics.booking.core.domain.TimeRange;
import com.metalogics.booking.core.domain.TimeSlot;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
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
 * A pool's slots over 30 days on a 15-minute grid, 30-minute slots with 15-minute buffers: each
 * host with their own schedule (weekdays, ranges shifted per host, New York or Chicago) and 200
 * busy intervals in random order, computed as the slots query does: one pass of the availability
 * function per host, then the union (round-robin) or the intersection (collective). The busy times
 * are turned into {@link BusyTimes} inside the measurement. Target (issue 15): a round-robin type
 * of 20 hosts at most 250 us, the cost growing linearly with {@code hosts}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TeamAvailabilityBenchmark {

  @Param({"5", "10", "20"})
  public int hosts;

  @Param({"200"})
  public int busyPerHost;

  @Param({"ROUND_ROBIN", "COLLECTIVE"})
  public String assignment;

  private final List<Schedule> schedules = new ArrayList<>();
  private final List<List<TimeSlot>> busy = new ArrayList<>();
  private TimeSlot range;
  private EventType type;
  private Instant now;

  @Setup
  public void setUp() {
    LocalDate first = LocalDate.of(2027, 3, 1);
    ZoneId zone = ZoneId.of("America/New_York");
    Instant from = first.atStartOfDay(zone).toInstant();
    range = new TimeSlot(from, from.plus(Duration.ofDays(30)));
    now = from.minus(Duration.ofDays(1));
    type = eventType(Assignment.valueOf(assignment), hosts);
    SplittableRandom random = new SplittableRandom(42);
    for (int h = 0; h < hosts; h++) {
      schedules.add(schedule(h));
      busy.add(busy(range, busyPerHost, random));
    }
  }

  @Benchmark
  public List<TimeSlot> poolSlots() {
    List<AvailabilityInput> perHost = new ArrayList<>(hosts);
    for (int h = 0; h < hosts; h++) {
      perHost.add(
          new AvailabilityInput(
              type,
              schedules.get(h),
              Optional.empty(),
              BusyTimes.of(busy.get(h)),
              BookingCounts.none(),
              now,
              Priority.ORDINARY));
    }
    Duration length = Duration.ofMinutes(30);
    return type.assignment() == Assignment.COLLECTIVE
        ? PoolSlots.intersection(perHost, range, length)
        : PoolSlots.union(perHost, range, length);
  }

  /**
   * Weekdays 9:00-12:00 and 13:00-17:30, shifted by a quarter hour per host; every third host in
   * Chicago.
   */
  private static Schedule schedule(int host) {
    int shift = 15 * (host % 4);
    ZoneId zone = ZoneId.of(host % 3 == 2 ? "America/Chicago" : "America/New_York");
    return Schedule.uniform(
        "s" + host,
        "Host " + host,
        zone,
        EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
        List.of(
            new TimeRange(9 * 60 + shift, 12 * 60 + shift), new TimeRange(13 * 60, 17 * 60 + 30)));
  }

  private static EventType eventType(Assignment assignment, int hosts) {
    List<String> ids = new ArrayList<>();
    for (int h = 0; h < hosts; h++) {
      ids.add("host-" + h);
    }
    return new EventType(
        "team",
        "Team",
        "",
        "",
        List.of(Duration.ofMinutes(30)),
        Duration.ofMinutes(30),
        Optional.of(Duration.ofMinutes(15)),
        Duration.ofMinutes(15),
        Duration.ofMinutes(15),
        Duration.ZERO,
        90,
        BookingLimits.none(),
        Optional.empty(),
        assignment,
        ids,
        Optional.empty(),
        true);
  }

  private static List<TimeSlot> busy(TimeSlot range, int count, SplittableRandom random) {
    List<TimeSlot> out = new ArrayList<>(count);
    long span = range.length().toMinutes();
    for (int i = 0; i < count; i++) {
      Instant start = range.start().plus(Duration.ofMinutes(random.nextLong(span)));
      out.add(TimeSlot.of(start, Duration.ofMinutes(5 + random.nextInt(55))));
    }
    return out;
  }
}
