package com.metalogics.booking.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.metalogics.booking.core.contract.MutableClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The whole service through real HTTP, wired as {@link Main} wires it, with the integrations
 * disabled. Subclasses name the database. The clock stands on Monday 7 January 2030, 10:00 in New
 * York, so the default rules (weekdays 9 to 17 New York, 24 h ahead) offer Wednesday's slots.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class EndToEndContract {

  static final Instant NOW = Instant.parse("2030-01-07T15:00:00Z");
  static final String ADMIN_KEY = "admin-key-for-tests-0123456789";
  static final String WEDNESDAY = "2030-01-09";

  final MutableClock clock = new MutableClock(NOW);
  Application app;
  ApiClient api;

  /** The database variables for this run (at least {@code DATABASE_URL}). */
  abstract Map<String, String> databaseEnvironment();

  @BeforeAll
  void startService() {
    app = start(environment());
    api = new ApiClient(app.port());
  }

  @AfterAll
  void stopService() {
    if (app != null) {
      app.close();
    }
  }

  Map<String, String> environment() {
    Map<String, String> env = new HashMap<>(databaseEnvironment());
    env.put("PORT", "0");
    env.put("ADMIN_API_KEY", ADMIN_KEY);
    env.put("RATE_LIMIT_BOOKINGS_PER_MINUTE", "0");
    env.put("SYNC_INTERVAL_SECONDS", "3600");
    return env;
  }

  Application start(Map<String, String> env) {
    return Application.start(ConfigLoader.load(env), clock);
  }

  @Test
  void givenFreeSlot_wholeLifecycle_booksMovesAndCancels() {
    String first = "2030-01-09T15:00:00Z";
    String moved = "2030-01-09T19:00:00Z";
    assertThat(slotStarts(WEDNESDAY, 30)).contains(first, moved);

    ApiClient.Reply created = book("lifecycle@example.com", first, 30, Map.of());
    assertThat(created.status()).isEqualTo(201);
    String id = created.data().path("booking").path("id").asText();
    String token = created.data().path("manageToken").asText();
    assertThat(created.data().path("booking").path("requiresManualCalendarSync").asBoolean())
        .as("the seed flag is kept for when the calendar is switched on")
        .isTrue();
    assertThat(warnings(created))
        .as("nothing waits for a switched-off integration")
        .doesNotContain("CALENDAR_SYNC_PENDING", "CRM_SYNC_PENDING");
    assertThat(slotStarts(WEDNESDAY, 30)).doesNotContain(first);

    ApiClient.Reply fetched = api.get("/api/bookings/" + id, ApiClient.bearer(token));
    assertThat(fetched.status()).isEqualTo(200);
    assertThat(fetched.data().path("booking").path("startTime").asText()).isEqualTo(first);

    ApiClient.Reply rescheduled =
        api.post(
            "/api/bookings/" + id + "/reschedule",
            "{\"startTime\": \"" + moved + "\"}",
            ApiClient.bearer(token));
    assertThat(rescheduled.status()).isEqualTo(200);
    assertThat(slotStarts(WEDNESDAY, 30)).contains(first).doesNotContain(moved);

    ApiClient.Reply cancelled =
        api.post(
            "/api/bookings/" + id + "/cancel",
            "{\"reason\": \"changed plans\"}",
            ApiClient.bearer(token));
    assertThat(cancelled.status()).isEqualTo(200);
    assertThat(cancelled.data().path("booking").path("status").asText()).isEqualTo("CANCELLED");
    assertThat(slotStarts(WEDNESDAY, 30)).contains(first, moved);
  }

  @Test
  void givenTakenSlot_secondBooking_isRefusedWith409() {
    String start = "2030-01-10T15:00:00Z";
    assertThat(book("first@example.com", start, 30, Map.of()).status()).isEqualTo(201);

    ApiClient.Reply second = book("second@example.com", start, 30, Map.of());

    assertThat(second.status()).isEqualTo(409);
    assertThat(second.body().path("error").path("code").asText()).isEqualTo("SLOT_UNAVAILABLE");
  }

  @Test
  void givenSameIdempotencyKey_replay_returnsTheFirstBooking() {
    Map<String, String> key = Map.of("Idempotency-Key", "e2e-replay-1");
    ApiClient.Reply first = book("replay@example.com", "2030-01-10T17:00:00Z", 30, key);
    ApiClient.Reply again = book("replay@example.com", "2030-01-10T17:00:00Z", 30, key);

    assertThat(first.status()).isEqualTo(201);
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.data().path("booking").path("id"))
        .isEqualTo(first.data().path("booking").path("id"));
  }

  @Test
  void givenIntegrationsOff_nothingWaitsForSync_notEvenACancelledBooking_norTheBacklogGauge() {
    book("off-kept@example.com", "2030-01-10T19:00:00Z", 30, Map.of());
    ApiClient.Reply gone = book("off-gone@example.com", "2030-01-10T20:00:00Z", 30, Map.of());
    ApiClient.Reply cancelled =
        api.post(
            "/api/bookings/" + gone.data().path("booking").path("id").asText() + "/cancel",
            "{}",
            ApiClient.bearer(gone.data().path("manageToken").asText()));
    assertThat(cancelled.status()).isEqualTo(200);
    // A fresh instance counts the backlog at its first scrape, whatever was scraped before.
    app.close();
    app = start(environment());
    api = new ApiClient(app.port());
    Map<String, String> admin = ApiClient.bearer(ADMIN_KEY);

    ApiClient.Reply needing = api.get("/api/admin/bookings?needsSync=true", admin);
    assertThat(needing.data().path("bookings")).isEmpty();
    assertThat(needing.data().path("total").asInt()).isZero();
    assertThat(api.text("/metrics")).contains("booking_sync_backlog 0.0");

    ApiClient.Reply mine = api.get("/api/admin/bookings?q=off-&sort=status", admin);
    assertThat(mine.data().path("total").asInt()).isEqualTo(2);
    for (JsonNode booking : mine.data().path("bookings")) {
      assertThat(booking.path("sync").toString())
          .isEqualTo("{\"calendar\":\"DISABLED\",\"crm\":\"DISABLED\",\"email\":\"DISABLED\"}");
    }
  }

  @Test
  void givenNoAdminKey_adminRoutes_areRefused() {
    assertThat(api.get("/api/admin/bookings").status()).isEqualTo(401);
    assertThat(api.get("/api/admin/bookings", ApiClient.bearer("wrong-key-0123456789")).status())
        .isEqualTo(401);
    assertThat(api.post("/api/admin/sync", "{}", Map.of()).status()).isEqualTo(401);

    ApiClient.Reply listed = api.get("/api/admin/bookings", ApiClient.bearer(ADMIN_KEY));
    assertThat(listed.status()).isEqualTo(200);
    assertThat(listed.data().path("bookings").isArray()).isTrue();
  }

  @Test
  void givenAnotherBookingsToken_getBooking_answers404() {
    ApiClient.Reply mine = book("owner@example.com", "2030-01-11T15:00:00Z", 30, Map.of());
    ApiClient.Reply theirs = book("other@example.com", "2030-01-11T16:00:00Z", 30, Map.of());
    String theirToken = theirs.data().path("manageToken").asText();

    ApiClient.Reply peek =
        api.get(
            "/api/bookings/" + mine.data().path("booking").path("id").asText(),
            ApiClient.bearer(theirToken));

    assertThat(peek.status()).isEqualTo(404);
  }

  @Test
  void readiness_reportsDatabaseUpAndIntegrationsDisabled() {
    ApiClient.Reply ready = api.get("/health/ready");

    assertThat(ready.status()).isEqualTo(200);
    String body = ready.body().toString();
    assertThat(body)
        .contains("\"database\":\"UP\"", "\"calendar\":\"DISABLED\"", "\"crm\":\"DISABLED\"");
    assertThat(api.get("/health/live").status()).isEqualTo(200);
    assertThat(api.text("/metrics")).contains("jvm_memory_used_bytes");
  }

  /**
   * An admin adds a schedule, a host and an event type at run time; the next requests answer by
   * them, a stale edit is refused, and the audit log has every change. A type of its own, so the
   * default type the other cases use stays as seeded.
   */
  @Test
  void givenANewEventTypeAtRunTime_slotsAndBookingsFollowIt_atOnce() {
    Map<String, String> admin = ApiClient.bearer(ADMIN_KEY);
    String schedule =
        """
        {"name": "Saturdays", "timeZone": "America/New_York",
         "weekly": {"SATURDAY": [{"from": "10:00", "to": "12:00"}]}}""";
    assertThat(api.put("/api/admin/schedules/saturdays", schedule, admin).status()).isEqualTo(201);
    String host =
        """
        {"name": "Sam", "email": "sam@example.com", "timeZone": "America/New_York",
         "scheduleId": "saturdays", "active": true, "weight": 1, "priority": 0}""";
    assertThat(api.put("/api/admin/hosts/sam", host, admin).status()).isEqualTo(201);
    String type =
        """
        {"title": "Intro", "durations": [20], "defaultDuration": 20, "slotIncrement": 20,
         "bufferBefore": 0, "bufferAfter": 0, "minNoticeMinutes": 60, "maxAdvanceDays": 30,
         %s "assignment": "SINGLE", "hosts": ["sam"], "active": true}""";
    ApiClient.Reply created = api.put("/api/admin/event-types/intro", type.formatted(""), admin);
    assertThat(created.status()).as(created.body().toString()).isEqualTo(201);

    assertThat(api.get("/api/event-types").body().toString()).contains("\"intro\"", "\"meeting\"");
    String saturday = "/api/bookings/available-slots?startDate=2030-01-12&endDate=2030-01-12";
    ApiClient.Reply slots = api.get(saturday + "&duration=20&eventType=intro");
    assertThat(slots.data().path("slots")).hasSize(6);
    String json =
        """
        {"name": "Ada", "email": "ada-intro@example.com", "startTime": "2030-01-12T15:00:00Z",
         "duration": 20, "eventType": "intro"}""";
    ApiClient.Reply booked = api.post("/api/bookings", json, Map.of());
    assertThat(booked.status()).as(booked.body().toString()).isEqualTo(201);
    assertThat(booked.data().path("booking").path("eventType").asText()).isEqualTo("intro");
    assertThat(booked.data().path("booking").path("host").path("id").asText()).isEqualTo("sam");

    String onePerDay = "\"limits\": {\"perDay\": 1}, \"version\": 1,";
    ApiClient.Reply limited =
        api.put("/api/admin/event-types/intro", type.formatted(onePerDay), admin);
    assertThat(limited.status()).as(limited.body().toString()).isEqualTo(200);
    assertThat(api.get(saturday + "&duration=20&eventType=intro").data().path("slots")).isEmpty();
    ApiClient.Reply stale =
        api.put("/api/admin/event-types/intro", type.formatted(onePerDay), admin);
    assertThat(stale.status()).isEqualTo(409);
    assertThat(stale.body().path("error").path("code").asText()).isEqualTo("VERSION_CONFLICT");
    assertThat(api.get("/api/admin/audit", admin).body().toString())
        .contains("saturdays", "sam", "intro");
  }

  ApiClient.Reply book(String email, String start, int minutes, Map<String, String> headers) {
    String json =
        """
        {"name": "Ada Lovelace", "email": "%s", "startTime": "%s", "duration": %d}
        """
            .formatted(email, start, minutes);
    return api.post("/api/bookings", json, headers);
  }

  List<String> slotStarts(String date, int minutes) {
    ApiClient.Reply reply =
        api.get(
            "/api/bookings/available-slots?startDate=%s&endDate=%s&duration=%d"
                .formatted(date, date, minutes));
    assertThat(reply.status()).as(reply.body().toString()).isEqualTo(200);
    List<String> starts = new ArrayList<>();
    for (JsonNode slot : reply.data().path("slots")) {
      starts.add(slot.path("startTime").asText());
    }
    return starts;
  }

  static List<String> warnings(ApiClient.Reply reply) {
    List<String> codes = new ArrayList<>();
    reply
        .data()
        .path("warnings")
        .forEach(w -> codes.add(w.isTextual() ? w.asText() : w.path("code").asText()));
    return codes;
  }
}
