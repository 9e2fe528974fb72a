package com.metalogics.booking.adapter.jdbi;

import static com.metalogics.booking.core.contract.Fixtures.NOW;
import static com.metalogics.booking.core.contract.Fixtures.booking;
import static org.assertj.core.api.Assertions.assertThat;

import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.FrequencyLimitExceededException;
import com.metalogics.booking.core.domain.SlotUnavailableException;
import com.metalogics.booking.core.domain.TimeSlot;
import com.metalogics.booking.core.port.out.BookingRepository;
import com.metalogics.booking.core.port.out.FrequencyLimit;
import com.metalogics.booking.core.port.out.Reservation;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Two app instances (two pools on one database), 16 threads each, hammering one e-mail address onto
 * a grid of overlapping slots. Every slot blocks its two neighbours on each side, so at least 40
 * bookings always fit and the limit of 30 is always what stops the winners.
 */
final class ReserveRace {

  static final int ATTEMPTS = 2_000;
  static final int THREADS_PER_INSTANCE = 16;
  static final int MAX_PER_EMAIL = 30;
  private static final int GRID_POSITIONS = 200;
  private static final Duration STEP = Duration.ofMinutes(15);
  private static final Duration LENGTH = Duration.ofMinutes(30);
  private static final Duration BUFFER = Duration.ofMinutes(15);
  private static final Instant GRID_START = Instant.parse("2029-06-04T00:00:00Z");
  private static final String EMAIL = "racer@example.com";

  private final AtomicInteger won = new AtomicInteger();
  private final AtomicInteger slotTaken = new AtomicInteger();
  private final AtomicInteger limitHit = new AtomicInteger();
  private final Queue<Throwable> unexpected = new ConcurrentLinkedQueue<>();

  /** Runs the race and asserts the invariants on what the database holds afterwards. */
  static void runAndCheck(StorageConfig database) throws Exception {
    StorageConfig pooled = database.withMaxPoolSize(THREADS_PER_INSTANCE);
    try (JdbiStorage first = JdbiStorage.open(pooled);
        JdbiStorage second = JdbiStorage.open(pooled)) {
      ReserveRace race = new ReserveRace();
      race.run(List.of(first.repository(), second.repository()));
      race.check(first.repository());
      LoadsBackFill.assertTotalsMatch(first.dataSource());
    }
  }

  private void run(List<BookingRepository> instances) throws Exception {
    Racers.run(
        instances,
        THREADS_PER_INSTANCE,
        ATTEMPTS,
        (repository, random) -> attempt(repository, random.nextInt(GRID_POSITIONS)));
  }

  private void attempt(BookingRepository repository, int position) {
    Booking booking = booking(GRID_START.plus(STEP.multipliedBy(position)), LENGTH, EMAIL, NOW);
    FrequencyLimit limit = new FrequencyLimit(MAX_PER_EMAIL, NOW.minus(Duration.ofDays(30)), 30);
    try {
      repository.reserve(new Reservation(booking, BUFFER, limit));
      won.incrementAndGet();
    } catch (SlotUnavailableException e) {
      slotTaken.incrementAndGet();
    } catch (FrequencyLimitExceededException e) {
      limitHit.incrementAndGet();
    } catch (RuntimeException e) {
      unexpected.add(e);
    }
  }

  private void check(BookingRepository repository) {
    assertThat(unexpected).as("exceptions other than slot/limit refusals").isEmpty();
    assertThat(won.get() + slotTaken.get() + limitHit.get()).isEqualTo(ATTEMPTS);
    TimeSlot grid = TimeSlot.of(GRID_START, STEP.multipliedBy(GRID_POSITIONS + 4L));
    List<Booking> active = repository.findActiveOverlapping(grid);
    assertThat(active).hasSize(won.get());
    for (int i = 1; i < active.size(); i++) {
      TimeSlot previous = active.get(i - 1).slot().widen(BUFFER);
      assertThat(previous.overlaps(active.get(i).slot()))
          .as("%s and %s overlap", active.get(i - 1).slot(), active.get(i).slot())
          .isFalse();
    }
    assertThat(repository.countActiveByEmailSince(EMAIL, NOW.minus(Duration.ofDays(30))))
        .isEqualTo(won.get())
        .isEqualTo(MAX_PER_EMAIL);
    assertThat(slotTaken.get()).isPositive();
    assertThat(limitHit.get()).isPositive();
  }
}
