package com.metalogics.booking.adapter.jdbi;

import static com.metalogics.booking.core.contract.Fixtures.NOW;
import static com.metalogics.booking.core.contract.Fixtures.attendee;
import static org.assertj.core.api.Assertions.assertThat;

import com.metalogics.booking.core.application.ManageTokens;
import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.Placement;
import com.metalogics.booking.core.domain.SlotUnavailableException;
import com.metalogics.booking.core.domain.TimeSlot;
import com.metalogics.booking.core.port.out.BookingRepository;
import com.metalogics.booking.core.port.out.FrequencyLimit;
import com.metalogics.booking.core.port.out.PeriodCap;
import com.metalogics.booking.core.port.out.Reservation;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Two app instances (two pools on one database), 16 threads each, booking an event type that takes
 * at most 3 bookings a day onto a day of 48 free half hours, each attempt for another e-mail: far
 * more bookings fit the day than the limit allows, so the limit is what stops the winners.
 */
final class CapRace {

  static final int ATTEMPTS = 400;
  static final int THREADS_PER_INSTANCE = 16;
  static final int PER_DAY = 3;
  private static final int SLOTS = 48;
  private static final Duration LENGTH = Duration.ofMinutes(30);
  private static final Instant DAY = Instant.parse("2029-07-02T00:00:00Z");
  private static final String TYPE = "capped";
  private static final PeriodCap CAP =
      new PeriodCap(TYPE, DAY, DAY.plus(Duration.ofDays(1)), PER_DAY);

  private final AtomicInteger won = new AtomicInteger();
  private final AtomicInteger slotTaken = new AtomicInteger();
  private final AtomicInteger limitHit = new AtomicInteger();
  private final Queue<Throwable> unexpected = new ConcurrentLinkedQueue<>();

  /** Runs the race and asserts what the database holds afterwards. */
  static void runAndCheck(StorageConfig database) throws Exception {
    StorageConfig pooled = database.withMaxPoolSize(THREADS_PER_INSTANCE);
    try (JdbiStorage first = JdbiStorage.open(pooled);
        JdbiStorage second = JdbiStorage.open(pooled)) {
      CapRace race = new CapRace();
      Racers.run(
          List.of(first.repository(), second.repository()),
          THREADS_PER_INSTANCE,
          ATTEMPTS,
          (repository, random) -> race.attempt(repository, random.nextInt(SLOTS)));
      race.check(first.repository());
    }
  }

  private void attempt(BookingRepository repository, int slot) {
    UUID id = UUID.randomUUID();
    Booking booking =
        Booking.newBooking(
            id,
            attendee("racer-" + id + "@example.com"),
            TimeSlot.of(DAY.plus(LENGTH.multipliedBy(slot)), LENGTH),
            NOW,
            ManageTokens.hash("token-" + id),
            Optional.empty(),
            new Placement(TYPE, "owner"));
    FrequencyLimit limit = new FrequencyLimit(10, NOW.minus(Duration.ofDays(30)), 30);
    try {
      repository.reserve(new Reservation(booking, Duration.ZERO, limit, List.of(CAP)));
      won.incrementAndGet();
    } catch (SlotUnavailableException e) {
      if (e.reason() == SlotUnavailableException.Reason.LIMIT_REACHED) {
        limitHit.incrementAndGet();
      } else {
        slotTaken.incrementAndGet();
      }
    } catch (RuntimeException e) {
      unexpected.add(e);
    }
  }

  private void check(BookingRepository repository) {
    assertThat(unexpected).as("exceptions other than slot/limit refusals").isEmpty();
    assertThat(won.get() + slotTaken.get() + limitHit.get()).isEqualTo(ATTEMPTS);
    List<Booking> confirmed =
        repository.findActiveOverlapping(new TimeSlot(CAP.from(), CAP.to())).stream()
            .filter(b -> b.placement().eventType().equals(TYPE))
            .toList();
    assertThat(confirmed).hasSize(won.get()).hasSize(PER_DAY);
    assertThat(limitHit.get()).isPositive();
  }
}
