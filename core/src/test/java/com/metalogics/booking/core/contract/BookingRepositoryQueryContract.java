package com.metalogics.booking.core.contract;

import static com.metalogics.booking.core.contract.Fixtures.NOW;
import static com.metalogics.booking.core.contract.Fixtures.booking;
import static com.metalogics.booking.core.contract.Fixtures.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.EnabledIntegrations;
import com.metalogics.booking.core.domain.SlotUnavailableException;
import com.metalogics.booking.core.domain.SyncState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Sync claims, concurrency and overrides: the second part of the repository contract. */
public abstract class BookingRepositoryQueryContract extends BookingRepositoryListContract {

  private static final EnabledIntegrations ALL = EnabledIntegrations.all();

  @Test
  void claimForSync_claimsDueBookingsOnce_untilTheLeaseExpiresOrTheBookingIsWritten() {
    Duration lease = Duration.ofMinutes(2);
    Booking due = repository.reserve(plain(booking(at(9, 0), uniqueEmail())));
    Booking synced = repository.reserve(plain(booking(at(10, 0), uniqueEmail())));
    repository.update(synced.withSync(fullySynced(), NOW)).orElseThrow();
    Booking later = repository.reserve(plain(booking(at(11, 0), uniqueEmail())));
    SyncState scheduled =
        later.sync().crmFailed("down").afterAttempt(Optional.of(NOW.plus(Duration.ofHours(1))));
    repository.update(later.withSync(scheduled, NOW)).orElseThrow();

    Instant beforeGrace = NOW.plus(Booking.INLINE_MIRROR_GRACE).minusSeconds(1);
    assertThat(claimedIds(beforeGrace, lease)).doesNotContain(due.id());
    Instant now = NOW.plus(Booking.INLINE_MIRROR_GRACE);
    assertThat(claimedIds(now, lease)).contains(due.id()).doesNotContain(synced.id(), later.id());
    assertThat(claimedIds(now.plusSeconds(60), lease)).doesNotContain(due.id());
    assertThat(claimedIds(now.plus(lease).plusSeconds(1), lease)).contains(due.id());

    Booking current = repository.findById(due.id()).orElseThrow();
    repository.update(current.withSync(current.sync().notified(), NOW)).orElseThrow();
    assertThat(claimedIds(now.plus(lease).plusSeconds(2), lease)).contains(due.id());
  }

  @Test
  void claimForSync_skipsBookingsWhoseOnlyUnmirroredPartIsSwitchedOff() {
    Booking calendarOnly = repository.reserve(plain(booking(at(9, 0), uniqueEmail())));
    SyncState rest = calendarOnly.sync().crmMirrored("7").notified().calendarFailed("off");
    repository.update(calendarOnly.withSync(rest, NOW)).orElseThrow();
    Booking crmToo = repository.reserve(plain(booking(at(10, 0), uniqueEmail())));
    Instant now = NOW.plus(Booking.INLINE_MIRROR_GRACE);
    Duration lease = Duration.ofMinutes(2);

    List<UUID> calendarOff = claimedIds(now, lease, EnabledIntegrations.of(false, true, true));

    assertThat(calendarOff).contains(crmToo.id()).doesNotContain(calendarOnly.id());
    assertThat(claimedIds(now, lease, EnabledIntegrations.none()))
        .doesNotContain(calendarOnly.id(), crmToo.id());
    assertThat(claimedIds(now, lease)).contains(calendarOnly.id()).doesNotContain(crmToo.id());
  }

  @Test
  void claimForSync_byConcurrentWorkers_neverHandsOutOneBookingTwice() throws Exception {
    Set<UUID> mine = ConcurrentHashMap.newKeySet();
    for (int i = 0; i < 20; i++) {
      mine.add(repository.reserve(plain(booking(at(8, i * 30), uniqueEmail()))).id());
    }
    Instant now = NOW.plus(Duration.ofDays(1));
    List<UUID> claimed = java.util.Collections.synchronizedList(new ArrayList<>());
    runConcurrently(
        8,
        () -> {
          for (Booking b : repository.claimForSync(now, Duration.ofMinutes(5), 5, ALL)) {
            claimed.add(b.id());
          }
          return null;
        });
    List<UUID> ours = claimed.stream().filter(mine::contains).toList();
    assertThat(ours).doesNotHaveDuplicates();
  }

  @Test
  void concurrentReservesOfOneSlot_haveExactlyOneWinner() throws Exception {
    Instant start = at(15, 0);
    List<Object> outcomes =
        runConcurrently(
            32,
            () -> {
              try {
                return repository.reserve(plain(booking(start, uniqueEmail())));
              } catch (SlotUnavailableException e) {
                return e;
              }
            });
    assertThat(outcomes).filteredOn(Booking.class::isInstance).hasSize(1);
    assertThat(outcomes).filteredOn(SlotUnavailableException.class::isInstance).hasSize(31);
  }

  @Test
  void limitOverrides_areSetFoundAndCleared() {
    String email = uniqueEmail();
    assertThat(repository.findLimitOverride(email)).isEmpty();
    repository.setLimitOverride(email, 7);
    repository.setLimitOverride(email, 9);
    assertThat(repository.findLimitOverride(email)).contains(9);
    repository.clearLimitOverride(email);
    repository.clearLimitOverride(email);
    assertThat(repository.findLimitOverride(email)).isEmpty();
  }

  @Test
  void ping_succeedsWhenStorageIsUp() {
    repository.ping();
  }

  private List<UUID> claimedIds(Instant now, Duration lease) {
    return claimedIds(now, lease, ALL);
  }

  private List<UUID> claimedIds(Instant now, Duration lease, EnabledIntegrations integrations) {
    return repository.claimForSync(now, lease, 500, integrations).stream()
        .map(Booking::id)
        .toList();
  }

  /** Runs {@code task} on {@code threads} threads released at once; returns each result. */
  protected static List<Object> runConcurrently(
      int threads, java.util.concurrent.Callable<Object> task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Object>> futures = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return task.call();
                }));
      }
      start.countDown();
      List<Object> results = new ArrayList<>();
      for (Future<Object> future : futures) {
        results.add(future.get(60, TimeUnit.SECONDS));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}
