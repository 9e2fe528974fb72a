package com.metalogics.booking.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.metalogics.booking.core.port.in.SyncBookings;
import com.metalogics.booking.core.port.in.SyncOutcome;
import com.metalogics.booking.core.port.in.SyncReport;
import com.metalogics.booking.core.port.out.HealthStatus;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SyncWorkerTest {

  @Test
  void givenFailingRuns_workerKeepsRunningOnSchedule_andStopsOnClose() throws Exception {
    CountDownLatch threeRuns = new CountDownLatch(3);
    AtomicInteger runs = new AtomicInteger();
    SyncBookings sync =
        new SyncBookings() {
          @Override
          public SyncOutcome syncOne(UUID bookingId) {
            throw new UnsupportedOperationException();
          }

          @Override
          public SyncReport syncDue() {
            runs.incrementAndGet();
            threeRuns.countDown();
            throw new IllegalStateException("database down");
          }
        };
    SyncWorker worker = new SyncWorker(sync, Duration.ofMillis(5));

    worker.start();
    assertThat(threeRuns.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(worker.health()).isEqualTo(HealthStatus.UP);
    worker.close();
    int afterClose = runs.get();

    assertThat(worker.health()).isEqualTo(HealthStatus.DOWN);
    worker.runOnce();
    assertThat(runs.get()).isEqualTo(afterClose + 1);
  }
}
