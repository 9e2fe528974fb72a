package com.metalogics.booking.adapter.http;

import static com.metalogics.booking.adapter.http.CatalogAdminApiTest.ADMIN;
import static com.metalogics.booking.adapter.http.CatalogAdminApiTest.put;
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

/** An event type's reminders in the admin API, the phone they need, and the attendee's opt-out. */
class RemindersApiTest {

  private static final String WITH_SMS =
      """
      {"title": "Consultation", "durations": [45], "hosts": ["owner"],
       "reminders": [{"channel": "EMAIL", "offsetMinutes": 1440},
                     {"channel": "SMS", "offsetMinutes": 60}],
       "calendarReminders": [{"method": "popup", "minutes": 10}]}
      """;

  private static final Instant START = Instant.parse("2026-12-02T14:45:00Z");

  private final TestServer server = TestServer.withAdmin();

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void aTypesReminders_areStoredAndShown_andTheDefaultIsOneMailADayBefore() {
    Answer created = put(server, "/api/admin/event-types/consult", WITH_SMS);
    assertThat(created.status()).as(created.raw().body()).isEqualTo(201);

    JsonNode consult = server.get("/api/admin/event-types/consult", ADMIN).data();
    assertThat(consult.path("reminders").toString())
        .isEqualTo(
            "[{\"channel\":\"EMAIL\",\"offsetMinutes\":1440},"
                + "{\"channel\":\"SMS\",\"offsetMinutes\":60}]");
    assertThat(consult.path("calendarReminders").toString())
        .isEqualTo("[{\"method\":\"popup\",\"minutes\":10}]");
    JsonNode meeting = server.get("/api/admin/event-types/meeting", ADMIN).data();
    assertThat(meeting.path("reminders").toString())
        .isEqualTo("[{\"channel\":\"EMAIL\",\"offsetMinutes\":1440}]");
    assertThat(meeting.path("calendarReminders")).isEmpty();
  }

  @Test
  void unreadableReminders_areEachNamed() {
    String bad =
        """
        {"title": "Consultation", "durations": [45], "hosts": ["owner"],
         "reminders": [{"channel": "FAX", "offsetMinutes": 60}, {"channel": "EMAIL"}],
         "calendarReminders": [{"method": "POPUP", "minutes": 10}, {"minutes": "ten"}]}
        """;

    Answer answer = put(server, "/api/admin/event-types/consult", bad);

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.errorCode()).isEqualTo("VALIDATION_ERROR");
    assertThat(fields(answer))
        .containsExactlyInAnyOrder(
            "reminders[0].channel",
            "reminders[1].offsetMinutes",
            "calendarReminders[0].method",
            "calendarReminders[1].method",
            "calendarReminders[1].minutes");
  }

  @Test
  void remindersOutOfRangeOrRepeated_areEachNamed() {
    String bad =
        """
        {"title": "Consultation", "durations": [45], "hosts": ["owner"],
         "reminders": [{"channel": "SMS", "offsetMinutes": 0},
                       {"channel": "EMAIL", "offsetMinutes": 60},
                       {"channel": "EMAIL", "offsetMinutes": 60}],
         "calendarReminders": [{"method": "email", "minutes": -1}]}
        """;

    Answer answer = put(server, "/api/admin/event-types/consult", bad);

    assertThat(fields(answer))
        .containsExactlyInAnyOrder(
            "reminders[0].offsetMinutes",
            "reminders[2].offsetMinutes",
            "calendarReminders[0].minutes");
  }

  @Test
  void moreThanFiveCalendarReminders_areRefused() {
    String six =
        WITH_SMS.replace(
            "[{\"method\": \"popup\", \"minutes\": 10}]",
            "["
                + "{\"method\": \"popup\", \"minutes\": 10},".repeat(5)
                + "{\"method\": \"email\", \"minutes\": 1}]");

    Answer answer = put(server, "/api/admin/event-types/consult", six);

    assertThat(fields(answer)).containsExactly("calendarReminders");
  }

  @Test
  void aTypeWithSmsReminders_refusesABadPhone_andStoresAGoodOneInE164() {
    put(server, "/api/admin/event-types/consult", WITH_SMS);

    Answer bad = server.post("/api/bookings", consultBooking("ada@example.com", "call me maybe"));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(fields(bad)).containsExactly("phone");

    Answer good =
        server.post("/api/bookings", consultBooking("ada@example.com", "+41 44 668 18 00"));
    assertThat(good.status()).as(good.raw().body()).isEqualTo(201);
    assertThat(good.data().path("booking").path("phone").asText()).isEqualTo("+41446681800");
  }

  @Test
  void theAttendee_turnsSmsRemindersOff_withTheManageToken() {
    put(server, "/api/admin/event-types/consult", WITH_SMS);
    Answer created =
        server.post("/api/bookings", consultBooking("ada@example.com", "+41446681800"));
    String id = created.data().path("booking").path("id").asText();
    String token = created.data().path("manageToken").asText();
    assertThat(created.data().path("booking").path("smsOptedOut").asBoolean()).isFalse();

    Answer stranger =
        server.post("/api/bookings/" + id + "/sms-opt-out", "", "Authorization", bearer("wrong"));
    Answer off =
        server.post("/api/bookings/" + id + "/sms-opt-out", "", "Authorization", bearer(token));

    assertThat(stranger.status()).isEqualTo(404);
    assertThat(off.status()).as(off.raw().body()).isEqualTo(200);
    assertThat(off.data().path("booking").path("smsOptedOut").asBoolean()).isTrue();
    assertThat(
            server
                .get("/api/bookings/" + id, "Authorization", bearer(token))
                .data()
                .path("booking")
                .path("smsOptedOut")
                .asBoolean())
        .isTrue();
  }

  private static String consultBooking(String email, String phone) {
    return bookingJson(email, START, 45)
        .replace("+44 20 7946 0958", phone)
        .replace("}", ",\"eventType\":\"consult\"}");
  }

  private static List<String> fields(Answer answer) {
    List<String> out = new ArrayList<>();
    answer
        .json()
        .path("error")
        .path("details")
        .path("fields")
        .fieldNames()
        .forEachRemaining(out::add);
    return out;
  }
}
