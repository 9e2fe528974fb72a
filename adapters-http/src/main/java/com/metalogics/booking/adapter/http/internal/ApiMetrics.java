package com.metalogics.booking.adapter.http.internal;

import com.metalogics.booking.core.domain.ErrorCode;
import com.metalogics.booking.core.port.in.Warning;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The API's meters. Names avoid a {@code .created} suffix: the Prometheus registry would drop it.
 */
public final class ApiMetrics {

  private final MeterRegistry registry;
  private final Timer availableSlots;
  private final Map<String, Counter> rejections;
  private final Map<RequestKey, Timer> requestTimers = new ConcurrentHashMap<>();

  private record RequestKey(String method, String route, int status) {}

  public ApiMetrics(MeterRegistry registry) {
    this.registry = registry;
    this.availableSlots =
        Timer.builder("booking.available_slots.latency")
            .description("Time to compute the free slots of a range")
            .publishPercentiles(0.5, 0.95, 0.99)
            .register(registry);
    this.rejections =
        Map.of(
            ErrorCode.FREQUENCY_LIMIT_EXCEEDED.name(),
            Counter.builder("booking.frequency_limit.rejections")
                .description("Bookings refused because the e-mail reached its frequency limit")
                .register(registry),
            ErrorCode.RATE_LIMITED.name(),
            Counter.builder("booking.rate_limit.rejections")
                .description("Booking attempts refused by the per-address rate limit")
                .register(registry));
  }

  public <T> T timeAvailableSlots(Supplier<T> query) {
    return availableSlots.record(query);
  }

  /** One request, by route template (never the raw path: it may hold an e-mail address). */
  public void request(String method, String route, int status, long nanos) {
    requestTimers
        .computeIfAbsent(new RequestKey(method, route, status), this::requestTimer)
        .record(nanos, TimeUnit.NANOSECONDS);
  }

  /**
   * Looked up once per method, route template and status: building the meter id on every request
   * cost more than recording. Keys are bounded: methods and routes come from the route table.
   */
  private Timer requestTimer(RequestKey key) {
    return Timer.builder("booking.http.requests")
        .description("HTTP requests by route and status")
        .tag("method", key.method())
        .tag("route", key.route())
        .tag("status", Integer.toString(key.status()))
        .register(registry);
  }

  /** A booking changed: {@code event} is booked, replayed, rescheduled or cancelled. */
  public void booking(String event) {
    Counter.builder("booking.bookings")
        .description("Bookings made, replayed, rescheduled and cancelled through the API")
        .tag("event", event)
        .register(registry)
        .increment();
  }

  /** Warnings handed to callers; the sync-pending ones count bookings flagged for manual sync. */
  public void warnings(List<Warning> warnings) {
    for (Warning warning : warnings) {
      Counter.builder("booking.warnings")
          .description("Warnings returned with successful answers, by code")
          .tag("code", warning.name())
          .register(registry)
          .increment();
    }
  }

  /** An error answer; the refusals that have a counter of their own are counted. */
  public void rejected(String errorCode) {
    Counter counter = rejections.get(errorCode);
    if (counter != null) {
      counter.increment();
    }
  }
}
