package com.metalogics.booking.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.metalogics.booking.core.contract.MutableClock;
import com.metalogics.booking.core.inmemory.InMemoryCalendar;
import com.metalogics.booking.core.inmemory.InMemoryCrm;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The service started with calendar and CRM ports of the caller's (as load.sh's LoadServer). */
class GivenPortsTest {

  @TempDir Path dir;

  @Test
  void givenInMemoryCalendarAndCrm_bookingIsMirroredIntoThemAndCounted() throws Exception {
    Map<String, String> env =
        Map.of(
            "PORT", "0",
            "DATABASE_URL", "jdbc:h2:file:" + dir.resolve("booking"),
            "SYNC_INTERVAL_SECONDS", "3600");
    InMemoryCalendar calendar = new InMemoryCalendar();
    InMemoryCrm crm = new InMemoryCrm();

    try (Application app =
        Application.start(
            ConfigLoader.load(env),
            new MutableClock(Instant.parse("2030-01-07T15:00:00Z")),
            calendar,
            crm)) {
      ApiClient api = new ApiClient(app.port());
      ApiClient.Reply booked =
          api.post(
              "/api/bookings",
              """
              {"name": "Ada", "email": "ada@example.com", "startTime": "2030-01-09T15:00:00Z",
               "duration": 30}
              """,
              Map.of());

      assertThat(booked.status()).isEqualTo(201);
      assertThat(EndToEndContract.warnings(booked)).isEmpty();
      assertThat(calendar.events()).hasSize(1);
      String contactId = crm.contactIdOf("ada@example.com").orElseThrow();
      assertThat(crm.notesOf(contactId)).hasSize(1);
      assertThat(api.get("/health/ready").body().toString())
          .contains("\"calendar\":\"UP\"", "\"crm\":\"UP\"");
      assertThat(api.text("/metrics"))
          .containsPattern(
              "booking_integration_calls_total\\{integration=\"crm\",operation=\"upsert_contact\",outcome=\"success\"} 1");
    }
  }
}
