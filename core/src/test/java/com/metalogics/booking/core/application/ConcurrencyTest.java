package com.metalogics.booking.core.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.metalogics.booking.core.domain.BookingException;
import com.metalogics.booking.core.domain.FrequencyLimitExceededException;
import com.metalogics.booking.core.domain.SlotUnavailableException;
import com.metalogics.booking.core.port.in.BookingReceipt;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Many callers at once through the whole use case, not just the repository. */
class ConcurrencyTest {

  private static final int THREADS = 32;
  private final EngineHarness h = new EngineHarness();

  @Test
  void thirtyTwoCallersOnOverlappingSlots_exactlyOneWinsPerSlot() throws Exception {
    Instant[] starts = {h.ny(2, 10, 0), h.ny(2, 10, 30), h.ny(2, 11, 0)};
    List<Object> outcomes =
        race(i -> () -> h.book(starts[i % starts.length], "user" + i + "@example.com"));
    List<BookingReceipt> winners = receipts(outcomes);
    // 10:00 and 11:00 are compatible; 10:30 conflicts with both through the 15-minute buffer.
    assertThat(winners).hasSizeBetween(1, 2);
    for (int i = 0; i < winners.size(); i++) {
      for (int j = i + 1; j < winners.size(); j++) {
        assertThat(
                winners
                    .get(i)
                    .booking()
                    .slot()
                    .widen(h.engine.rules().buffer())
                    .overlaps(winners.get(j).booking().slot()))
            .isFalse();
      }
    }
    assertThat(outcomes)
        .allMatch(o -> o instanceof BookingReceipt || o instanceof SlotUnavailableException);
    assertThat(h.repository.all()).hasSameSizeAs(winners);
  }

  @Test
  void thirtyTwoCallersWithOneEmail_neverExceedTheLimit() throws Exception {
    int[] businessDays = {2, 3, 4, 7};
    // Hourly starts: far enough apart that only the e-mail limit can refuse them.
    List<Object> outcomes =
        race(i -> () -> h.book(h.ny(businessDays[i / 8], 9 + i % 8, 0), "Same@Example.com"));
    assertThat(receipts(outcomes)).hasSize(2);
    assertThat(outcomes)
        .allMatch(o -> o instanceof BookingReceipt || o instanceof FrequencyLimitExceededException);
  }

  private static List<BookingReceipt> receipts(List<Object> outcomes) {
    return outcomes.stream()
        .filter(BookingReceipt.class::isInstance)
        .map(BookingReceipt.class::cast)
        .toList();
  }

  private interface TaskFactory {
    Callable<Object> task(int index);
  }

  private static List<Object> race(TaskFactory factory) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch go = new CountDownLatch(1);
    try {
      List<Future<Object>> futures = new ArrayList<>();
      for (int i = 0; i < THREADS; i++) {
        Callable<Object> task = factory.task(i);
        futures.add(
            pool.submit(
                () -> {
                  go.await();
                  try {
                    return task.call();
                  } catch (BookingException e) {
                    return e;
                  }
                }));
      }
      go.countDown();
      List<Object> outcomes = new ArrayList<>();
      for (Future<Object> f : futures) {
        outcomes.add(f.get(60, TimeUnit.SECONDS));
      }
      return outcomes;
    } finally {
      pool.shutdownNow();
    }
  }
}
