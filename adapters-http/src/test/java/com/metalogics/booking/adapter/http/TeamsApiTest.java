package com.metalogics.booking.adapter.http;

import static com.metalogics.booking.adapter.http.CatalogAdminApiTest.ADMIN;
import static com.metalogics.booking.adapter.http.CatalogAdminApiTest.put;
import static com.metalogics.booking.adapter.http.TestServer.bearer;
import static com.metalogics.booking.adapter.http.TestServer.bookingJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.metalogics.booking.adapter.http.TestServer.Answer;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Round-robin types through the real server: their fields, the assignment and who sees why. */
class TeamsApiTest {

  private static final String SALES =
      """
      {"title": "Sales call", "durations": [30], "assignment": "ROUND_ROBIN",
       "hosts": ["ann", "bob"], "hostLimits": {"perDay": 5}, "fairnessPeriod": "WEEK"}
      """;

  private final TestServer server = TestServer.withAdmin();

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void hostsAndPools_roundTripTheirTeamFields() {
    hosts();
    Answer type = put(server, "/api/admin/event-types/sales", SALES);
    assertThat(type.status()).as(type.raw().body()).isEqualTo(201);
    assertThat(type.data().path("assignment").asText()).isEqualTo("ROUND_ROBIN");
    assertThat(type.data().path("hostLimits").path("perDay").asInt()).isEqualTo(5);
    assertThat(type.data().path("fairnessPeriod").asText()).isEqualTo("WEEK");
    Answer badPeriod =
        put(server, "/api/admin/event-types/odd", SALES.replace("\"WEEK\"", "\"FORTNIGHT\""));
    assertThat(CatalogAdminApiTest.fields(badPeriod)).containsExactly("fairnessPeriod");
    assertThat(server.get("/api/admin/hosts/ann", ADMIN).data().path("hubspotOwnerId").asText())
        .isEqualTo("123");
    Answer bad =
        put(
            server,
            "/api/admin/hosts/cho",
            host("Cho").replace("\"scheduleId\"", "\"hubspotOwnerId\": \"abc\", \"scheduleId\""));
    assertThat(CatalogAdminApiTest.fields(bad)).containsExactly("hubspotOwnerId");
  }

  @Test
  void bookings_goToTheHostsInTurn_andOnlyAdminsSeeWhy() {
    hosts();
    put(server, "/api/admin/event-types/sales", SALES);
    JsonNode first = book("ada@example.com", "2026-12-02T15:00:00Z");
    JsonNode second = book("bea@example.com", "2026-12-02T16:00:00Z");

    assertThat(first.path("booking").path("host").path("id").asText()).isEqualTo("ann");
    assertThat(second.path("booking").path("host").path("id").asText()).isEqualTo("bob");
    assertThat(first.path("booking").has("assignmentReason")).isFalse();
    String id = first.path("booking").path("id").asText();
    String token = first.path("manageToken").asText();
    assertThat(
            server
                .get("/api/bookings/" + id, "Authorization", bearer(token))
                .data()
                .path("booking")
                .has("assignmentReason"))
        .isFalse();
    assertThat(
            server
                .get("/api/bookings/" + id, ADMIN)
                .data()
                .path("booking")
                .path("assignmentReason")
                .asText())
        .startsWith("round-robin");
  }

  private JsonNode book(String email, String start) {
    String body =
        bookingJson(email, Instant.parse(start), 30).replace("}", ",\"eventType\":\"sales\"}");
    Answer created = server.post("/api/bookings", body);
    assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
    return created.data();
  }

  private void hosts() {
    Answer ann =
        put(
            server,
            "/api/admin/hosts/ann",
            host("Ann").replace("\"scheduleId\"", "\"hubspotOwnerId\": \"123\", \"scheduleId\""));
    assertThat(ann.status()).as(ann.raw().body()).isEqualTo(201);
    assertThat(put(server, "/api/admin/hosts/bob", host("Bob")).status()).isEqualTo(201);
  }

  private static String host(String name) {
    return """
        {"name": "%s", "email": "%s@example.com", "timeZone": "America/New_York",
         "scheduleId": "default"}
        """
        .formatted(name, name.toLowerCase(java.util.Locale.ROOT));
  }
}
