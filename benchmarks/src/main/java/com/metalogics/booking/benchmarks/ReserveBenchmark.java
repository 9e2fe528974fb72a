package com.metalogics.booking.benchmarks;

import com.metalogics.booking.adapter.jdbi.JdbiStorage;
import com.metalogics.booking.adapter.jdbi.StorageConfig;
import com.metalogics.booking.core.domain.Attendee;
import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.TimeSlot;
import com.metalogics.booking.core.port.out.BookingRepository;
import com.metalogics.booking.core.port.out.FrequencyLimit;
import com.metalogics.booking.core.port.out.Reservation;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reservations per second through {@code JdbiStorage} on an H2 file and on an embedded PostgreSQL
 * server: every reserve takes the calendar lock, checks overlap and limit, inserts and commits.
 * Each call books a distinct slot, two hours after the previous one, for a distinct e-mail, so
 * nothing is refused and the lock is the only contention.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class ReserveBenchmark {

  private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MICROS);
  private static final Instant FIRST_SLOT = Instant.parse("2030-01-07T09:00:00Z");
  private static final Duration SLOT_GAP = Duration.ofHours(2);
  private static final int POOL_SIZE = 16;

  @Param({"h2", "postgresql"})
  public String database;

  private final AtomicLong next = new AtomicLong();
  private Path directory;
  private EmbeddedPostgres postgres;
  private JdbiStorage storage;
  private BookingRepository repository;
  private FrequencyLimit limit;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    directory = Files.createTempDirectory("reserve-benchmark");
    StorageConfig config =
        switch (database) {
          case "h2" -> StorageConfig.of("jdbc:h2:file:" + directory.resolve("booking"), "", "");
          case "postgresql" -> startPostgres();
          default -> throw new IllegalArgumentException("unknown database " + database);
        };
    storage = JdbiStorage.open(config.withMaxPoolSize(POOL_SIZE));
    repository = storage.repository();
    limit = new FrequencyLimit(5, NOW.minus(Duration.ofDays(30)), 30);
  }

  private StorageConfig startPostgres() throws IOException {
    // zonky turns synchronous_commit off for speed; measure with durable commits as in production.
    postgres =
        EmbeddedPostgres.builder()
            .setDataDirectory(directory.resolve("pgdata"))
            .setServerConfig("synchronous_commit", "on")
            .start();
    return StorageConfig.of(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "");
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    storage.close();
    if (postgres != null) {
      postgres.close();
    }
    try (Stream<Path> files = Files.walk(directory)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    }
  }

  @Benchmark
  @Threads(1)
  public Booking reserveOneThread() {
    return reserveNext();
  }

  @Benchmark
  @Threads(16)
  public Booking reserveSixteenThreads() {
    return reserveNext();
  }

  private Booking reserveNext() {
    long n = next.getAndIncrement();
    Attendee attendee =
        new Attendee(
            "Bench " + n,
            "bench-" + n + "@example.com",
            Optional.of("Benchmarks Ltd"),
            Optional.empty(),
            Optional.of("Reserve throughput"),
            ZoneId.of("Europe/London"));
    Booking booking =
        Booking.newBooking(
            UUID.randomUUID(),
            attendee,
            TimeSlot.of(FIRST_SLOT.plus(SLOT_GAP.multipliedBy(n)), Duration.ofMinutes(30)),
            NOW,
            "hash-" + n,
            Optional.empty());
    return repository.reserve(new Reservation(booking, Duration.ofMinutes(15), limit));
  }
}
