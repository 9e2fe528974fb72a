package com.metalogics.booking.adapter.jdbi;

import static com.metalogics.booking.core.contract.Fixtures.NOW;
import static com.metalogics.booking.core.contract.Fixtures.attendee;
import static org.assertj.core.api.Assertions.assertThat;

import com.metalogics.booking.core.application.ManageTokens;
import com.metalogics.booking.core.domain.Assignment;
import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.Placement;
import com.metalogics.booking.core.domain.SlotUnavailableException;
import com.metalogics.booking.core.domain.TimeSlot;
import com.metalogics.booking.core.port.out.BookingRepository;
import com.metalogics.booking.core.port.out.FrequencyLimit;
import com.metalogics.booking.core.port.out.HostChoice;
import com.metalogics.booking.core.port.out.PeriodCap;
import com.metalogics.booking.core.port.out.PoolHost;
import com.metalogics.booking.core.port.out.Reservation;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Two app instances (two pools on one database), 16 threads each, booking a round-robin type of
 * three hosts (at most {@value #PER_HOST_PER_DAY} a day each) and a single-host type whose host is
 * also in the pool, at random quarter-hour starts of one day with a buffer: afterwards no host
 * holds two confirmed bookings closer than the buffer, and no host more than their limit.
 */
final class TeamRace {

  static final int ATTEMPTS = 600;
  static final int THREADS_PER_INSTANCE = 16;
  static final int PER_HOST_PER_DAY = 6;
  private static final Duration LENGTH = Duration.ofMinutes(30);
  private static final Duration BUFFER = Duration.ofMinutes(15);
  private static final Instant DAY = Instant.parse("2029-08-06T00:00:00Z");
  private static final String POOL_TYPE = "team-race";
  private static final String SOLO_TYPE = "team-race-solo";
  private static final List<String> HOSTS = List.of("race-a", "race-b", "race-c");
  private static final String SHARED = "race-c";
  private static final Instant PERIOD = NOW.minus(Duration.ofDays(1));

  private final AtomicInteger won = new AtomicInteger();
  private final AtomicInteger refused = new AtomicInteger();
  private final Queue<Throwable> unexpected = new ConcurrentLinkedQueue<>();

  static void runAndCheck(StorageConfig database) throws Exception {
    StorageConfig pooled = database.withMaxPoolSize(THREADS_PER_INSTANCE);
    try (JdbiStorage first = JdbiStorage.open(pooled);
        JdbiStorage second = JdbiStorage.open(pooled)) {
      TeamRace race = new TeamRace();
      Racers.run(
          List.of(first.repository(), second.repository()),
          THREADS_PER_INSTANCE,
          ATTEMPTS,
          race::attempt);
      race.check(first.repository());
      LoadsBackFill.assertTotalsMatch(first.dataSource());
    }
  }

  private void attempt(BookingRepository repository, SplittableRandom random) {
    boolean solo = random.nextInt(3) == 0;
    Instant start = DAY.plus(Duration.ofMinutes(15L * random.nextInt(4 * 22)));
    UUID id = UUID.randomUUID();
    Booking booking =
        Booking.newBooking(
            id,
            attendee("racer-" + id + "@example.com"),
            TimeSlot.of(start, LENGTH),
            NOW,
            ManageTokens.hash("token-" + id),
            Optional.empty(),
            new Placement(solo ? SOLO_TYPE : POOL_TYPE, solo ? SHARED : HOSTS.get(0)));
    HostChoice choice =
        solo
            ? HostChoice.single(SOLO_TYPE, SHARED, List.of())
            : new HostChoice(
                POOL_TYPE,
                Assignment.ROUND_ROBIN,
                HOSTS.stream().map(h -> new PoolHost(h, 0, 1, List.of(cap(h)))).toList(),
                Set.copyOf(HOSTS),
                PERIOD);
    FrequencyLimit limit = new FrequencyLimit(10, NOW.minus(Duration.ofDays(30)), 30);
    try {
      repository.reserve(
          new Reservation(booking, BUFFER, limit, List.of(), List.of(), List.of(), choice));
      won.incrementAndGet();
    } catch (SlotUnavailableException e) {
      refused.incrementAndGet();
    } catch (RuntimeException e) {
      unexpected.add(e);
    }
  }

  private static PeriodCap cap(String host) {
    return new PeriodCap(POOL_TYPE, DAY, DAY.plus(Duration.ofDays(1)), PER_HOST_PER_DAY)
        .forHost(host);
  }

  private void check(BookingRepository repository) {
    assertThat(unexpected).as("exceptions other than slot/limit refusals").isEmpty();
    assertThat(won.get() + refused.get()).isEqualTo(ATTEMPTS);
    List<Booking> confirmed =
        repository.findActiveOverlapping(new TimeSlot(DAY, DAY.plus(Duration.ofDays(1))));
    assertThat(confirmed).hasSize(won.get());
    for (String host : HOSTS) {
      List<Booking> held =
          confirmed.stream().filter(b -> b.placement().hostId().equals(host)).toList();
      for (int i = 0; i < held.size(); i++) {
        for (int j = i + 1; j < held.size(); j++) {
          assertThat(held.get(i).slot().widen(BUFFER).overlaps(held.get(j).slot()))
              .as(host + ": " + held.get(i).slot() + " and " + held.get(j).slot())
              .isFalse();
        }
      }
      assertThat(held.stream().filter(b -> b.placement().eventType().equals(POOL_TYPE)).count())
          .as(host + "'s round-robin bookings")
          .isLessThanOrEqualTo(PER_HOST_PER_DAY);
    }
    assertThat(
            confirmed.stream()
                .filter(b -> b.placement().eventType().equals(POOL_TYPE))
                .map(b -> b.placement().hostId())
                .distinct())
        .containsExactlyInAnyOrderElementsOf(HOSTS);
  }
}
