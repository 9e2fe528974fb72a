package com.metalogics.booking.core.contract;

import static com.metalogics.booking.core.contract.Fixtures.booking;
import static com.metalogics.booking.core.contract.Fixtures.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.SlotUnavailableException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Concurrency and overrides: the third part of the repository contract. */
public abstract class BookingRepositoryQueryContract extends EffectStoreContract {

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
