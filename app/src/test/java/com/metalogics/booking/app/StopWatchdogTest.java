package com.metalogics.booking.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class StopWatchdogTest {

  @Test
  void givenAStopThatDoesNotFinish_whenTheLimitPasses_thenItHalts() throws Exception {
    CountDownLatch halted = new CountDownLatch(1);

    StopWatchdog.start(Duration.ofMillis(20), halted::countDown);

    assertThat(halted.await(10, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void givenAStopThatFinishes_whenCancelled_thenItNeverHalts() throws Exception {
    AtomicInteger halts = new AtomicInteger();
    StopWatchdog watchdog = StopWatchdog.start(Duration.ofSeconds(5), halts::incrementAndGet);

    watchdog.cancel();
    watchdog.awaitEnd(Duration.ofSeconds(10));

    assertThat(halts).hasValue(0);
  }

  @Test
  void haltComesAfterTheGracefulStopHasHadItsTime() {
    assertThat(Main.HALT_AFTER).isGreaterThan(Application.STOP_TIMEOUT);
  }
}
