package com.metalogics.booking.app;

import com.metalogics.booking.core.port.in.CountTraffic;
import com.metalogics.booking.core.port.out.EffectStats;
import com.metalogics.booking.core.port.out.InsightsRepository;
import com.metalogics.booking.core.port.out.IntegrationDay;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adds the traffic and integration counts kept in memory to the insight aggregates every {@code
 * INSIGHTS_FLUSH_SECONDS}, and once more on shutdown. A failed flush keeps its counts for the next.
 */
final class InsightsFlusher implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(InsightsFlusher.class);

  private final CountTraffic traffic;
  private final IntegrationDays integrations;
  private final InsightsRepository repository;
  private final Supplier<EffectStats> stats;
  private final Duration interval;
  private final ScheduledExecutorService executor =
      Executors.newSingleThreadScheduledExecutor(
          task -> {
            Thread thread = new Thread(task, "insights-flush");
            thread.setDaemon(true);
            return thread;
          });

  InsightsFlusher(
      CountTraffic traffic,
      IntegrationDays integrations,
      InsightsRepository repository,
      Supplier<EffectStats> stats,
      Duration interval) {
    this.traffic = traffic;
    this.integrations = integrations;
    this.repository = repository;
    this.stats = stats;
    this.interval = interval;
  }

  void start() {
    long millis = interval.toMillis();
    executor.scheduleWithFixedDelay(this::flushQuietly, millis, millis, TimeUnit.MILLISECONDS);
  }

  /** Adds everything counted so far; throws when storage fails (the counts are kept). */
  void flush() {
    traffic.flush();
    List<IntegrationDay> days = integrations.drain(stats.get());
    try {
      repository.addIntegrationDays(days);
    } catch (RuntimeException e) {
      integrations.restore(days);
      throw e;
    }
  }

  private void flushQuietly() {
    try {
      flush();
    } catch (RuntimeException e) {
      LOG.warn("Insights not flushed, kept for the next try: {}", e.toString());
    }
  }

  @Override
  public void close() {
    executor.shutdownNow();
    flushQuietly();
  }
}
