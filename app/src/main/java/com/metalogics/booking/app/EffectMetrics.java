package com.metalogics.booking.app;

import com.metalogics.booking.core.domain.EffectKind;
import com.metalogics.booking.core.domain.EffectState;
import com.metalogics.booking.core.port.out.EffectStats;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outbox in Micrometer: effects by kind and state, the due backlog and the age of its oldest
 * effect. One storage query answers all gauges, asked at most once per refresh period, so a scrape
 * of many gauges costs one round trip.
 */
final class EffectMetrics {

  static final String EFFECTS = "booking.effects";
  static final String DUE = "booking.effects.due";
  static final String OLDEST_DUE_AGE = "booking.effects.oldest.due.age";

  private static final Logger LOG = LoggerFactory.getLogger(EffectMetrics.class);

  private final Supplier<EffectStats> stats;
  private final Clock clock;
  private final long periodNanos;
  private EffectStats last = new EffectStats(Map.of(), 0, Optional.empty());
  private long readAt;
  private boolean fresh;

  EffectMetrics(
      MeterRegistry registry, Supplier<EffectStats> stats, Clock clock, Duration refresh) {
    this.stats = stats;
    this.clock = clock;
    this.periodNanos = refresh.toNanos();
    for (EffectKind kind : EffectKind.values()) {
      for (EffectState state : EffectState.values()) {
        Gauge.builder(EFFECTS, this, m -> m.current().count(kind, state))
            .description("Effects of booking changes by kind and state")
            .tag("kind", kind.name().toLowerCase(Locale.ROOT))
            .tag("state", state.name().toLowerCase(Locale.ROOT))
            .strongReference(true)
            .register(registry);
      }
    }
    Gauge.builder(DUE, this, m -> m.current().due())
        .description("Pending effects whose next attempt has come")
        .strongReference(true)
        .register(registry);
    TimeGauge.builder(
            OLDEST_DUE_AGE, this, TimeUnit.MILLISECONDS, EffectMetrics::oldestDueAgeMillis)
        .description("How long the oldest due effect has been due; 0 when none is")
        .strongReference(true)
        .register(registry);
  }

  private double oldestDueAgeMillis() {
    return current()
        .oldestDue()
        .map(due -> (double) Math.max(0, clock.millis() - due.toEpochMilli()))
        .orElse(0.0);
  }

  /** The last stats; a failed read keeps the previous ones and is retried on the next ask. */
  synchronized EffectStats current() {
    long now = System.nanoTime();
    if (!fresh || now - readAt >= periodNanos) {
      try {
        last = stats.get();
        readAt = now;
        fresh = true;
      } catch (RuntimeException e) {
        LOG.warn("Could not count the effects: {}", e.getMessage());
      }
    }
    return last;
  }
}
