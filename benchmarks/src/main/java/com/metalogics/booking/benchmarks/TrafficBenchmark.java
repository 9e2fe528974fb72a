package com.metalogics.booking.benchmarks;

import com.metalogics.booking.core.application.BookingEngine;
import com.metalogics.booking.core.domain.BookingRules;
import com.metalogics.booking.core.inmemory.InMemoryBookingRepository;
import com.metalogics.booking.core.port.in.AvailableSlots;
import com.metalogics.booking.core.port.in.AvailableSlotsQuery;
import com.metalogics.booking.core.port.in.CountTraffic;
import com.metalogics.booking.core.port.in.FindAvailableSlots;
import com.metalogics.booking.core.port.in.SlotRange;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What counting a search adds to the slots path (issue 20: at most 5 %). {@code countSearch} is the
 * count a slots request makes, for visitors from 10,000 addresses; {@code slotsQuery} is the
 * engine's slots answer over 30 days, which every slots request computes unless the HTTP answer
 * cache has it (in-memory storage, so no database read is in it: the comparison errs against the
 * count). The share is countSearch / slotsQuery; the HTTP stack around both makes it smaller still.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TrafficBenchmark {

  private static final int ADDRESSES = 10_000;
  private static final String USER_AGENT =
      "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari";

  private final String[] addresses = new String[ADDRESSES];
  private CountTraffic traffic;
  private FindAvailableSlots slots;
  private AvailableSlotsQuery query;
  private int next;

  @Setup
  public void setUp() {
    Clock clock = Clock.systemUTC();
    BookingEngine engine =
        BookingEngine.builder()
            .repository(new InMemoryBookingRepository())
            .rules(BookingRules.defaults())
            .clock(clock)
            .manageTokenSecret(new byte[32])
            .build();
    traffic = engine.countTraffic();
    slots = engine.findAvailableSlots();
    LocalDate from = LocalDate.now(ZoneOffset.UTC).plusDays(2);
    query = new AvailableSlotsQuery(SlotRange.dates(from, from.plusDays(29)), 30);
    for (int i = 0; i < ADDRESSES; i++) {
      addresses[i] = "203.0." + (i / 256) + "." + (i % 256);
    }
    slots.handle(query);
  }

  @Benchmark
  public void countSearch() {
    next = (next + 1) % ADDRESSES;
    traffic.slotsSearched(Optional.empty(), addresses[next], USER_AGENT);
  }

  @Benchmark
  public AvailableSlots slotsQuery() {
    return slots.handle(query);
  }
}
