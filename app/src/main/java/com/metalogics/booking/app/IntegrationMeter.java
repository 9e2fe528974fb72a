package com.metalogics.booking.app;

import com.metalogics.booking.core.domain.IntegrationException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Counts the calls of one integration by operation and outcome: the seed's "Calendar API
 * success/failure rate" and "HubSpot API success/failure rate", with auth failures apart because
 * they need a person, not a retry.
 */
final class IntegrationMeter {

  static final String METRIC = "booking.integration.calls";

  static final String SUCCESS = "success";
  static final String FAILURE = "failure";
  static final String AUTH_FAILURE = "auth_failure";

  /** Operation, then outcome, to its counter. */
  private final Map<String, Map<String, Counter>> counters;

  private final String integration;
  private final CallLog log;

  /**
   * Registers every counter of {@code operations} at once, so that each series is exported (at
   * zero) before the first call: dashboards and alerts never find one missing.
   */
  IntegrationMeter(MeterRegistry registry, String integration, List<String> operations) {
    this(registry, integration, operations, CallLog.NONE);
  }

  /**
   * @param log also told of each call, for the insights' integration health
   */
  IntegrationMeter(
      MeterRegistry registry, String integration, List<String> operations, CallLog log) {
    this.integration = integration;
    this.log = log;
    Map<String, Map<String, Counter>> byOperation = new HashMap<>();
    for (String operation : operations) {
      Map<String, Counter> byOutcome = new HashMap<>();
      for (String outcome : List.of(SUCCESS, FAILURE, AUTH_FAILURE)) {
        byOutcome.put(outcome, counter(registry, integration, operation, outcome));
      }
      byOperation.put(operation, Map.copyOf(byOutcome));
    }
    this.counters = Map.copyOf(byOperation);
  }

  <T> T record(String operation, Supplier<T> call) {
    Map<String, Counter> outcomes = counters.get(operation);
    if (outcomes == null) {
      throw new IllegalArgumentException("No counters for operation " + operation);
    }
    long start = System.nanoTime();
    try {
      T result = call.get();
      outcomes.get(SUCCESS).increment();
      log.call(integration, true, Duration.ofNanos(System.nanoTime() - start));
      return result;
    } catch (IntegrationException e) {
      outcomes.get(e.kind() == IntegrationException.Kind.AUTH ? AUTH_FAILURE : FAILURE).increment();
      log.call(integration, false, Duration.ofNanos(System.nanoTime() - start));
      throw e;
    } catch (RuntimeException e) {
      outcomes.get(FAILURE).increment();
      log.call(integration, false, Duration.ofNanos(System.nanoTime() - start));
      throw e;
    }
  }

  void run(String operation, Runnable call) {
    record(
        operation,
        () -> {
          call.run();
          return null;
        });
  }

  private static Counter counter(
      MeterRegistry registry, String integration, String operation, String outcome) {
    return Counter.builder(METRIC)
        .description("Calls to an external integration by outcome")
        .tag("integration", integration)
        .tag("operation", operation)
        .tag("outcome", outcome)
        .register(registry);
  }
}
