package com.metalogics.booking.adapter.http;

import static com.metalogics.booking.adapter.http.TestServer.ADMIN_KEY;
import static com.metalogics.booking.adapter.http.TestServer.SLOT;
import static com.metalogics.booking.adapter.http.TestServer.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.metalogics.booking.adapter.http.TestServer.Answer;
import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.CalendarConflict;
import com.metalogics.booking.core.domain.TimeSlot;
import com.metalogics.booking.core.inmemory.InProcessChangeBus;
import com.metalogics.booking.core.port.in.CalendarNotice;
import com.metalogics.booking.core.port.in.ReceiveCalendarNotices.Outcome;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Google's push notifications and the conflicts list, through real HTTP. */
class CalendarNoticesApiTest {

  private static final String SLOTS =
      "/api/bookings/available-slots?startDate=2026-12-02&endDate=2026-12-02&duration=30";

  private final List<CalendarNotice> received = new CopyOnWriteArrayList<>();
  private final InProcessChangeBus changes = new InProcessChangeBus();
  private final List<Booking> conflicted = new ArrayList<>();
  private final TestServer server =
      TestServer.withCalendarHooks(
          new CalendarHooks(
              notice -> {
                received.add(notice);
                if (!notice.channelId().equals("known")) {
                  return Outcome.UNKNOWN_CHANNEL;
                }
                return notice.token().equals("right") ? Outcome.ACCEPTED : Outcome.WRONG_TOKEN;
              },
              limit -> List.copyOf(conflicted),
              changes));

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void aKnownChannelWithItsToken_isAccepted_andTheTokenIsNeverEchoed() {
    Answer answer = notify("known", "right", "exists");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.data().path("channelId").asText()).isEqualTo("known");
    assertThat(answer.raw().body()).doesNotContain("right");
    assertThat(received)
        .singleElement()
        .satisfies(n -> assertThat(n.resourceState()).isEqualTo("exists"));
  }

  @Test
  void anUnknownChannel_is404_aWrongToken_is401_andMissingHeadersAreUnknown() {
    assertThat(notify("other", "right", "exists").errorCode()).isEqualTo("NOT_FOUND");
    assertThat(notify("other", "right", "exists").status()).isEqualTo(404);
    Answer wrong = notify("known", "guessed-token", "exists");
    assertThat(wrong.status()).isEqualTo(401);
    assertThat(wrong.errorCode()).isEqualTo("UNAUTHORIZED");
    assertThat(wrong.raw().body()).doesNotContain("guessed-token");
    Answer bare =
        server.send(
            server
                .request("/api/webhooks/google")
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());
    assertThat(bare.status()).isEqualTo(404);
    assertThat(received).last().satisfies(n -> assertThat(n.channelId()).isEmpty());
  }

  @Test
  void anAnnouncedCalendarChange_dropsTheKeptSlotsAnswers() {
    server.get(SLOTS);
    assertThat(server.get(SLOTS).raw().body()).contains(SLOT.toString());
    server.calendar.block(TimeSlot.of(SLOT, Duration.ofMinutes(30)));
    assertThat(server.get(SLOTS).raw().body()).contains(SLOT.toString());

    changes.publish("primary");

    assertThat(server.get(SLOTS).raw().body()).doesNotContain(SLOT.toString());
  }

  @Test
  void theConflictsList_needsTheAdminKey_andShowsTheConflict() {
    Answer created =
        server.post("/api/bookings", TestServer.bookingJson("ada@example.com", SLOT, 30));
    UUID id = UUID.fromString(created.data().path("booking").path("id").asText());
    Booking booking = server.repository.findById(id).orElseThrow();
    TimeSlot event = TimeSlot.of(SLOT.plusSeconds(900), Duration.ofHours(1));
    conflicted.add(
        booking.withConflict(
            Optional.of(new CalendarConflict("dentist", event, server.clock.instant())),
            server.clock.instant()));

    assertThat(server.get("/api/admin/conflicts").status()).isEqualTo(401);
    Answer listed = server.get("/api/admin/conflicts", "Authorization", bearer(ADMIN_KEY));

    JsonNode first = listed.data().path("bookings").get(0);
    assertThat(first.path("id").asText()).isEqualTo(id.toString());
    assertThat(first.path("conflicted").asBoolean()).isTrue();
    assertThat(first.path("conflict").path("eventStart").asText())
        .isEqualTo(event.start().toString());
    assertThat(first.path("status").asText()).isEqualTo("CONFIRMED");
  }

  private Answer notify(String channel, String token, String state) {
    return server.send(
        server
            .request("/api/webhooks/google")
            .header("X-Goog-Channel-ID", channel)
            .header("X-Goog-Channel-Token", token)
            .header("X-Goog-Resource-State", state)
            .header("X-Goog-Message-Number", "7")
            .POST(HttpRequest.BodyPublishers.noBody())
            .build());
  }
}
