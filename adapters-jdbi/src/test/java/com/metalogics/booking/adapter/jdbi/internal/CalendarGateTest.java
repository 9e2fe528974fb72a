package com.metalogics.booking.adapter.jdbi.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.metalogics.booking.core.domain.StorageUnavailableException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class CalendarGateTest {

  @Test
  void givenGateHeld_whenSecondWriterOutwaitsItsTimeout_thenStorageUnavailable() throws Exception {
    CalendarGate gate = new CalendarGate(Duration.ofMillis(50));
    CountDownLatch inside = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    CompletableFuture<String> holder =
        CompletableFuture.supplyAsync(
            () ->
                gate.through(
                    () -> {
                      inside.countDown();
                      await(release);
                      return "first";
                    }));
    assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();

    assertThatThrownBy(() -> gate.through(() -> "second"))
        .isInstanceOf(StorageUnavailableException.class);

    release.countDown();
    assertThat(holder.get(10, TimeUnit.SECONDS)).isEqualTo("first");
    assertThat(gate.through(() -> "third")).isEqualTo("third");
  }

  @Test
  void givenWorkThrows_whenNextWriterComes_thenGateIsOpen() {
    CalendarGate gate = new CalendarGate(Duration.ofMillis(50));
    assertThatThrownBy(
            () ->
                gate.through(
                    () -> {
                      throw new IllegalStateException("boom");
                    }))
        .isInstanceOf(IllegalStateException.class);
    assertThat(gate.through(() -> "next")).isEqualTo("next");
  }

  private static void await(CountDownLatch latch) {
    try {
      assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
