package com.metalogics.booking.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.metalogics.booking.core.contract.MutableClock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A scripted history through the whole service and the insights it must show exactly, on a fresh
 * database per run: bookings from three sources, a cancellation, a reschedule, a no-show, and
 * searches, with the counts flushed as the schedule would.
 */
abstract class InsightsEndToEndContract {

  /** Monday 7 January 2030, 10:00 in New York. */
  static final Instant NOW = Instant.parse("2030-01-07T15:00:00Z");

  static final String ADMIN_KEY = "admin-key-for-tests-0123456789";
  private static final Map<String, String> ADMIN = ApiClient.bearer(ADMIN_KEY);

  final MutableClock clock = new MutableClock(NOW);
  Application app;
  ApiClient api;

  /** A fresh database for each test (at least {@code DATABASE_URL}). */
  abstract Map<String, String> freshDatabase();

  @BeforeEach
  void startService() {
    Map<String, String> env = new HashMap<>(freshDatabase());
    env.put("PORT", "0");
    env.put("ADMIN_API_KEY", ADMIN_KEY);
    env.put("RATE_LIMIT_BOOKINGS_PER_MINUTE", "0");
    env.put("SYNC_INTERVAL_SECONDS", "3600");
    env.put("INSIGHTS_FLUSH_SECONDS", "3600");
    app = Application.start(ConfigLoader.load(env), clock);
    api = new ApiClient(app.port());
  }

  @AfterEach
  void stopService() {
    app.close();
  }

  @Test
  void scriptedHistory_isCountedExactly() {
    String slots = "/api/bookings/available-slots?startDate=2030-01-09&endDate=2030-01-11";
    api.get(slots + "&duration=30");
    api.get(slots + "&duration=60");
    String ads = "{\"utmSource\": \"ads\", \"utmCampaign\": \"winter\"}";
    String first = book("a@example.com", "2030-01-09T15:00:00Z", ads);
    String second = book("b@example.com", "2030-01-09T16:00:00Z", ads);
    String third = book("c@example.com", "2030-01-10T19:00:00Z", "{\"referrer\": \"blog.test\"}");
    book("d@example.com", "2030-01-11T14:00:00Z", "null");
    assertThat(api.post("/api/bookings/" + second + "/cancel", "{}", ADMIN).status())
        .isEqualTo(200);
    assertThat(
            api.post(
                    "/api/bookings/" + third + "/reschedule",
                    "{\"startTime\": \"2030-01-10T20:00:00Z\"}",
                    ADMIN)
                .status())
        .isEqualTo(200);
    app.flushInsights();
    clock.set(Instant.parse("2030-01-10T12:00:00Z"));
    assertThat(api.post("/api/admin/bookings/" + first + "/no-show", "", ADMIN).status())
        .isEqualTo(200);

    JsonNode data = api.get("/api/admin/insights?from=2030-01-01&to=2030-01-31", ADMIN).data();

    JsonNode totals = data.path("totals");
    assertThat(
            List.of(
                totals.path("searches").asLong(),
                totals.path("searchers").asLong(),
                totals.path("bookings").asLong(),
                totals.path("cancellations").asLong(),
                totals.path("reschedules").asLong(),
                totals.path("noShows").asLong()))
        .containsExactly(2L, 1L, 4L, 1L, 1L, 1L);
    assertThat(data.path("days").size()).isEqualTo(2);
    assertThat(data.path("days").get(0).path("date").asText()).isEqualTo("2030-01-07");
    assertThat(data.path("days").get(1).path("noShows").asLong()).isEqualTo(1);
    assertThat(data.path("leadSources").toString())
        .isEqualTo(
            "[{\"source\":\"ads\",\"bookings\":2},{\"source\":\"blog.test\",\"bookings\":1},"
                + "{\"source\":\"direct\",\"bookings\":1}]");
    assertThat(data.path("hosts").toString())
        .contains("\"hostId\":\"owner\"", "\"bookings\":4", "\"share\":1.0");
    assertThat(data.path("popularTimes").toString())
        .isEqualTo(
            "[{\"weekday\":\"WEDNESDAY\",\"hour\":10,\"bookings\":1},"
                + "{\"weekday\":\"WEDNESDAY\",\"hour\":11,\"bookings\":1},"
                + "{\"weekday\":\"THURSDAY\",\"hour\":14,\"bookings\":1},"
                + "{\"weekday\":\"FRIDAY\",\"hour\":9,\"bookings\":1}]");
    assertThat(data.path("integrations").toString()).contains("\"integration\":\"outbox\"");
    JsonNode stored = api.get("/api/bookings/" + first, ADMIN).data().path("booking");
    assertThat(stored.path("source").path("utmCampaign").asText()).isEqualTo("winter");
    assertThat(stored.path("noShowAt").asText()).isEqualTo("2030-01-10T12:00:00Z");
  }

  private String book(String email, String start, String source) {
    String json =
        "{\"name\": \"Ada Lovelace\", \"email\": \""
            + email
            + "\", \"startTime\": \""
            + start
            + "\", \"duration\": 30, \"source\": "
            + source
            + "}";
    ApiClient.Reply booked = api.post("/api/bookings", json, Map.of());
    assertThat(booked.status()).as(booked.body().toString()).isEqualTo(201);
    return booked.data().path("booking").path("id").asText();
  }
}
