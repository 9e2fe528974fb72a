package com.metalogics.booking.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.metalogics.booking.adapter.mail.testing.SmtpTestServer;
import com.metalogics.booking.core.contract.MutableClock;
import com.metalogics.booking.core.port.out.CalendarEvent;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cancellation and a reschedule while Google and HubSpot fail: the database and the attendee's
 * mail change at once, the calendar and the CRM once they are back, each exactly once.
 */
class ChangesWhileDownEndToEndTest {

  @RegisterExtension static final SmtpTestServer GREEN_MAIL = new SmtpTestServer();

  @TempDir Path dir;
  private final MutableClock clock = new MutableClock(DegradationEndToEndTest.NOW);

  @Test
  void givenCancelAndRescheduleWhileDown_theyAreMirroredOnceWhenBack() {
    Instant first = DegradationEndToEndTest.slot(0);
    Instant second = DegradationEndToEndTest.slot(1);
    Instant moved = DegradationEndToEndTest.slot(10);
    try (ServiceRig rig = new ServiceRig(dir, GREEN_MAIL.getSmtp().getPort());
        Application app = Application.start(ConfigLoader.load(rig.environment()), clock)) {
      ApiClient api = new ApiClient(app.port());
      Booked cancelled = book(api, "ada@example.com", first);
      Booked rescheduled = book(api, "alan@example.com", second);
      rig.integrationsFailing();

      ApiClient.Reply cancel =
          api.post(
              "/api/bookings/" + cancelled.id() + "/cancel",
              "{\"reason\": \"plans changed\"}",
              ApiClient.bearer(cancelled.token()));
      ApiClient.Reply move =
          api.post(
              "/api/bookings/" + rescheduled.id() + "/reschedule",
              "{\"startTime\": \"" + moved + "\", \"duration\": 30}",
              ApiClient.bearer(rescheduled.token()));

      assertThat(List.of(cancel, move))
          .allSatisfy(r -> assertThat(r.status()).as(r.body().toString()).isEqualTo(200))
          .allSatisfy(
              r ->
                  assertThat(EndToEndContract.warnings(r))
                      .contains("CALENDAR_SYNC_PENDING", "CRM_SYNC_PENDING"));
      assertThat(event(rig, cancelled.id()).path("status").asText()).isEqualTo("confirmed");
      assertThat(FakeEvents.start(event(rig, rescheduled.id()))).isEqualTo(second);

      rig.integrationsBack();
      SyncDriver.syncUntilSettled(clock, api, app);

      assertThat(event(rig, cancelled.id()).path("status").asText()).isEqualTo("cancelled");
      ObjectNode movedEvent = event(rig, rescheduled.id());
      assertThat(FakeEvents.start(movedEvent)).isEqualTo(moved);
      assertThat(FakeEvents.end(movedEvent)).isEqualTo(moved.plus(Duration.ofMinutes(30)));
      List<String> notes = FakeEvents.noteBodies(rig.hubspot);
      assertThat(notes).hasSize(4);
      for (UUID id : List.of(cancelled.id(), rescheduled.id())) {
        assertThat(FakeEvents.notesFor(notes, id, "Meeting booked")).isEqualTo(1);
      }
      assertThat(FakeEvents.notesFor(notes, cancelled.id(), "Meeting cancelled")).isEqualTo(1);
      assertThat(FakeEvents.notesFor(notes, rescheduled.id(), "Meeting rescheduled")).isEqualTo(1);
      assertMails(cancelled, rescheduled, second, moved);
      assertThat(slotStarts(api)).contains(first.toString()).doesNotContain(moved.toString());
    }
  }

  private static void assertMails(
      Booked cancelled, Booked rescheduled, Instant oldStart, Instant moved) {
    List<Mailbox.Mail> mails = Mailbox.attendeeMails(GREEN_MAIL.getReceivedMessages());
    assertThat(Mailbox.countsByRevision(mails))
        .containsOnlyKeys(
            cancelled.id() + ":1",
            cancelled.id() + ":2",
            rescheduled.id() + ":1",
            rescheduled.id() + ":2")
        .allSatisfy((key, count) -> assertThat(count).isEqualTo(1));
    Mailbox.Mail cancellation = revision(mails, cancelled.id(), 2);
    assertThat(cancellation.subject()).startsWith("Cancelled: ");
    assertThat(cancellation.method()).isEqualTo("CANCEL");
    assertThat(cancellation.icsStatus()).isEqualToIgnoringCase("CANCELLED");
    Mailbox.Mail reschedule = revision(mails, rescheduled.id(), 2);
    assertThat(reschedule.subject()).startsWith("Rescheduled: ");
    assertThat(reschedule.method()).isEqualTo("REQUEST");
    assertThat(reschedule.start()).isEqualTo(moved);
    assertThat(reschedule.end()).isEqualTo(moved.plus(Duration.ofMinutes(30)));
    assertThat(revision(mails, rescheduled.id(), 1).start()).isEqualTo(oldStart);
    assertThat(reschedule.manageToken()).isEqualTo(rescheduled.token());
  }

  private static Mailbox.Mail revision(List<Mailbox.Mail> mails, UUID id, int revision) {
    return mails.stream()
        .filter(m -> m.bookingId().equals(id) && m.revision() == revision)
        .findFirst()
        .orElseThrow();
  }

  record Booked(UUID id, String token) {}

  private static Booked book(ApiClient api, String email, Instant start) {
    ApiClient.Reply reply = SyncDriver.book(api, email, start, 15);
    assertThat(reply.status()).as(reply.body().toString()).isEqualTo(201);
    assertThat(EndToEndContract.warnings(reply)).isEmpty();
    JsonNode data = reply.data();
    assertThat(data.path("booking").path("calendarSynced").asBoolean()).isTrue();
    assertThat(data.path("booking").path("crmSynced").asBoolean()).isTrue();
    return new Booked(
        UUID.fromString(data.path("booking").path("id").asText()),
        data.path("manageToken").asText());
  }

  private static ObjectNode event(ServiceRig rig, UUID bookingId) {
    return rig.google.event(ServiceRig.CALENDAR, CalendarEvent.eventIdFor(bookingId)).orElseThrow();
  }

  private static List<String> slotStarts(ApiClient api) {
    ApiClient.Reply reply =
        api.get(
            "/api/bookings/available-slots?startDate=2030-01-08&endDate=2030-01-08&duration=15",
            Map.of());
    assertThat(reply.status()).isEqualTo(200);
    return reply.data().findValuesAsText("startTime");
  }
}
