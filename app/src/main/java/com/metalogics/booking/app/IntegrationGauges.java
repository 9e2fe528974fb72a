package com.metalogics.booking.app;

import com.metalogics.booking.adapter.google.GoogleCalendarAdapter;
import com.metalogics.booking.adapter.google.GoogleCalendarListener;
import com.metalogics.booking.adapter.hubspot.HubSpotCrmAdapter;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * What the adapters know beyond a call's outcome: retries and busy-time cache use of the calendar
 * (through its listener) and whether a circuit breaker is open (1) or not (0).
 */
final class IntegrationGauges {

  static final String CIRCUIT_OPEN = "booking.integration.circuit.open";

  private IntegrationGauges() {}

  /** Counts the Google adapter's retries and busy-time cache hits and misses. */
  static GoogleCalendarListener calendarListener(MeterRegistry registry) {
    Counter retries =
        Counter.builder("booking.integration.retries")
            .tag("integration", "calendar")
            .register(registry);
    Counter hits =
        Counter.builder("booking.calendar.busy.cache").tag("result", "hit").register(registry);
    Counter misses =
        Counter.builder("booking.calendar.busy.cache").tag("result", "miss").register(registry);
    return new GoogleCalendarListener() {
      @Override
      public void retried(String operation) {
        retries.increment();
      }

      @Override
      public void busyCacheHit() {
        hits.increment();
      }

      @Override
      public void busyCacheMiss() {
        misses.increment();
      }
    };
  }

  static void bind(GoogleCalendarAdapter calendar, MeterRegistry registry) {
    Gauge.builder(
            CIRCUIT_OPEN,
            calendar,
            c -> c.circuitState() == GoogleCalendarListener.CircuitState.OPEN ? 1 : 0)
        .tag("integration", "calendar")
        .register(registry);
  }

  static void bind(HubSpotCrmAdapter crm, MeterRegistry registry) {
    Gauge.builder(CIRCUIT_OPEN, crm, c -> c.circuitOpen() ? 1 : 0)
        .tag("integration", "crm")
        .register(registry);
  }
}
