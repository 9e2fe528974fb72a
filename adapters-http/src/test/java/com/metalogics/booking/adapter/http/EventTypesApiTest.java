package com.metalogics.booking.adapter.http;

import static com.metalogics.booking.adapter.http.CatalogAdminApiTest.ADMIN;
import static com.metalogics.booking.adapter.http.CatalogAdminApiTest.put;
import static com.metalogics.booking.adapter.http.TestServer.SLOT;
import static com.metalogics.booking.adapter.http.TestServer.bookingJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.metalogics.booking.adapter.http.TestServer.Answer;
import com.metalogics.booking.core.domain.DateOverride;
import com.metalogics.booking.core.domain.Schedule;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What visitors see of event types: the list, typed slots and bookings, changes at once. */
class EventTypesApiTest {

  static final String CONSULT =
      """
      {"title": "Consultation", "description": "Forty-five minutes\\non the phone",
       "location": "Phone", "durations": [45], "minNoticeMinutes": 60, "maxAdvanceDays": 30,
       "limits": {"perDay": 2}, "hosts": ["owner"]}
      """;

  private static final String DAY = "startDate=2026-12-02&endDate=2026-12-02";
  private static final String MEETING_SLOTS =
      "/api/bookings/available-slots?" + DAY + "&duration=30";
  private static final String CONSULT_SLOTS =
      "/api/bookings/available-slots?" + DAY + "&duration=45&eventType=consult";

  private final TestServer server = TestServer.withAdmin();

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void thePublicList_holdsTheActiveTypesOnly_withoutTheirRules() {
    put(server, "/api/admin/event-types/consult", CONSULT);
    put(
        server,
        "/api/admin/event-types/hidden",
        CONSULT.replace("\"hosts\"", "\"active\": false, \"hosts\""));
    Answer list = server.get("/api/event-types");
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.data())
        .extracting(t -> t.path("slug").asText())
        .containsExactly("consult", "meeting");
    JsonNode consult = list.data().get(0);
    assertThat(names(consult))
        .containsExactlyInAnyOrder(
            "slug",
            "title",
            "description",
            "location",
            "durations",
            "defaultDuration",
            "smsReminders");
    assertThat(consult.path("description").asText()).isEqualTo("Forty-five minutes\non the phone");
    assertThat(list.data().get(1).path("durations"))
        .extracting(JsonNode::asInt)
        .containsExactly(15, 30, 45, 60);
  }

  @Test
  void slotsAndBookings_followTheTypeNamed() {
    put(server, "/api/admin/event-types/consult", CONSULT);
    Answer slots = server.get(CONSULT_SLOTS);
    assertThat(slots.status()).as(slots.raw().body()).isEqualTo(200);
    assertThat(startTimes(slots)).startsWith("2026-12-02T14:00:00Z", "2026-12-02T14:45:00Z");
    assertThat(slots.data().path("slots").get(0).path("duration").asInt()).isEqualTo(45);

    String body =
        bookingJson("ada@example.com", Instant.parse("2026-12-02T14:45:00Z"), 45)
            .replace("}", ",\"eventType\":\"consult\"}");
    Answer created = server.post("/api/bookings", body);
    assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
    JsonNode booking = created.data().path("booking");
    assertThat(booking.path("eventType").asText()).isEqualTo("consult");
    assertThat(booking.path("host").path("id").asText()).isEqualTo("owner");
    assertThat(booking.path("host").path("name").asText()).isEqualTo("Owner");
    assertThat(startTimes(server.get(MEETING_SLOTS)))
        .doesNotContain(SLOT.toString())
        .contains("2026-12-02T14:00:00Z");
  }

  @Test
  void withoutAType_everythingIsTheMeetingType_asInPhaseOne() {
    Answer plain = server.get(MEETING_SLOTS);
    Answer named = server.get(MEETING_SLOTS + "&eventType=meeting");
    assertThat(named.data()).isEqualTo(plain.data());
    assertThat(plain.data().path("slots")).hasSize(16);
    assertThat(plain.data().path("businessHours").path("startHour").asInt()).isEqualTo(9);
    Answer created = server.post("/api/bookings", bookingJson("ada@example.com", SLOT, 30));
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.data().path("booking").path("eventType").asText()).isEqualTo("meeting");
    assertThat(created.data().path("booking").path("host").path("id").asText()).isEqualTo("owner");
  }

  @Test
  void unknownOrInactiveTypes_areNotFound() {
    put(
        server,
        "/api/admin/event-types/hidden",
        CONSULT.replace("\"hosts\"", "\"active\": false, \"hosts\""));
    for (String slug : List.of("hidden", "nope")) {
      Answer slots = server.get(MEETING_SLOTS + "&eventType=" + slug);
      assertThat(slots.status()).isEqualTo(404);
      assertThat(slots.errorCode()).isEqualTo("NOT_FOUND");
      String body =
          bookingJson("ada@example.com", SLOT, 45).replace("}", ",\"eventType\":\"" + slug + "\"}");
      assertThat(server.post("/api/bookings", body).errorCode()).isEqualTo("NOT_FOUND");
    }
    Answer control = server.get(MEETING_SLOTS + "&eventType=meet%07ing");
    assertThat(control.status()).isEqualTo(400);
    assertThat(server.repository.all()).isEmpty();
  }

  @Test
  void aPut_changesTheNextSlotsAnswerAtOnce() {
    assertThat(startTimes(server.get(MEETING_SLOTS))).hasSize(16);
    JsonNode schedule = server.get("/api/admin/schedules/default", ADMIN).data();
    String closed =
        schedule
            .toString()
            .replace("\"overrides\":[]", "\"overrides\":[{\"date\":\"2026-12-02\",\"ranges\":[]}]");
    Answer put = put(server, "/api/admin/schedules/default", closed);
    assertThat(put.status()).as(put.raw().body()).isEqualTo(200);
    assertThat(startTimes(server.get(MEETING_SLOTS))).isEmpty();
  }

  @Test
  void aChangeMadeByAnotherInstance_isSeenByTheNextSlotsAnswer_despiteTheCache() {
    assertThat(startTimes(server.get(MEETING_SLOTS))).hasSize(16);
    Schedule current = server.catalog.schedule("default").orElseThrow().value();
    Schedule closed =
        new Schedule(
            current.id(),
            current.name(),
            current.timeZone(),
            current.weekly(),
            List.of(DateOverride.closed(LocalDate.of(2026, 12, 2))),
            current.blackouts());
    server.catalog.save(closed, OptionalLong.of(1), "admin");
    assertThat(startTimes(server.get(MEETING_SLOTS))).isEmpty();
  }

  static List<String> startTimes(Answer answer) {
    List<String> out = new ArrayList<>();
    answer.data().path("slots").forEach(s -> out.add(s.path("startTime").asText()));
    return out;
  }

  private static List<String> names(JsonNode node) {
    List<String> out = new ArrayList<>();
    node.fieldNames().forEachRemaining(out::add);
    return out;
  }
}
