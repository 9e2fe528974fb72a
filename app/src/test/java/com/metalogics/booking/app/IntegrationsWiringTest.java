package com.metalogics.booking.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.metalogics.booking.core.contract.MutableClock;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Both integrations switched on and pointed at a loopback port nobody listens on: the service still
 * takes bookings (flagged for sync), reports the integrations down and counts the failures.
 */
class IntegrationsWiringTest {

  @TempDir Path dir;

  @Test
  void givenUnreachableGoogleAndHubSpot_bookingSucceedsFlaggedAndFailuresAreCounted()
      throws Exception {
    String dead = "http://127.0.0.1:" + freePort();
    Map<String, String> env = new HashMap<>();
    env.put("PORT", "0");
    env.put("DATABASE_URL", "jdbc:h2:file:" + dir.resolve("booking"));
    env.put("SYNC_INTERVAL_SECONDS", "3600");
    env.put("GOOGLE_SERVICE_ACCOUNT_KEY_PATH", ServiceAccountKeys.write(dir).toString());
    env.put("GOOGLE_CALENDAR_ROOT_URL", dead);
    env.put("GOOGLE_CALENDAR_RETRY_ATTEMPTS", "1");
    env.put("GOOGLE_CALENDAR_RETRY_DELAY", "1");
    env.put("HUBSPOT_ACCESS_TOKEN", "pat-na1-12345678-1234-1234-1234-123456789abc");
    env.put("HUBSPOT_BASE_URL", dead);
    env.put("HUBSPOT_RETRY_ATTEMPTS", "1");
    env.put("HUBSPOT_RETRY_DELAY", "1");

    try (Application app =
        Application.start(
            ConfigLoader.load(env), new MutableClock(Instant.parse("2030-01-07T15:00:00Z")))) {
      ApiClient api = new ApiClient(app.port());
      assertThat(app.startupLines().get(0)).contains("Google Calendar and HubSpot enabled");

      ApiClient.Reply booked =
          api.post(
              "/api/bookings",
              """
              {"name": "Ada", "email": "ada@example.com", "startTime": "2030-01-09T15:00:00Z",
               "duration": 30}
              """,
              Map.of());

      assertThat(booked.status()).isEqualTo(201);
      assertThat(EndToEndContract.warnings(booked))
          .contains("CALENDAR_UNAVAILABLE", "CALENDAR_SYNC_PENDING", "CRM_SYNC_PENDING");
      ApiClient.Reply ready = api.get("/health/ready");
      assertThat(ready.status()).as("degraded, still taking bookings").isEqualTo(200);
      assertThat(ready.body().toString())
          .contains("\"calendar\":\"DOWN\"", "\"crm\":\"DOWN\"", "\"status\":\"DEGRADED\"");
      String metrics = api.text("/metrics");
      assertThat(metrics)
          .containsPattern(
              "booking_integration_calls_total\\{integration=\"calendar\",operation=\"busy_intervals\",outcome=\"failure\"} [1-9]")
          .containsPattern(
              "booking_integration_calls_total\\{integration=\"crm\",operation=\"upsert_contact\",outcome=\"failure\"} [1-9]")
          .contains("booking_integration_circuit_open{integration=\"calendar\"}")
          .contains("booking_integration_circuit_open{integration=\"crm\"}");
    }
  }

  private static int freePort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
