package com.metalogics.booking.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.metalogics.booking.adapter.http.hostile.HostileSuite;
import com.metalogics.booking.core.contract.MutableClock;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The HTTP adapter's hostile-input suite against the whole service on PostgreSQL, which refuses a
 * NUL byte in text with an error where H2 stores it: no request may answer 5xx, each is refused in
 * the error envelope, and the stored bookings stay as they were.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresHostileInputTest {

  private static final String ADMIN_KEY = "admin-key-for-hostile-tests-0123";
  private static final String PUBLIC_URL = "https://book.example.test";
  private static final int REQUESTS = 600;

  private final MutableClock clock = new MutableClock(HostileSuite.NOW);
  private Application app;
  private ApiClient api;

  @BeforeAll
  void startService() {
    Map<String, String> env = new HashMap<>(PostgresServer.freshDatabase());
    env.put("PORT", "0");
    env.put("ADMIN_API_KEY", ADMIN_KEY);
    env.put("MANAGE_TOKEN_SECRET", "a-secret-of-at-least-32-bytes-for-hostile-tests");
    env.put("PUBLIC_BASE_URL", PUBLIC_URL);
    env.put("RATE_LIMIT_BOOKINGS_PER_MINUTE", "0");
    env.put("SYNC_INTERVAL_SECONDS", "3600");
    app = Application.start(ConfigLoader.load(env), clock);
    api = new ApiClient(app.port());
  }

  @AfterAll
  void stopService() {
    if (app != null) {
      app.close();
    }
  }

  @Test
  void givenNulInTextFieldsAndQueryParameters_answers400NamingTheField_neverAStorageError() {
    JsonNode before = storedBookings();
    for (String field : List.of("company", "phone", "message", "name", "email")) {
      String value = field.equals("email") ? "a\\u0000b@example.org" : "x\\u0000y";
      ApiClient.Reply reply = api.post("/api/bookings", booking(field, value), Map.of());
      assertFieldRefused(reply, field);
    }
    assertFieldRefused(
        api.get("/api/admin/bookings?email=a%00b@example.org", ApiClient.bearer(ADMIN_KEY)),
        "email");
    assertFieldRefused(
        api.get(
            "/api/bookings/available-slots?startDate=2026-12-02%00&endDate=2026-12-02&duration=30"),
        "startDate");
    assertThat(storedBookings()).isEqualTo(before);
  }

  @Test
  void givenSeededHostileRequests_noneAnswers5xx_allAreRefused_andNothingStoredChanges()
      throws IOException {
    ApiClient.Reply legit =
        api.post(
            "/api/bookings",
            "{\"name\":\"Legit\",\"email\":\"legit@example.com\",\"startTime\":\""
                + HostileSuite.SLOT
                + "\",\"duration\":30}",
            Map.of());
    assertThat(legit.status()).isEqualTo(201);
    String id = legit.data().path("booking").path("id").asText();
    String token = legit.data().path("manageToken").asText();
    assertThat(legit.data().path("manageUrl").asText())
        .isEqualTo(PUBLIC_URL + "/manage/" + id + "#token=" + token);
    JsonNode before = storedBookings();

    HostileSuite suite = new HostileSuite(app.port());
    HostileSuite.Report report =
        suite.run(HostileSuite.DEFAULT_SEED, REQUESTS, id, token, ADMIN_KEY);
    String admin = "Authorization: Bearer " + ADMIN_KEY + "\r\n";
    for (String head : HostileSuite.malformedHeads()) {
      assertThat(suite.rawStatus(head, admin))
          .as(head.substring(0, Math.min(120, head.length())))
          .isBetween(400, 499);
    }

    assertThat(report.problems())
        .as("seed %d, requests by kind %s", report.seed(), report.byLabel())
        .isEmpty();
    assertThat(report.byLabel()).containsKey("control characters");
    assertThat(storedBookings()).as("seed %d", report.seed()).isEqualTo(before);
  }

  /** Every stored booking as the admin list shows it (a few here, far below one page). */
  private JsonNode storedBookings() {
    ApiClient.Reply list = api.get("/api/admin/bookings?limit=200", ApiClient.bearer(ADMIN_KEY));
    assertThat(list.status()).isEqualTo(200);
    return list.data().path("bookings");
  }

  /** A valid booking but for {@code field}, whose value is JSON text (escapes allowed). */
  private static String booking(String field, String value) {
    Map<String, String> fields = new HashMap<>();
    fields.put("name", "Ada Lovelace");
    fields.put("email", "ada@example.com");
    fields.put("company", "Engines");
    fields.put("phone", "+1 555 0100");
    fields.put("message", "Hello");
    fields.put(field, value);
    StringBuilder json =
        new StringBuilder("{\"startTime\":\"2026-12-02T16:00:00Z\",\"duration\":30");
    fields.forEach((k, v) -> json.append(",\"").append(k).append("\":\"").append(v).append('"'));
    return json.append('}').toString();
  }

  private static void assertFieldRefused(ApiClient.Reply reply, String field) {
    assertThat(reply.status()).as(field + ": " + reply.body()).isEqualTo(400);
    JsonNode error = reply.body().path("error");
    assertThat(error.path("code").asText()).isEqualTo("VALIDATION_ERROR");
    assertThat(error.path("details").path("fields").path(field).asText())
        .as(reply.body().toString())
        .isEqualTo("must not contain control characters");
  }
}
