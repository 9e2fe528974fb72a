package com.metalogics.booking.app;

import com.metalogics.booking.core.domain.EffectKind;
import com.metalogics.booking.core.domain.EffectState;
import com.metalogics.booking.core.port.out.EffectStats;
import com.metalogics.booking.core.port.out.IntegrationDay;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;

/**
 * Integration calls per business day, counted in memory (a call costs a map update) and handed to
 * the insight aggregates at each flush, with samples of the outbox: pending effects per kind, the
 * due backlog and its oldest age (as integration {@value #OUTBOX}), and circuit breakers that
 * opened since the last sample.
 */
final class IntegrationDays implements CallLog {

  static final String OUTBOX = "outbox";

  private final Clock clock;
  private final ZoneId zone;
  private final Map<String, BooleanSupplier> circuits = new ConcurrentHashMap<>();
  private final Map<String, Boolean> wasOpen = new ConcurrentHashMap<>();
  private Map<String, IntegrationDay> pending = new HashMap<>();

  IntegrationDays(Clock clock, ZoneId zone) {
    this.clock = clock;
    this.zone = zone;
  }

  /** Samples at each drain whether the integration's circuit breaker is open. */
  void watchCircuit(String integration, BooleanSupplier open) {
    circuits.put(integration, open);
  }

  @Override
  public void call(String integration, boolean success, Duration latency) {
    List<Long> buckets = new ArrayList<>(Collections.nCopies(IntegrationDay.BUCKETS, 0L));
    buckets.set(IntegrationDay.bucketOf(latency), 1L);
    add(new IntegrationDay(today(), integration, 1, success ? 1 : 0, buckets, 0, 0, Duration.ZERO));
  }

  /** What was counted since the last drain, with this moment's outbox and circuit samples. */
  List<IntegrationDay> drain(EffectStats stats) {
    LocalDate day = today();
    for (EffectKind kind : EffectKind.values()) {
      long backlog = stats.count(kind, EffectState.PENDING);
      add(withBacklog(day, kind.name().toLowerCase(Locale.ROOT), backlog, Duration.ZERO));
    }
    Instant now = clock.instant();
    Duration oldest = stats.oldestDue().map(t -> Duration.between(t, now)).orElse(Duration.ZERO);
    add(withBacklog(day, OUTBOX, stats.due(), oldest.isNegative() ? Duration.ZERO : oldest));
    circuits.forEach(
        (integration, open) -> {
          boolean isOpen = open.getAsBoolean();
          if (isOpen && !wasOpen.getOrDefault(integration, false)) {
            IntegrationDay empty = IntegrationDay.empty(day, integration);
            add(
                new IntegrationDay(
                    day, integration, 0, 0, empty.latencyBuckets(), 1, 0, Duration.ZERO));
          }
          wasOpen.put(integration, isOpen);
        });
    synchronized (this) {
      List<IntegrationDay> drained = List.copyOf(pending.values());
      pending = new HashMap<>();
      return drained;
    }
  }

  /** Puts back what could not be stored, for the next flush. */
  void restore(List<IntegrationDay> days) {
    days.forEach(this::add);
  }

  private static IntegrationDay withBacklog(
      LocalDate day, String integration, long backlog, Duration oldest) {
    IntegrationDay empty = IntegrationDay.empty(day, integration);
    return new IntegrationDay(day, integration, 0, 0, empty.latencyBuckets(), 0, backlog, oldest);
  }

  private synchronized void add(IntegrationDay day) {
    pending.merge(day.day() + "/" + day.integration(), day, IntegrationDay::plus);
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), zone);
  }
}
