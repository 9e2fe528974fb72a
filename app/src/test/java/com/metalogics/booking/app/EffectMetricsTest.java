package com.metalogics.booking.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.metalogics.booking.core.contract.MutableClock;
import com.metalogics.booking.core.domain.EffectKind;
import com.metalogics.booking.core.domain.EffectState;
import com.metalogics.booking.core.port.out.EffectStats;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class EffectMetricsTest {

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T12:00:00Z"));
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final AtomicInteger reads = new AtomicInteger();

  private EffectStats stats() {
    reads.incrementAndGet();
    return new EffectStats(
        Map.of(
            EffectKind.CALENDAR, Map.of(EffectState.PENDING, 7L, EffectState.DONE, 90L),
            EffectKind.WEBHOOK, Map.of(EffectState.FAILED, 2L)),
        5,
        Optional.of(clock.instant().minus(Duration.ofMinutes(3))));
  }

  @Test
  void gauges_showEffectsByKindAndState_theDueBacklog_andItsAge_fromOneReadPerPeriod() {
    new EffectMetrics(registry, this::stats, clock, Duration.ofHours(1));

    assertThat(gauge("calendar", "pending")).isEqualTo(7);
    assertThat(gauge("calendar", "done")).isEqualTo(90);
    assertThat(gauge("webhook", "failed")).isEqualTo(2);
    assertThat(gauge("crm", "pending")).isZero();
    assertThat(registry.get(EffectMetrics.DUE).gauge().value()).isEqualTo(5);
    assertThat(registry.get(EffectMetrics.OLDEST_DUE_AGE).timeGauge().value(TimeUnit.SECONDS))
        .isEqualTo(180);
    assertThat(reads).as("one read serves every gauge within the period").hasValue(1);
  }

  @Test
  void aFailedRead_keepsTheLastValues() {
    AtomicInteger calls = new AtomicInteger();
    new EffectMetrics(
        registry,
        () -> {
          if (calls.incrementAndGet() > 1) {
            throw new IllegalStateException("database down");
          }
          return stats();
        },
        clock,
        Duration.ZERO);

    assertThat(gauge("calendar", "pending")).isEqualTo(7);
    assertThat(gauge("calendar", "pending")).isEqualTo(7);
    assertThat(calls.get()).isGreaterThan(1);
  }

  private double gauge(String kind, String state) {
    return registry
        .get(EffectMetrics.EFFECTS)
        .tag("kind", kind)
        .tag("state", state)
        .gauge()
        .value();
  }
}
