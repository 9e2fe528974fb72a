package com.metalogics.booking.adapter.http;

import static com.metalogics.booking.adapter.http.TestServer.ADMIN_KEY;
import static com.metalogics.booking.adapter.http.TestServer.SLOT;
import static com.metalogics.booking.adapter.http.TestServer.bearer;
import static com.metalogics.booking.adapter.http.TestServer.bookingJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.metalogics.booking.adapter.http.TestServer.Answer;
import com.metalogics.booking.core.domain.IntegrationException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EffectsApiTest {

  private static final String[] ADMIN = {"Authorization", bearer(ADMIN_KEY)};

  private final TestServer server = TestServer.withAdmin();

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void effects_listEveryEffectOfTheBooking_withItsStateAndReferences() {
    server.crm.failures().failNext(1, () -> IntegrationException.crm("HubSpot 502", null));
    String id = bookedId();

    Answer listed = server.get("/api/admin/bookings/" + id + "/effects", ADMIN);

    assertThat(listed.status()).isEqualTo(200);
    List<String> kinds = new ArrayList<>();
    for (JsonNode effect : listed.data().path("effects")) {
      kinds.add(effect.path("kind").asText());
      assertThat(effect.path("revision").asInt()).isEqualTo(1);
      assertThat(effect.path("target").asText())
          .isEqualTo(effect.path("kind").asText().startsWith("REMINDER") ? "1440" : "");
      assertThat(effect.has("payload")).isFalse();
    }
    assertThat(kinds)
        .containsExactlyInAnyOrder("CALENDAR", "CRM", "ATTENDEE_MAIL", "REMINDER_EMAIL");
    JsonNode crm = effectOf(listed, "CRM");
    assertThat(crm.path("state").asText()).isEqualTo("PENDING");
    assertThat(crm.path("attempts").asInt()).isEqualTo(1);
    assertThat(crm.path("lastError").asText()).contains("HubSpot 502");
    assertThat(crm.path("nextAttemptAt").asText()).isNotEmpty();
    JsonNode calendar = effectOf(listed, "CALENDAR");
    assertThat(calendar.path("state").asText()).isEqualTo("DONE");
    assertThat(calendar.path("remoteRef").asText()).isNotEmpty();
    assertThat(calendar.path("nextAttemptAt").isNull()).isTrue();
  }

  @Test
  void retry_runsTheEffectNow_andAnswersItAfterTheRun() {
    server.crm.failures().failNext(1, () -> IntegrationException.crm("HubSpot 502", null));
    String id = bookedId();
    String crmId =
        effectOf(server.get("/api/admin/bookings/" + id + "/effects", ADMIN), "CRM")
            .path("id")
            .asText();

    Answer retried = server.post("/api/admin/effects/" + crmId + "/retry", "", ADMIN);

    assertThat(retried.status()).isEqualTo(200);
    assertThat(retried.data().path("effect").path("state").asText()).isEqualTo("DONE");
    assertThat(retried.data().path("effect").path("attempts").asInt()).isEqualTo(2);
    Answer booking = server.get("/api/admin/bookings?needsSync=true", ADMIN);
    assertThat(booking.data().path("total").asInt()).isZero();
  }

  @Test
  void unknownOrMalformedIds_areNotFound_andTheRoutesNeedTheAdminKey() {
    Answer unknownEffect =
        server.post("/api/admin/effects/" + UUID.randomUUID() + "/retry", "", ADMIN);
    Answer malformed = server.post("/api/admin/effects/not-a-uuid/retry", "", ADMIN);
    Answer unknownBooking =
        server.get("/api/admin/bookings/" + UUID.randomUUID() + "/effects", ADMIN);
    assertThat(List.of(unknownEffect, malformed, unknownBooking))
        .allSatisfy(
            a -> {
              assertThat(a.status()).isEqualTo(404);
              assertThat(a.errorCode()).isEqualTo("NOT_FOUND");
            });
    Answer noKey = server.get("/api/admin/bookings/" + UUID.randomUUID() + "/effects");
    assertThat(noKey.status()).isEqualTo(401);
    Answer wrongKey =
        server.post(
            "/api/admin/effects/" + UUID.randomUUID() + "/retry", "", "Authorization", "Bearer x");
    assertThat(wrongKey.status()).isEqualTo(401);
  }

  private String bookedId() {
    Answer created = server.post("/api/bookings", bookingJson("ada@example.com", SLOT, 30));
    assertThat(created.status()).isEqualTo(201);
    return created.data().path("booking").path("id").asText();
  }

  private static JsonNode effectOf(Answer listed, String kind) {
    for (JsonNode effect : listed.data().path("effects")) {
      if (effect.path("kind").asText().equals(kind)) {
        return effect;
      }
    }
    throw new AssertionError("no " + kind + " effect in " + listed.data());
  }
}
