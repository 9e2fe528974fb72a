package com.metalogics.booking.adapter.http;

import static com.metalogics.booking.adapter.http.TestServer.SLOT;
import static com.metalogics.booking.adapter.http.TestServer.bearer;
import static com.metalogics.booking.adapter.http.TestServer.bookingJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.metalogics.booking.adapter.http.TestServer.Answer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BookingLifecycleTest {

  private final TestServer server = TestServer.withAdmin();

  @AfterEach
  void stop() {
    server.close();
  }

  private static final String SLOTS =
      "/api/bookings/available-slots?startDate=2026-12-02&endDate=2026-12-02&duration=30";

  @Test
  void givenFreeDay_whenBookedRescheduledCancelled_thenSlotsFollowEveryStep() {
    assertSlotsShape(server.get(SLOTS));
    Answer created = server.post("/api/bookings", bookingJson("Ada@Example.com", SLOT, 30));
    String id = created.data().path("booking").path("id").asText();
    String token = created.data().path("manageToken").asText();
    assertCreated(created);
    // The slot and its buffered neighbours are gone.
    assertThat(startTimes(server.get(SLOTS))).doesNotContain(SLOT.toString()).hasSize(13);

    Answer fetched = server.get("/api/bookings/" + id, "Authorization", bearer(token));
    assertThat(fetched.status()).isEqualTo(200);
    assertThat(fetched.data().path("booking").path("id").asText()).isEqualTo(id);
    assertThat(fetched.data().path("warnings").isArray()).isTrue();

    rescheduleThenCancel(id, token);
  }

  private static void assertSlotsShape(Answer slots) {
    assertThat(slots.status()).isEqualTo(200);
    assertThat(slots.json().path("success").asBoolean()).isTrue();
    assertThat(startTimes(slots)).hasSize(16).contains(SLOT.toString());
    JsonNode hours = slots.data().path("businessHours");
    assertThat(hours.path("daysOfWeek").toString()).isEqualTo("[1,2,3,4,5]");
    assertThat(hours.path("startHour").asInt()).isEqualTo(9);
    assertThat(hours.path("endHour").asInt()).isEqualTo(17);
    assertThat(hours.path("timeZone").asText()).isEqualTo("America/New_York");
    assertThat(slots.data().path("warnings").isArray()).isTrue();
    assertThat(slots.data().path("slots").get(0).path("duration").asInt()).isEqualTo(30);
  }

  private static void assertCreated(Answer created) {
    assertThat(created.status()).isEqualTo(201);
    JsonNode booking = created.data().path("booking");
    assertThat(created.data().path("manageToken").asText()).isNotBlank();
    assertThat(booking.path("startTime").asText()).isEqualTo("2026-12-02T15:00:00Z");
    assertThat(booking.path("endTime").asText()).isEqualTo("2026-12-02T15:30:00Z");
    assertThat(booking.path("duration").asInt()).isEqualTo(30);
    assertThat(booking.path("status").asText()).isEqualTo("CONFIRMED");
    assertThat(booking.path("timeZone").asText()).isEqualTo("Europe/London");
    assertThat(booking.path("calendarSynced").asBoolean()).isTrue();
    assertThat(booking.path("crmSynced").asBoolean()).isTrue();
    assertThat(booking.path("createdAt").asText()).isEqualTo("2026-11-30T12:00:00Z");
    assertThat(booking.has("cancelledAt")).isFalse();
    assertThat(booking.has("manageTokenHash")).isFalse();
  }

  private void rescheduleThenCancel(String id, String token) {
    Instant later = Instant.parse("2026-12-03T16:00:00Z");
    Answer moved =
        server.post(
            "/api/bookings/" + id + "/reschedule",
            "{\"startTime\":\"2026-12-03T11:00:00-05:00\",\"duration\":60}",
            "Authorization",
            bearer(token));
    assertThat(moved.status()).isEqualTo(200);
    assertThat(moved.data().path("booking").path("startTime").asText()).isEqualTo(later.toString());
    assertThat(moved.data().path("booking").path("duration").asInt()).isEqualTo(60);
    assertThat(startTimes(server.get(SLOTS))).contains(SLOT.toString()).hasSize(16);

    Answer cancelled =
        server.post(
            "/api/bookings/" + id + "/cancel",
            "{\"reason\":\"double-booked\"}",
            "Authorization",
            bearer(token));
    assertThat(cancelled.status()).isEqualTo(200);
    JsonNode gone = cancelled.data().path("booking");
    assertThat(gone.path("status").asText()).isEqualTo("CANCELLED");
    assertThat(gone.path("cancelReason").asText()).isEqualTo("double-booked");
    assertThat(gone.path("cancelledAt").asText()).isEqualTo("2026-11-30T12:00:00Z");
    String next =
        "/api/bookings/available-slots?startDate=2026-12-03&endDate=2026-12-03&duration=60";
    assertThat(startTimes(server.get(next))).contains(later.toString());

    Answer again =
        server.post("/api/bookings/" + id + "/cancel", "", "Authorization", bearer(token));
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.data().path("booking").path("status").asText()).isEqualTo("CANCELLED");
  }

  @Test
  void givenInstantRange_availableSlots_acceptsOffsets() {
    Answer slots =
        server.get(
            "/api/bookings/available-slots?startDate=2026-12-02T09:00:00-05:00"
                + "&endDate=2026-12-02T15:00:00%2B01:00&duration=60");
    assertThat(slots.status()).isEqualTo(200);
    assertThat(slots.data().path("slots")).isEmpty();
    Answer morning =
        server.get(
            "/api/bookings/available-slots?startDate=2026-12-02T14:00:00Z"
                + "&endDate=2026-12-02T17:00:00Z&duration=60");
    assertThat(startTimes(morning))
        .containsExactly("2026-12-02T14:00:00Z", "2026-12-02T15:00:00Z", "2026-12-02T16:00:00Z");
  }

  @Test
  void givenIdempotencyKey_whenSameRequestRepeated_thenSameBookingAndNoSecondOne() {
    String body = bookingJson("grace@example.com", SLOT, 30);
    Answer first = server.post("/api/bookings", body, "Idempotency-Key", "order-42");
    Answer replay = server.post("/api/bookings", body, "Idempotency-Key", "order-42");
    assertThat(first.status()).isEqualTo(201);
    assertThat(replay.status()).isEqualTo(200);
    assertThat(replay.data().path("booking").path("id").asText())
        .isEqualTo(first.data().path("booking").path("id").asText());
    assertThat(replay.data().path("manageToken").asText())
        .isEqualTo(first.data().path("manageToken").asText());
    assertThat(server.repository.all()).hasSize(1);

    Answer reused =
        server.post(
            "/api/bookings",
            bookingJson("grace@example.com", SLOT.plusSeconds(3600), 30),
            "Idempotency-Key",
            "order-42");
    assertThat(reused.status()).isEqualTo(422);
    assertThat(reused.errorCode()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
    assertThat(server.repository.all()).hasSize(1);
  }

  @Test
  void givenAdminKey_bookingRoutes_acceptItInsteadOfTheManageToken() {
    Answer created = server.post("/api/bookings", bookingJson("admin-made@example.com", SLOT, 15));
    String id = created.data().path("booking").path("id").asText();
    Answer fetched =
        server.get("/api/bookings/" + id, "Authorization", bearer(TestServer.ADMIN_KEY));
    assertThat(fetched.status()).isEqualTo(200);
  }

  private static List<String> startTimes(Answer answer) {
    List<String> starts = new ArrayList<>();
    answer.data().path("slots").forEach(s -> starts.add(s.path("startTime").asText()));
    return starts;
  }

  @Test
  void createdBooking_carriesItsManageLink_onThePublicBaseUrl_withTheTokenInTheFragment() {
    server.close();
    try (TestServer site =
        new TestServer(
            HttpConfig.defaults()
                .withPublicBaseUrl(java.net.URI.create("https://book.example.com/")))) {
      Answer created = site.post("/api/bookings", bookingJson("ada@example.com", SLOT, 30));

      assertThat(created.status()).isEqualTo(201);
      String id = created.data().path("booking").path("id").asText();
      String token = created.data().path("manageToken").asText();
      assertThat(created.data().path("manageUrl").asText())
          .isEqualTo("https://book.example.com/manage/" + id + "#token=" + token);
    }
  }
}
