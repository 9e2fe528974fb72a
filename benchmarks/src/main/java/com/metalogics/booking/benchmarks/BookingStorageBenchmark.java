package com.metalogics.booking.benchmarks;

import com.metalogics.booking.adapter.jdbi.JdbiStorage;
import com.metalogics.booking.adapter.jdbi.StorageConfig;
import com.metalogics.booking.core.domain.Attendee;
import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.TimeSlot;
import com.metalogics.booking.core.port.out.BookingRepository;
import com.metalogics.booking.core.port.out.FrequencyLimit;
import com.metalogics.booking.core.port.out.Reservation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Every storage call one {@code POST /api/bookings} makes on an H2 file, in the order the core
 * makes them: limit override, recent-booking count, reserve (lock, checks, insert, commit), and the
 * write of the mirror result. Isolates the storage cost per booking from HTTP and JSON; the load
 * benchmark (benchmarks/load.sh) measures the whole request.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgs = "-Xmx128m")
public class BookingStorageBenchmark {

  private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MICROS);
  private static final Instant FIRST_SLOT = Instant.parse("2030-01-07T09:00:00Z");
  private static final Duration SLOT = Duration.ofMinutes(15);
  private static final Duration WINDOW = Duration.ofDays(30);

  private final AtomicLong next = new AtomicLong();
  private Path directory;
  private JdbiStorage storage;
  private BookingRepository repository;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    directory = Files.createTempDirectory("booking-storage-benchmark");
    storage =
        JdbiStorage.open(StorageConfig.of("jdbc:h2:file:" + directory.resolve("booking"), "", ""));
    repository = storage.repository();
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    storage.close();
    try (Stream<Path> files = Files.walk(directory)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    }
  }

  @Benchmark
  @Threads(1)
  public Booking bookOneThread() {
    return bookNext();
  }

  /** As many callers as the load benchmark's connections: the calendar lock is contended. */
  @Benchmark
  @Threads(32)
  public Booking bookThirtyTwoThreads() {
    return bookNext();
  }

  private Booking bookNext() {
    long n = next.getAndIncrement();
    Attendee attendee =
        new Attendee(
            "Bench " + n,
            "bench-" + n + "@example.com",
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            ZoneId.of("UTC"));
    String email = attendee.normalizedEmail();
    int max = repository.findLimitOverride(email).orElse(1_000_000);
    FrequencyLimit limit = new FrequencyLimit(max, NOW.minus(WINDOW), 30);
    if (repository.countActiveByEmailSince(email, limit.windowStart()) >= max) {
      throw new IllegalStateException("limit reached");
    }
    Booking fresh =
        Booking.newBooking(
            UUID.randomUUID(),
            attendee,
            TimeSlot.of(FIRST_SLOT.plus(SLOT.multipliedBy(n)), SLOT),
            NOW,
            "hash-" + n,
            Optional.empty());
    // With the integrations switched off a booking has no effects: the reservation is its one
    // write.
    return repository.reserve(new Reservation(fresh, Duration.ZERO, limit));
  }
}
