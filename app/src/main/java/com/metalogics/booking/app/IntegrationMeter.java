package com.metalogics.booking.app;

import com.metalogics.booking.core.domain.IntegrationException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Counts the calls of one integration by operation and outcome: the seed's "Calendar API
 * success/failure rate" and "HubSpot API success/failure rate", with auth failures apart because
 * they need a person, not a retry.
 */
final class IntegrationMeter {

  static final String METRIC = "booking.integration.calls";

  private final MeterRegistry registry;
  private final String integration;

  IntegrationMeter(MeterRegistry registry, String integration) {
    this.registry = registry;
    this.integration = integration;
  }

  <T> T record(String operation, Supplier<T> call) {
    try {
      T result = call.get();
      counter(operation, "success").increment();
      return result;
    } catch (IntegrationException e) {
      String outcome = e.kind() == IntegrationException.Kind.AUTH ? "auth_failure" : "failure";
      counter(operation, outcome).increment();
      throw e;
    } catch (RuntimeException e) {
      counter(operation, "failure").increment();
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

  private Counter counter(String operation, String outcome) {
    return Counter.builder(METRIC)
        .description("Calls to an external integration by outcome")
        .tag("integration", integration)
        .tag("operation", operation.toLowerCase(Locale.ROOT))
        .tag("outcome", outcome)
        .register(registry);
  }
}
