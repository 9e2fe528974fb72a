package com.metalogics.booking.adapter.http;

import static com.metalogics.booking.adapter.http.TestServer.SLOT;
import static com.metalogics.booking.adapter.http.TestServer.bearer;
import static com.metalogics.booking.adapter.http.TestServer.bookingJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.metalogics.booking.adapter.http.TestServer.Answer;
import com.metalogics.booking.core.domain.IntegrationException;
import com.metalogics.booking.core.domain.TimeSlot;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The available-slots answer cache, seen through real HTTP: the calendar is changed behind the
 * API's back, so only a kept answer can still offer the blocked slot.
 */
class SlotsCacheTest {

  private static final String SLOTS =
      "/api/bookings/available-slots?startDate=2026-12-02&endDate=2026-12-02&duration=30";
  private static final TimeSlot SLOT_30 = TimeSlot.of(SLOT, Duration.ofMinutes(30));

  private TestServer server = TestServer.withAdmin();

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void givenAnswerKept_whenCalendarBlocksSlot_thenSameAnswerUntilTtlPasses() {
    assertThat(startTimes(askedTwice(SLOTS))).contains(SLOT.toString());
    server.calendar.block(SLOT_30);

    assertThat(startTimes(server.get(SLOTS))).contains(SLOT.toString());
    server.clock.advance(HttpConfig.DEFAULT_SLOTS_CACHE_TTL.minusMillis(1));
    assertThat(startTimes(server.get(SLOTS))).contains(SLOT.toString());
    server.clock.advance(Duration.ofMillis(1));
    assertThat(startTimes(server.get(SLOTS))).doesNotContain(SLOT.toString());
  }

  @Test
  void givenAnswerKept_whenClockStepsBack_thenAnswerIsComputedAgain() {
    assertThat(startTimes(askedTwice(SLOTS))).contains(SLOT.toString());
    server.calendar.block(SLOT_30);
    server.clock.advance(Duration.ofSeconds(-1));
    assertThat(startTimes(server.get(SLOTS))).doesNotContain(SLOT.toString());
  }

  @Test
  void givenAnswerKept_whenSlotBookedThroughApi_thenNextAnswerLacksIt() {
    assertThat(startTimes(askedTwice(SLOTS))).contains(SLOT.toString());
    Answer created = server.post("/api/bookings", bookingJson("ada@example.com", SLOT, 30));
    assertThat(created.status()).isEqualTo(201);
    assertThat(startTimes(server.get(SLOTS))).doesNotContain(SLOT.toString());
  }

  @Test
  void givenAnswerKept_whenBookingCancelledThroughApi_thenNextAnswerOffersItAgain() {
    Answer created = server.post("/api/bookings", bookingJson("ada@example.com", SLOT, 30));
    String id = created.data().path("booking").path("id").asText();
    String token = created.data().path("manageToken").asText();
    assertThat(startTimes(askedTwice(SLOTS))).doesNotContain(SLOT.toString());

    Answer cancelled =
        server.post("/api/bookings/" + id + "/cancel", "", "Authorization", bearer(token));
    assertThat(cancelled.status()).isEqualTo(200);
    assertThat(startTimes(server.get(SLOTS))).contains(SLOT.toString());
  }

  @Test
  void givenFailedBookingAttempt_whenSlotsAskedAgain_thenAnswerIsComputedAgain() {
    assertThat(startTimes(askedTwice(SLOTS))).contains(SLOT.toString());
    server.calendar.block(SLOT_30);
    Answer refused = server.post("/api/bookings", bookingJson("ada@example.com", SLOT, 30));
    assertThat(refused.status()).isEqualTo(409);
    assertThat(startTimes(server.get(SLOTS))).doesNotContain(SLOT.toString());
  }

  @Test
  void givenCalendarUnreadable_whenSlotsAnsweredWithWarning_thenWarningIsNotKept() {
    server.get(SLOTS);
    server.calendar.failures().failNext(1, () -> IntegrationException.calendar("down", null));
    Answer degraded = server.get(SLOTS);
    assertThat(degraded.data().path("warnings").toString()).isEqualTo("[\"CALENDAR_UNAVAILABLE\"]");
    server.calendar.block(SLOT_30);

    Answer recovered = server.get(SLOTS);
    assertThat(recovered.data().path("warnings").toString()).isEqualTo("[]");
    assertThat(startTimes(recovered)).doesNotContain(SLOT.toString());
  }

  @Test
  void givenZeroTtl_whenCalendarBlocksSlot_thenNextAnswerLacksIt() {
    server.close();
    server = new TestServer(HttpConfig.defaults().withSlotsCacheTtl(Duration.ZERO));
    assertThat(startTimes(server.get(SLOTS))).contains(SLOT.toString());
    server.calendar.block(SLOT_30);
    assertThat(startTimes(server.get(SLOTS))).doesNotContain(SLOT.toString());
  }

  @Test
  void givenKeptAnswer_whenServedAgain_thenItIsJsonWithTheSameBody() {
    Answer first = askedTwice(SLOTS);
    Answer second = server.get(SLOTS);
    assertThat(second.status()).isEqualTo(200);
    assertThat(second.header("Content-Type")).startsWith("application/json");
    assertThat(second.raw().body()).isEqualTo(first.raw().body());
    assertThat(second.header("X-Request-Id")).isNotEqualTo(first.header("X-Request-Id"));
  }

  @Test
  void givenAQueryAskedOnce_whenCalendarBlocksSlot_thenTheSecondAskSeesIt() {
    assertThat(startTimes(server.get(SLOTS))).contains(SLOT.toString());
    server.calendar.block(SLOT_30);

    assertThat(startTimes(server.get(SLOTS))).doesNotContain(SLOT.toString());
  }

  /** The second answer to {@code path}: an answer is kept from its query's second ask on. */
  private Answer askedTwice(String path) {
    server.get(path);
    return server.get(path);
  }

  private static List<String> startTimes(Answer slots) {
    assertThat(slots.status()).isEqualTo(200);
    List<String> starts = new ArrayList<>();
    for (JsonNode slot : slots.data().path("slots")) {
      starts.add(slot.path("startTime").asText());
    }
    return starts;
  }
}
