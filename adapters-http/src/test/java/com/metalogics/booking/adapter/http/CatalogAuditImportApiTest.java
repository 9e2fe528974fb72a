package com.metalogics.booking.adapter.http;

import static com.metalogics.booking.adapter.http.CatalogAdminApiTest.ADMIN;
import static com.metalogics.booking.adapter.http.CatalogAdminApiTest.MORNINGS;
import static com.metalogics.booking.adapter.http.CatalogAdminApiTest.put;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.metalogics.booking.adapter.http.TestServer.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The audit log of catalog changes, and blackouts imported from an iCalendar file. */
class CatalogAuditImportApiTest {

  private static final String HOLIDAYS =
      """
      BEGIN:VCALENDAR\r
      VERSION:2.0\r
      PRODID:-//test//holidays//EN\r
      BEGIN:VEVENT\r
      UID:1@test\r
      DTSTART;VALUE=DATE:20261224\r
      DTEND;VALUE=DATE:20261227\r
      SUMMARY:Christmas\r
      END:VEVENT\r
      BEGIN:VEVENT\r
      UID:2@test\r
      DTSTART:20261203T230000Z\r
      DTEND:20261204T010000Z\r
      SUMMARY:Late\\nnight release\r
      END:VEVENT\r
      BEGIN:VEVENT\r
      UID:3@test\r
      DTSTART:20261209T100000\r
      DURATION:PT1H\r
      END:VEVENT\r
      END:VCALENDAR\r
      """;

  private final TestServer server = TestServer.withAdmin();

  @AfterEach
  void stop() {
    server.close();
  }

  private Answer importInto(String id, String contentType, String body) {
    return server.method(
        "POST", "/api/admin/schedules/" + id + "/blackouts/import", contentType, body, ADMIN);
  }

  @Test
  void everyChange_isAudited_withTheKeyNameAndBothShapes() {
    put(server, "/api/admin/schedules/mornings", MORNINGS);
    put(
        server,
        "/api/admin/schedules/mornings",
        MORNINGS.replace("{\"name\"", "{\"version\": 1, \"name\""));
    Answer audit = server.get("/api/admin/audit?kind=schedule&limit=2", ADMIN);
    assertThat(audit.status()).as(audit.raw().body()).isEqualTo(200);
    assertThat(audit.data()).hasSize(2);
    JsonNode replaced = audit.data().get(0);
    assertThat(replaced.path("actor").asText()).isEqualTo("admin");
    assertThat(replaced.path("kind").asText()).isEqualTo("schedule");
    assertThat(replaced.path("id").asText()).isEqualTo("mornings");
    assertThat(replaced.path("at").asText()).isEqualTo(TestServer.NOW.toString());
    assertThat(replaced.path("before").path("weekly").path("FRIDAY").get(0).path("to").asText())
        .isEqualTo("12:00");
    assertThat(replaced.path("after").has("version")).isFalse();
    assertThat(audit.data().get(1).path("before").isNull()).isTrue();

    Answer all = server.get("/api/admin/audit", ADMIN);
    assertThat(all.data()).extracting(e -> e.path("actor").asText()).contains("system");
    assertThat(server.get("/api/admin/audit?kind=nothing", ADMIN).status()).isEqualTo(400);
    assertThat(server.get("/api/admin/audit?limit=0", ADMIN).status()).isEqualTo(400);
  }

  @Test
  void anICalendarFile_closesItsDaysInTheSchedulesZone_once() {
    Answer imported = importInto("default", "text/calendar; charset=utf-8", HOLIDAYS);
    assertThat(imported.status()).as(imported.raw().body()).isEqualTo(200);
    assertThat(imported.data().path("events").asInt()).isEqualTo(3);
    JsonNode blackouts = imported.data().path("schedule").path("blackouts");
    // New York: 23:00Z on the 3rd is 18:00 local, 01:00Z on the 4th is 20:00 local: one day.
    assertThat(blackouts)
        .extracting(
            b ->
                b.path("from").asText()
                    + ".."
                    + b.path("to").asText()
                    + " "
                    + b.path("reason").asText())
        .containsExactly(
            "2026-12-03..2026-12-03 Late night release",
            "2026-12-09..2026-12-09 Imported event",
            "2026-12-24..2026-12-26 Christmas");
    assertThat(
            importInto("default", "text/calendar", HOLIDAYS)
                .data()
                .path("schedule")
                .path("version")
                .asLong())
        .isEqualTo(2);
    Answer slots =
        server.get(
            "/api/bookings/available-slots?startDate=2026-12-03&endDate=2026-12-03&duration=30");
    assertThat(slots.data().path("slots")).isEmpty();
    assertThat(server.get("/api/admin/audit?limit=1", ADMIN).data().get(0).path("actor").asText())
        .isEqualTo("admin");
  }

  @Test
  void anImportThatIsNoCalendar_isRefused() {
    assertThat(importInto("default", "application/json", "{}").errorCode())
        .isEqualTo("UNSUPPORTED_MEDIA_TYPE");
    Answer garbage = importInto("default", "text/calendar", "this is not a calendar");
    assertThat(garbage.status()).isEqualTo(400);
    assertThat(garbage.errorCode()).isEqualTo("VALIDATION_ERROR");
    assertThat(importInto("nope", "text/calendar", HOLIDAYS).status()).isEqualTo(404);
  }
}
