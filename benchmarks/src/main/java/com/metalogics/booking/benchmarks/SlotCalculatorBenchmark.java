package com.metalogics.booking.benchmarks;

import com.metalogics.booking.core.availability.SlotCalculator;
import com.metalogics.booking.core.availability.SlotQuery;
import com.metalogics.booking.core.domain.BusinessHours;
import com.metalogics.booking.core.domain.TimeSlot;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
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
 * The slot calculation over 30 days, 15-minute increment, 30-minute slots, with growing numbers of
 * busy intervals spread over the range in random order.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SlotCalculatorBenchmark {

  @Param({"0", "200", "2000", "20000"})
  public int busyIntervals;

  @Param({"RUNS", "RANDOM"})
  public String order;

  private SlotQuery query;

  @Setup
  public void setUp() {
    ZoneId zone = ZoneId.of("America/New_York");
    Instant from = Instant.parse("2027-03-01T05:00:00Z");
    Instant to = from.plus(Duration.ofDays(30));
    SplittableRandom random = new SplittableRandom(42);
    List<TimeSlot> busy = new ArrayList<>(busyIntervals);
    long span = Duration.between(from, to).toMinutes();
    for (int i = 0; i < busyIntervals; i++) {
      Instant start = from.plus(Duration.ofMinutes(random.nextLong(span)));
      busy.add(TimeSlot.of(start, Duration.ofMinutes(5 + random.nextInt(55))));
    }
    if (order.equals("RUNS")) {
      int half = busy.size() / 2;
      busy.subList(0, half).sort(null);
      busy.subList(half, busy.size()).sort(null);
    }
    query =
        new SlotQuery(
            new TimeSlot(from, to),
            Duration.ofMinutes(30),
            Duration.ofMinutes(15),
            new BusinessHours(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), 9, 17, zone),
            Duration.ofMinutes(15),
            from,
            to,
            busy);
  }

  @Benchmark
  public List<TimeSlot> availableSlots() {
    return SlotCalculator.availableSlots(query);
  }
}
