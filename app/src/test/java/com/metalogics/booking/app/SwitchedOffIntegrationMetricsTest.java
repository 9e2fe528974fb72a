package com.metalogics.booking.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.metalogics.booking.core.contract.MutableClock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Dashboards and alerts query {@code booking_integration_calls_total} by integration, operation and
 * outcome: with the integrations switched off, every one of those series is still there, at zero.
 */
class SwitchedOffIntegrationMetricsTest {

  @Test
  void givenIntegrationsOff_metrics_exportEveryIntegrationCallSeriesAtZero() {
    Map<String, String> env =
        Map.of(
            "PORT", "0",
            "DATABASE_URL", "jdbc:h2:mem:switched-off-metrics",
            "MANAGE_TOKEN_SECRET", "a-secret-of-at-least-32-bytes-for-tests",
            "SYNC_INTERVAL_SECONDS", "3600");
    try (Application app =
        Application.start(
            ConfigLoader.load(env), new MutableClock(Instant.parse("2030-01-07T15:00:00Z")))) {

      String metrics = new ApiClient(app.port()).text("/metrics");

      for (String series : expectedSeries()) {
        assertThat(metrics).containsPattern("(?m)^" + series.replace("{", "\\{") + " 0(\\.0)?$");
      }
    }
  }

  private static List<String> expectedSeries() {
    List<String> outcomes = List.of("success", "failure", "auth_failure");
    Map<String, List<String>> operations =
        Map.of(
            "calendar", List.of("busy_intervals", "create_event", "update_event", "delete_event"),
            "crm", List.of("upsert_contact", "add_note", "record_status", "contact_property"));
    return operations.entrySet().stream()
        .flatMap(
            e ->
                e.getValue().stream()
                    .flatMap(
                        operation ->
                            outcomes.stream()
                                .map(
                                    outcome ->
                                        "booking_integration_calls_total{integration=\"%s\",operation=\"%s\",outcome=\"%s\"}"
                                            .formatted(e.getKey(), operation, outcome))))
        .toList();
  }
}
