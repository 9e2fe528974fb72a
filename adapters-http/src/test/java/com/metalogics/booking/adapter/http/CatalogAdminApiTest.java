package com.metalogics.booking.adapter.http;

import static com.metalogics.booking.adapter.http.TestServer.ADMIN_KEY;
import static com.metalogics.booking.adapter.http.TestServer.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.metalogics.booking.adapter.http.TestServer.Answer;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Schedules, hosts and event types through the real server with the admin key. */
class CatalogAdminApiTest {

  static final String[] ADMIN = {"Authorization", bearer(ADMIN_KEY)};

  static final String MORNINGS =
      """
      {"name": "Mornings", "timeZone": "Europe/Berlin",
       "weekly": {"MONDAY": [{"from": "13:00", "to": "17:30"}, {"from": "09:00", "to": "12:00"}],
                  "FRIDAY": [{"from": "09:00", "to": "12:00"}]},
       "overrides": [{"date": "2026-12-24", "ranges": []}],
       "blackouts": [{"from": "2026-12-28", "to": "2026-12-31", "reason": "Holidays"}]}
      """;

  private TestServer server = TestServer.withAdmin();

  @AfterEach
  void stop() {
    server.close();
  }

  static Answer put(TestServer server, String path, String json) {
    return server.method("PUT", path, "application/json", json, ADMIN);
  }

  @Test
  void aScheduleIsCreated_readBackSorted_andListed() {
    Answer created = put(server, "/api/admin/schedules/mornings", MORNINGS);
    assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
    JsonNode schedule = server.get("/api/admin/schedules/mornings", ADMIN).data();
    assertThat(schedule.path("id").asText()).isEqualTo("mornings");
    assertThat(schedule.path("version").asLong()).isEqualTo(1);
    assertThat(schedule.path("timeZone").asText()).isEqualTo("Europe/Berlin");
    assertThat(schedule.path("weekly").path("MONDAY").get(0).path("from").asText())
        .isEqualTo("09:00");
    assertThat(schedule.path("weekly").path("SUNDAY")).isEmpty();
    assertThat(schedule.path("overrides").get(0).path("date").asText()).isEqualTo("2026-12-24");
    assertThat(schedule.path("blackouts").get(0).path("reason").asText()).isEqualTo("Holidays");
    assertThat(server.get("/api/admin/schedules", ADMIN).data())
        .extracting(s -> s.path("id").asText())
        .containsExactly("default", "mornings");
  }

  @Test
  void aReplacement_namesTheStoredVersion_elseItIsAConflict() {
    put(server, "/api/admin/schedules/mornings", MORNINGS);
    String v1 = MORNINGS.replace("\"name\": \"Mornings\"", "\"version\": 1, \"name\": \"AM\"");
    Answer replaced = put(server, "/api/admin/schedules/mornings", v1);
    assertThat(replaced.status()).isEqualTo(200);
    assertThat(replaced.data().path("version").asLong()).isEqualTo(2);

    Answer stale = put(server, "/api/admin/schedules/mornings", v1);
    assertThat(stale.status()).isEqualTo(409);
    assertThat(stale.errorCode()).isEqualTo("VERSION_CONFLICT");
    assertThat(stale.json().path("error").path("details").path("version").asLong()).isEqualTo(2);
    Answer again = put(server, "/api/admin/schedules/mornings", MORNINGS);
    assertThat(again.errorCode()).isEqualTo("VERSION_CONFLICT");
    Answer missing = put(server, "/api/admin/schedules/other", v1);
    assertThat(missing.status()).isEqualTo(409);
    assertThat(server.get("/api/admin/schedules/mornings", ADMIN).data().path("name").asText())
        .isEqualTo("AM");
  }

  @Test
  void aScheduleWithManyFaults_namesEveryField() {
    String bad =
        """
        {"id": "other", "name": "", "timeZone": "Mars/Olympus",
         "weekly": {"MONDAY": [{"from": "12:00", "to": "09:00"}],
                    "TUESDAY": [{"from": "09:00", "to": "12:00"}, {"from": "11:00", "to": "13:00"}],
                    "FUNDAY": [], "WEDNESDAY": [{"from": "9am", "to": "25:00"}]},
         "overrides": [{"date": "2026-02-30", "ranges": []}],
         "blackouts": [{"from": "2026-12-31", "to": "2026-12-01", "reason": "x"}],
         "version": 0}
        """;
    Answer answer = put(server, "/api/admin/schedules/mornings", bad);
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.errorCode()).isEqualTo("VALIDATION_ERROR");
    assertThat(fields(answer))
        .containsExactlyInAnyOrder(
            "id",
            "name",
            "timeZone",
            "weekly.MONDAY[0]",
            "weekly.TUESDAY[1]",
            "weekly.FUNDAY",
            "weekly.WEDNESDAY[0].from",
            "weekly.WEDNESDAY[0].to",
            "overrides[0].date",
            "blackouts[0].to",
            "version");
  }

  @Test
  void aHostIsCreatedWithDefaults_andAnUnknownScheduleIsNamed() {
    String ada =
        """
        {"name": "Ada", "email": "ada@example.com", "timeZone": "Europe/London",
         "scheduleId": "default"}
        """;
    Answer created = put(server, "/api/admin/hosts/ada", ada);
    assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
    assertThat(created.data().path("active").asBoolean()).isTrue();
    assertThat(created.data().path("weight").asInt()).isEqualTo(1);
    assertThat(created.data().path("calendarId").isNull()).isTrue();
    assertThat(server.get("/api/admin/hosts", ADMIN).data())
        .extracting(h -> h.path("id").asText())
        .containsExactly("ada", "owner");

    String bad =
        """
        {"name": "Bob", "email": "not-an-email", "timeZone": "Europe/London",
         "scheduleId": "nowhere", "weight": 0, "active": "yes", "version": 1}
        """;
    assertThat(fields(put(server, "/api/admin/hosts/bob", bad)))
        .containsExactlyInAnyOrder("email", "scheduleId", "weight", "active");
  }

  @Test
  void anEventTypeIsCreatedReadAndListed_withAbsentLimitsAsNone() {
    Answer created = put(server, "/api/admin/event-types/consult", EventTypesApiTest.CONSULT);
    assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
    JsonNode type = server.get("/api/admin/event-types/consult", ADMIN).data();
    assertThat(type.path("durations")).extracting(JsonNode::asInt).containsExactly(45);
    assertThat(type.path("defaultDuration").asInt()).isEqualTo(45);
    assertThat(type.path("limits").path("perDay").asInt()).isEqualTo(2);
    assertThat(type.path("limits").has("perWeek")).isFalse();
    assertThat(type.path("frequencyLimit").isNull()).isTrue();
    assertThat(type.path("assignment").asText()).isEqualTo("SINGLE");
    assertThat(type.path("hosts")).extracting(JsonNode::asText).containsExactly("owner");
    assertThat(server.get("/api/admin/event-types", ADMIN).data())
        .extracting(t -> t.path("slug").asText())
        .containsExactly("consult", "meeting");
  }

  @Test
  void anEventTypeWithManyFaults_namesEveryFieldAtOnce_unknownReferencesToo() {
    String bad =
        """
        {"slug": "consult", "title": "", "durations": [45, 45, 2000], "defaultDuration": 30,
         "slotIncrement": 0, "bufferBefore": 721, "bufferAfter": -1, "minNoticeMinutes": "soon",
         "maxAdvanceDays": 0, "limits": {"perDay": 0, "perMonth": 20000},
         "frequencyLimit": {"windowDays": 30}, "assignment": "RANDOM",
         "hosts": ["ghost"], "scheduleId": "nowhere"}
        """;
    Answer answer = put(server, "/api/admin/event-types/Bad_Slug", bad);
    assertThat(answer.status()).isEqualTo(400);
    assertThat(fields(answer))
        .containsExactlyInAnyOrder(
            "slug",
            "title",
            "durations[1]",
            "durations[2]",
            "defaultDuration",
            "slotIncrement",
            "bufferBefore",
            "bufferAfter",
            "minNoticeMinutes",
            "maxAdvanceDays",
            "limits.perDay",
            "limits.perMonth",
            "frequencyLimit.max",
            "assignment",
            "hosts[0]",
            "scheduleId");
  }

  @Test
  void aValidTypeWithUnknownReferences_isRefusedNamingThem() {
    String json =
        EventTypesApiTest.CONSULT
            .replace("[\"owner\"]", "[\"ghost\"]")
            .replace("\"title\"", "\"scheduleId\": \"nowhere\", \"title\"");
    assertThat(fields(put(server, "/api/admin/event-types/consult", json)))
        .containsExactlyInAnyOrder("hosts[0]", "scheduleId");
  }

  @Test
  void unknownItems_areNotFound_andTheKeyIsNeeded() {
    for (String path :
        List.of("/api/admin/schedules/nope", "/api/admin/hosts/nope", "/api/admin/event-types/x")) {
      Answer answer = server.get(path, ADMIN);
      assertThat(answer.status()).isEqualTo(404);
      assertThat(answer.errorCode()).isEqualTo("NOT_FOUND");
      assertThat(server.get(path).status()).isEqualTo(401);
    }
    assertThat(server.method("PUT", "/api/admin/hosts/x", "application/json", "{}").status())
        .isEqualTo(401);
    assertThat(server.get("/api/admin/audit").status()).isEqualTo(401);
  }

  @Test
  void textWithControlCharacters_isRefusedNamingTheField() {
    String json =
        MORNINGS.replace("Holidays", "Holi\\u0007days").replace("Mornings", "Mor\\nnings");
    Answer answer = put(server, "/api/admin/schedules/mornings", json);
    assertThat(answer.status()).isEqualTo(400);
    JsonNode problems = answer.json().path("error").path("details").path("fields");
    assertThat(problems.path("name").asText()).isEqualTo("must not contain control characters");
    assertThat(problems.path("blackouts[0].reason").asText())
        .isEqualTo("must not contain control characters");
    Answer inPath = server.get("/api/admin/hosts/a%07b", ADMIN);
    assertThat(inPath.status()).isEqualTo(400);
    assertThat(inPath.json().path("error").path("details").path("fields").has("id")).isTrue();
  }

  static Set<String> fields(Answer answer) {
    assertThat(answer.status()).as(answer.raw().body()).isEqualTo(400);
    Set<String> names = new TreeSet<>();
    answer
        .json()
        .path("error")
        .path("details")
        .path("fields")
        .fieldNames()
        .forEachRemaining(names::add);
    return names;
  }
}
