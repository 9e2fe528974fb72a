package com.metalogics.booking.adapter.jdbi;

import static com.metalogics.booking.core.contract.Fixtures.NOW;
import static com.metalogics.booking.core.contract.Fixtures.attendee;
import static org.assertj.core.api.Assertions.assertThat;

import com.metalogics.booking.core.application.ManageTokens;
import com.metalogics.booking.core.domain.Assignment;
import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.Placement;
import com.metalogics.booking.core.domain.TimeSlot;
import com.metalogics.booking.core.port.out.BookingRepository;
import com.metalogics.booking.core.port.out.FrequencyLimit;
import com.metalogics.booking.core.port.out.HostChoice;
import com.metalogics.booking.core.port.out.PoolHost;
import com.metalogics.booking.core.port.out.Reservation;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * Two app instances (two pools on one database), 8 threads each, booking {@value #BOOKINGS} slots
 * of a round-robin type of five hosts, every host always free: each pick is made inside the lock
 * from the counts as they are, so at the end the hosts' counts differ by at most one. The large run
 * (64 threads, 5,000 bookings, through the engine) is {@code benchmarks/pool-fairness.sh}.
 */
final class PoolFairnessRace {

  static final int BOOKINGS = 400;
  static final int THREADS_PER_INSTANCE = 8;
  private static final Duration LENGTH = Duration.ofMinutes(30);
  private static final Instant FIRST = Instant.parse("2029-09-03T00:00:00Z");
  private static final String TYPE = "fair-pool";
  private static final List<String> HOSTS =
      List.of("fair-a", "fair-b", "fair-c", "fair-d", "fair-e");

  private final AtomicInteger next = new AtomicInteger();
  private final Queue<Throwable> unexpected = new ConcurrentLinkedQueue<>();

  static void runAndCheck(StorageConfig database) throws Exception {
    StorageConfig pooled = database.withMaxPoolSize(THREADS_PER_INSTANCE);
    try (JdbiStorage first = JdbiStorage.open(pooled);
        JdbiStorage second = JdbiStorage.open(pooled)) {
      PoolFairnessRace race = new PoolFairnessRace();
      Racers.run(
          List.of(first.repository(), second.repository()),
          THREADS_PER_INSTANCE,
          BOOKINGS,
          (repository, random) -> race.attempt(repository));
      race.check(first.repository());
      LoadsBackFill.assertTotalsMatch(first.dataSource());
    }
  }

  private void attempt(BookingRepository repository) {
    int index = next.getAndIncrement();
    UUID id = UUID.randomUUID();
    Booking booking =
        Booking.newBooking(
            id,
            attendee("fair-" + id + "@example.com"),
            TimeSlot.of(FIRST.plus(LENGTH.multipliedBy(index)), LENGTH),
            NOW,
            ManageTokens.hash("token-" + id),
            Optional.empty(),
            new Placement(TYPE, HOSTS.get(0)));
    HostChoice choice =
        new HostChoice(
            TYPE,
            Assignment.ROUND_ROBIN,
            HOSTS.stream().map(h -> new PoolHost(h, 0, 1, List.of())).toList(),
            Set.copyOf(HOSTS),
            NOW.minus(Duration.ofDays(1)));
    try {
      repository.reserve(
          new Reservation(
              booking,
              Duration.ZERO,
              new FrequencyLimit(10, NOW.minus(Duration.ofDays(30)), 30),
              List.of(),
              List.of(),
              List.of(),
              choice));
    } catch (RuntimeException e) {
      unexpected.add(e);
    }
  }

  private void check(BookingRepository repository) {
    assertThat(unexpected).as("every booking fits: each has its own slot").isEmpty();
    Map<String, Long> counts =
        repository
            .findActiveOverlapping(new TimeSlot(FIRST, FIRST.plus(LENGTH.multipliedBy(BOOKINGS))))
            .stream()
            .collect(Collectors.groupingBy(b -> b.placement().hostId(), Collectors.counting()));
    assertThat(counts.keySet()).containsExactlyInAnyOrderElementsOf(HOSTS);
    assertThat(counts.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(BOOKINGS);
    long most = counts.values().stream().mapToLong(Long::longValue).max().orElseThrow();
    long least = counts.values().stream().mapToLong(Long::longValue).min().orElseThrow();
    assertThat(most - least).as("spread of " + counts).isLessThanOrEqualTo(1);
  }
}
