package com.metalogics.booking.adapter.http;

import static com.metalogics.booking.adapter.http.TestServer.ADMIN_KEY;
import static com.metalogics.booking.adapter.http.TestServer.SLOT;
import static com.metalogics.booking.adapter.http.TestServer.bearer;
import static com.metalogics.booking.adapter.http.TestServer.bookingJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.metalogics.booking.adapter.http.TestServer.Answer;
import com.metalogics.booking.core.domain.IntegrationException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AdminApiTest {

  private static final String[] ADMIN = {"Authorization", bearer(ADMIN_KEY)};

  private TestServer server = TestServer.withAdmin();

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void givenNoAdminKeyConfigured_adminRoutesAreOff() {
    server.close();
    server = new TestServer(HttpConfig.defaults());
    for (String path : List.of("/api/admin/bookings", "/api/admin/limits/a@example.com")) {
      Answer a = server.get(path, "Authorization", bearer("anything"));
      assertThat(a.status()).isEqualTo(404);
      assertThat(a.errorCode()).isEqualTo("NOT_FOUND");
    }
    assertThat(server.post("/api/admin/sync", "").status()).isEqualTo(404);
  }

  @Test
  void givenKeyConfigured_everyAdminRouteRefusesAMissingOrWrongKey() {
    String id = java.util.UUID.randomUUID().toString();
    List<Answer> answers =
        List.of(
            server.get("/api/admin/bookings"),
            server.post("/api/admin/bookings/" + id + "/sync", "", "Authorization", "Bearer no"),
            server.post("/api/admin/sync", ""),
            server.get("/api/admin/limits/a@example.com", "Authorization", "Basic " + ADMIN_KEY),
            server.method(
                "PUT",
                "/api/admin/limits/a@example.com",
                "application/json",
                "{\"maxBookings\":5}"),
            server.method("DELETE", "/api/admin/limits/a@example.com", null, null));
    assertThat(answers).allSatisfy(a -> assertThat(a.errorCode()).isEqualTo("UNAUTHORIZED"));
    assertThat(answers).allSatisfy(a -> assertThat(a.status()).isEqualTo(401));
  }

  @Test
  void list_filtersAndPagesWithACursor() {
    for (int i = 0; i < 5; i++) {
      book("person" + i + "@example.com", i);
    }
    List<String> seen = new ArrayList<>();
    String cursor = "";
    int pages = 0;
    do {
      Answer page = server.get("/api/admin/bookings?limit=2" + cursor, ADMIN);
      assertThat(page.status()).isEqualTo(200);
      page.data().path("bookings").forEach(b -> seen.add(b.path("startTime").asText()));
      String next = page.data().path("nextCursor").asText(null);
      cursor = next == null ? null : "&cursor=" + next;
      pages++;
    } while (cursor != null && pages < 10);
    assertThat(pages).isEqualTo(3);
    assertThat(seen).hasSize(5).isSorted();

    Answer byEmail = server.get("/api/admin/bookings?email=PERSON3@example.com", ADMIN);
    assertThat(byEmail.data().path("bookings")).hasSize(1);
    Answer cancelled = server.get("/api/admin/bookings?status=cancelled", ADMIN);
    assertThat(cancelled.data().path("bookings")).isEmpty();
    Answer ranged =
        server.get("/api/admin/bookings?from=2026-12-02&to=2026-12-02&needsSync=false", ADMIN);
    assertThat(ranged.data().path("bookings")).hasSize(5);
    Answer bad = server.get("/api/admin/bookings?limit=500&status=maybe&cursor=zz", ADMIN);
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().path("error").path("details").path("fields").fieldNames())
        .toIterable()
        .containsExactlyInAnyOrder("limit", "status", "cursor");
  }

  @Test
  void sync_mirrorsFlaggedBookingsNow() {
    server.crm.failures().failNext(1, () -> IntegrationException.crm("down", null));
    Answer created = book("late@example.com", 0);
    assertThat(created.data().path("warnings").toString()).contains("CRM_SYNC_PENDING");
    assertThat(created.data().path("booking").path("requiresManualCrmSync").asBoolean()).isTrue();
    String id = created.data().path("booking").path("id").asText();

    Answer one = server.post("/api/admin/bookings/" + id + "/sync", "", ADMIN);
    assertThat(one.status()).isEqualTo(200);
    assertThat(one.data().path("complete").asBoolean()).isTrue();
    assertThat(one.data().path("booking").path("crmSynced").asBoolean()).isTrue();

    Answer all = server.post("/api/admin/sync", "", ADMIN);
    assertThat(all.status()).isEqualTo(200);
    assertThat(all.data().path("attempted").asInt()).isZero();
    assertThat(all.data().has("completed")).isTrue();
    assertThat(all.data().has("stillPending")).isTrue();
    assertThat(server.registry.scrape())
        .contains("booking_warnings_total{code=\"CRM_SYNC_PENDING\"}");
  }

  @Test
  void limitOverride_letsAnEmailBookMore() {
    Answer set =
        server.method(
            "PUT",
            "/api/admin/limits/Busy@Example.com",
            "application/json",
            "{\"maxBookings\":3}",
            ADMIN);
    assertThat(set.status()).isEqualTo(200);
    assertThat(set.data().path("email").asText()).isEqualTo("busy@example.com");
    assertThat(set.data().path("maxBookings").asInt()).isEqualTo(3);
    assertThat(
            server
                .get("/api/admin/limits/busy@example.com", ADMIN)
                .data()
                .path("maxBookings")
                .asInt())
        .isEqualTo(3);
    for (int i = 0; i < 3; i++) {
      assertThat(book("busy@example.com", i).status()).isEqualTo(201);
    }
    assertThat(book("busy@example.com", 3).status()).isEqualTo(429);

    Answer cleared =
        server.method("DELETE", "/api/admin/limits/busy@example.com", null, null, ADMIN);
    assertThat(cleared.status()).isEqualTo(200);
    assertThat(cleared.data().path("maxBookings").isNull()).isTrue();
    assertThat(
            server
                .get("/api/admin/limits/busy@example.com", ADMIN)
                .data()
                .path("defaultMaxBookings")
                .asInt())
        .isEqualTo(2);
    Answer bad =
        server.method(
            "PUT",
            "/api/admin/limits/not-an-email",
            "application/json",
            "{\"maxBookings\":-1}",
            ADMIN);
    assertThat(bad.status()).isEqualTo(400);
  }

  private Answer book(String email, int hourOffset) {
    return server.post(
        "/api/bookings", bookingJson(email, SLOT.plusSeconds(3600L * hourOffset), 30));
  }
}
