package com.metalogics.booking.adapter.http;

import static com.metalogics.booking.adapter.http.TestServer.ADMIN_KEY;
import static com.metalogics.booking.adapter.http.TestServer.SLOT;
import static com.metalogics.booking.adapter.http.TestServer.bookingJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A scripted history through the API, and the insights it must show exactly: views, searches,
 * bookings by source, a cancellation, a reschedule and a no-show.
 */
class InsightsApiTest {

  private static final String RANGE = "/api/admin/insights?from=2026-11-30&to=2026-12-05";

  private final TestServer server = TestServer.withAdmin();

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void scriptedHistory_isCountedExactly() {
    List<String> ids = scriptHistory();

    JsonNode data = admin(RANGE).data();

    JsonNode totals = data.path("totals");
    assertThat(totals.path("views").asLong()).isEqualTo(3);
    assertThat(totals.path("visitors").asLong()).isEqualTo(2);
    assertThat(totals.path("searches").asLong()).isEqualTo(2);
    assertThat(totals.path("searchers").asLong()).isEqualTo(1);
    assertThat(totals.path("bookings").asLong()).isEqualTo(4);
    assertThat(totals.path("cancellations").asLong()).isEqualTo(1);
    assertThat(totals.path("reschedules").asLong()).isEqualTo(1);
    assertThat(totals.path("noShows").asLong()).isEqualTo(1);
    assertThat(totals.path("conversion").asDouble()).isEqualTo(4.0);
    assertThat(totals.path("noShowRate").asDouble()).isEqualTo(0.25);
    assertThat(data.path("days").toString())
        .isEqualTo(
            "[{\"date\":\"2026-11-30\",\"views\":3,\"visitors\":2,\"searches\":2,\"searchers\":1,"
                + "\"bookings\":4,\"cancellations\":1,\"reschedules\":1,\"noShows\":0},"
                + "{\"date\":\"2026-12-03\",\"views\":0,\"visitors\":0,\"searches\":0,"
                + "\"searchers\":0,\"bookings\":0,\"cancellations\":0,\"reschedules\":0,"
                + "\"noShows\":1}]");
    assertThat(data.path("leadSources").toString())
        .isEqualTo(
            "[{\"source\":\"newsletter\",\"bookings\":2},{\"source\":\"direct\",\"bookings\":1},"
                + "{\"source\":\"example.org\",\"bookings\":1}]");
    assertThat(data.path("hosts").get(0).path("hostId").asText()).isEqualTo("owner");
    assertThat(data.path("hosts").get(0).path("bookings").asLong()).isEqualTo(4);
    assertThat(data.path("hosts").get(0).path("share").asDouble()).isEqualTo(1.0);
    assertThat(data.path("popularTimes").toString())
        .isEqualTo(
            "[{\"weekday\":\"WEDNESDAY\",\"hour\":10,\"bookings\":1},"
                + "{\"weekday\":\"WEDNESDAY\",\"hour\":11,\"bookings\":1},"
                + "{\"weekday\":\"WEDNESDAY\",\"hour\":13,\"bookings\":1},"
                + "{\"weekday\":\"FRIDAY\",\"hour\":14,\"bookings\":1}]");
    JsonNode first =
        server
            .get("/api/bookings/" + ids.get(0), "Authorization", TestServer.bearer(ADMIN_KEY))
            .data();
    assertThat(first.path("booking").path("source").path("utmSource").asText())
        .isEqualTo("newsletter");
    assertThat(first.path("booking").path("noShowAt").asText()).isNotEmpty();
  }

  @Test
  void csv_exportsOneTable_withItsJsonFieldNames() {
    scriptHistory();

    TestServer.Answer csv = admin(RANGE + "&format=csv&table=leadSources");

    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.header("Content-Type")).startsWith("text/csv");
    assertThat(csv.raw().body())
        .isEqualTo("source,bookings\r\nnewsletter,2\r\ndirect,1\r\nexample.org,1\r\n");
  }

  @Test
  void csv_defusesFormulasInLeadSources() {
    book("formula@example.com", SLOT, "{\"utmSource\":\"=HYPERLINK(1)\"}");

    String body = admin(RANGE + "&format=csv&table=leadSources").raw().body();

    assertThat(body).isEqualTo("source,bookings\r\n'=HYPERLINK(1),1\r\n");
  }

  @Test
  void noShow_isRefusedBeforeTheStart_andForACancelledBooking_andRepeatsQuietly() {
    String future = book("future@example.com", SLOT, "null");
    String cancelled = book("gone@example.com", SLOT.plus(Duration.ofHours(2)), "null");
    server.post(
        "/api/bookings/" + cancelled + "/cancel",
        "{}",
        "Authorization",
        TestServer.bearer(ADMIN_KEY));

    assertThat(noShow(future).errorCode()).isEqualTo("BOOKING_NOT_PAST");
    assertThat(noShow(future).status()).isEqualTo(409);
    assertThat(noShow(cancelled).errorCode()).isEqualTo("BOOKING_NOT_ACTIVE");
    server.clock.set(SLOT.plus(Duration.ofMinutes(5)));
    assertThat(noShow(future).status()).isEqualTo(200);
    assertThat(noShow(future).status()).isEqualTo(200);
    assertThat(admin(RANGE).data().path("totals").path("noShows").asLong()).isEqualTo(1);
    assertThat(noShow("00000000-0000-0000-0000-000000000000").status()).isEqualTo(404);
  }

  @Test
  void badSource_isRefusedNamingTheField() {
    TestServer.Answer tooLong =
        server.post(
            "/api/bookings",
            withSource(
                bookingJson("long@example.com", SLOT, 30),
                "{\"utmSource\":\""
                    + "x".repeat(201)
                    + "\",\"bogus\":\"a\",\"utmTerm\":\"a\\u0007\"}"));
    TestServer.Answer notObject =
        server.post(
            "/api/bookings", withSource(bookingJson("str@example.com", SLOT, 30), "\"ads\""));

    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(tooLong.errorCode()).isEqualTo("VALIDATION_ERROR");
    assertThat(tooLong.json().path("error").path("details").path("fields").fieldNames())
        .toIterable()
        .containsExactlyInAnyOrder("source.utmSource", "source.bogus", "source.utmTerm");
    assertThat(notObject.json().path("error").path("details").path("fields").has("source"))
        .isTrue();
    assertThat(admin(RANGE).data().path("totals").path("bookings").asLong()).isZero();
  }

  @Test
  void badParameters_areRefused() {
    assertThat(admin("/api/admin/insights?from=2026-12-05&to=2026-11-30").errorCode())
        .isEqualTo("INVALID_DATE_RANGE");
    assertThat(admin("/api/admin/insights?from=2025-01-01&to=2026-11-30").errorCode())
        .isEqualTo("INVALID_DATE_RANGE");
    assertThat(admin("/api/admin/insights?from=yesterday").errorCode())
        .isEqualTo("VALIDATION_ERROR");
    assertThat(admin("/api/admin/insights?format=xml").errorCode()).isEqualTo("VALIDATION_ERROR");
    assertThat(admin("/api/admin/insights?format=csv&table=bookings").errorCode())
        .isEqualTo("VALIDATION_ERROR");
    assertThat(server.get("/api/admin/insights").status()).isEqualTo(401);
  }

  @Test
  void withoutRange_coversTheThirtyDaysUpToToday() {
    JsonNode data = admin("/api/admin/insights").data();

    assertThat(data.path("from").asText()).isEqualTo("2026-11-01");
    assertThat(data.path("to").asText()).isEqualTo("2026-11-30");
    assertThat(data.path("timeZone").asText()).isEqualTo("America/New_York");
  }

  @Test
  void bookingsUnderAVipTier_areCountedPerTier_inTheAnswerAndItsCsv() {
    TestServer.Answer tier =
        server.method(
            "PUT",
            "/api/admin/vip-tiers/partners",
            "application/json",
            "{\"name\":\"Partners\",\"members\":{\"domains\":[\"partner.example\"]},"
                + "\"grants\":[{\"maxAdvanceDays\":120}]}",
            "Authorization",
            TestServer.bearer(ADMIN_KEY));
    assertThat(tier.status()).as(tier.raw().body()).isBetween(200, 201);
    book("ada@partner.example", SLOT, "null");
    book("bob@example.com", SLOT.plus(Duration.ofHours(1)), "null");

    assertThat(admin(RANGE).data().path("vipTiers").toString())
        .isEqualTo("[{\"tier\":\"partners\",\"bookings\":1}]");
    assertThat(admin(RANGE + "&format=csv&table=vipTiers").raw().body())
        .isEqualTo("tier,bookings\r\npartners,1\r\n");
  }

  /**
   * Monday 2026-11-30: three views by two visitors, two searches by one, four bookings (two from
   * the newsletter, one referred, one direct), one cancelled, one moved; on Thursday the first is
   * marked as a no-show.
   */
  private List<String> scriptHistory() {
    server.get("/", "User-Agent", "agent-a");
    server.get("/book/meeting", "User-Agent", "agent-a");
    server.get("/", "User-Agent", "agent-b");
    String slots =
        "/api/bookings/available-slots?startDate=2026-12-01&endDate=2026-12-04&duration=30";
    server.get(slots, "User-Agent", "agent-a");
    server.get(slots, "User-Agent", "agent-a");
    List<String> ids = new ArrayList<>();
    String newsletter = "{\"utmSource\":\"newsletter\",\"utmMedium\":\"email\"}";
    ids.add(book("one@example.com", SLOT, newsletter));
    ids.add(
        book("two@example.com", SLOT.plus(Duration.ofHours(1)), "{\"referrer\":\"example.org\"}"));
    ids.add(book("three@example.com", SLOT.plus(Duration.ofHours(3)), "null"));
    ids.add(book("four@example.com", SLOT.plus(Duration.ofDays(2).plusHours(4)), newsletter));
    server.post(
        "/api/bookings/" + ids.get(1) + "/cancel",
        "{}",
        "Authorization",
        TestServer.bearer(ADMIN_KEY));
    TestServer.Answer moved =
        server.post(
            "/api/bookings/" + ids.get(2) + "/reschedule",
            "{\"startTime\":\"" + SLOT.plus(Duration.ofDays(1)) + "\"}",
            "Authorization",
            TestServer.bearer(ADMIN_KEY));
    assertThat(moved.status()).as(moved.raw().body()).isEqualTo(200);
    server.engine.countTraffic().flush();
    server.clock.set(Instant.parse("2026-12-03T15:00:00Z"));
    assertThat(noShow(ids.get(0)).status()).isEqualTo(200);
    return ids;
  }

  private String book(String email, Instant start, String source) {
    TestServer.Answer answer =
        server.post("/api/bookings", withSource(bookingJson(email, start, 30), source));
    assertThat(answer.status()).as(answer.raw().body()).isEqualTo(201);
    return answer.data().path("booking").path("id").asText();
  }

  private static String withSource(String json, String source) {
    return json.substring(0, json.length() - 1) + ",\"source\":" + source + "}";
  }

  private TestServer.Answer noShow(String id) {
    return server.post(
        "/api/admin/bookings/" + id + "/no-show",
        "",
        "Authorization",
        TestServer.bearer(ADMIN_KEY));
  }

  private TestServer.Answer admin(String path) {
    return server.get(path, "Authorization", TestServer.bearer(ADMIN_KEY));
  }
}
