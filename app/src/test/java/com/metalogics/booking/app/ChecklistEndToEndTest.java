package com.metalogics.booking.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.metalogics.booking.adapter.hubspot.fake.FakeHubSpot;
import com.metalogics.booking.adapter.mail.testing.SmtpTestServer;
import com.metalogics.booking.core.contract.MutableClock;
import com.metalogics.booking.core.port.out.CalendarEvent;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed's manual testing checklist, automated against the fakes: Google authentication, event
 * details and attendee, HubSpot contact created then updated, slots excluding booked and busy
 * times, business hours, the frequency limit, the calendar information in the mail, and the admin
 * alerted once when retries are exhausted.
 */
class ChecklistEndToEndTest {

  @RegisterExtension static final SmtpTestServer GREEN_MAIL = new SmtpTestServer();

  /** Wednesday 9 January 2030, in UTC; business hours are 9 to 17 New York (14:00 to 22:00). */
  private static final String WEDNESDAY = "2030-01-09";

  private static final Instant BOOKED = Instant.parse("2030-01-09T15:00:00Z");
  private static final Instant OWNER_BUSY = Instant.parse("2030-01-09T18:00:00Z");

  @TempDir Path dir;
  private final MutableClock clock = new MutableClock(DegradationEndToEndTest.NOW);

  private Map<String, String> environment(ServiceRig rig) {
    Map<String, String> env = new HashMap<>(rig.environment());
    env.put("BUSINESS_DAYS", "1,2,3,4,5");
    env.put("BUSINESS_START_HOUR", "9");
    env.put("BUSINESS_END_HOUR", "17");
    env.put("BUSINESS_TIMEZONE", "America/New_York");
    env.remove("SLOT_INTERVAL_MINUTES");
    env.put("BUFFER_MINUTES", "15");
    env.put("MIN_ADVANCE_HOURS", "24");
    env.put("MAX_BOOKINGS_PER_EMAIL", "2");
    env.put("SYNC_MAX_ATTEMPTS", "2");
    env.put("ADMIN_EMAIL", ServiceRig.OWNER);
    return env;
  }

  @Test
  void theSeedsManualChecklist_holds() {
    try (ServiceRig rig = new ServiceRig(dir, GREEN_MAIL.getSmtp().getPort())) {
      rig.google.block(ServiceRig.CALENDAR, OWNER_BUSY, OWNER_BUSY.plus(Duration.ofHours(1)));
      try (Application app = Application.start(ConfigLoader.load(environment(rig)), clock)) {
        ApiClient api = new ApiClient(app.port());
        UUID booked = bookedId(SyncDriver.book(api, "guest1@example.com", BOOKED, 30));

        assertThat(rig.google.tokensIssued()).as("service-account auth").isPositive();
        ObjectNode event =
            rig.google.event(ServiceRig.CALENDAR, CalendarEvent.eventIdFor(booked)).orElseThrow();
        FakeEvents.assertDetails(event, booked);
        assertThat(FakeEvents.start(event)).isEqualTo(BOOKED);
        assertThat(FakeEvents.end(event)).isEqualTo(BOOKED.plus(Duration.ofMinutes(30)));
        assertContactCreatedThenUpdated(rig.hubspot, api);
        assertSlotsRespectBookingsBusyTimesAndHours(api);
        assertFrequencyLimit(api);
        assertMailCarriesTheCalendarInformation(booked);
        assertAdminAlertedOnceWhenRetriesAreExhausted(rig, api, app);
      }
    }
  }

  private static UUID bookedId(ApiClient.Reply reply) {
    assertThat(reply.status()).as(reply.body().toString()).isEqualTo(201);
    return UUID.fromString(reply.data().path("booking").path("id").asText());
  }

  private static void assertContactCreatedThenUpdated(FakeHubSpot hubspot, ApiClient api) {
    assertThat(hubspot.contactByEmail("guest1@example.com").orElseThrow().properties())
        .containsEntry("company", "Navy Labs");
    String json =
        """
        {"name": "Grace Hopper", "email": "guest1@example.com", "duration": 30,
         "startTime": "2030-01-10T15:00:00Z", "company": "Univac"}
        """;
    bookedId(api.post("/api/bookings", json, Map.of()));
    assertThat(hubspot.contacts()).hasSize(1);
    assertThat(hubspot.contactByEmail("guest1@example.com").orElseThrow().properties())
        .containsEntry("company", "Univac");
  }

  private static void assertSlotsRespectBookingsBusyTimesAndHours(ApiClient api) {
    List<String> wednesday = slots(api, WEDNESDAY);
    assertThat(wednesday)
        .contains("2030-01-09T14:00:00Z", "2030-01-09T16:00:00Z", "2030-01-09T21:30:00Z")
        .as("booked, and within its 15-minute buffer")
        .doesNotContain("2030-01-09T14:30:00Z", "2030-01-09T15:00:00Z", "2030-01-09T15:30:00Z")
        .as("the owner's own busy time in Google Calendar")
        .doesNotContain("2030-01-09T18:00:00Z", "2030-01-09T18:30:00Z")
        .as("inside 9 to 17 New York")
        .allSatisfy(
            start ->
                assertThat(Instant.parse(start))
                    .isBetween(
                        Instant.parse("2030-01-09T14:00:00Z"),
                        Instant.parse("2030-01-09T21:30:00Z")));
    assertThat(slots(api, "2030-01-12")).as("Saturday").isEmpty();
  }

  private static List<String> slots(ApiClient api, String date) {
    ApiClient.Reply reply =
        api.get(
            "/api/bookings/available-slots?startDate=%s&endDate=%s&duration=30"
                .formatted(date, date));
    assertThat(reply.status()).as(reply.body().toString()).isEqualTo(200);
    return reply.data().findValuesAsText("startTime");
  }

  private static void assertFrequencyLimit(ApiClient api) {
    ApiClient.Reply third =
        SyncDriver.book(api, "guest1@example.com", Instant.parse("2030-01-11T15:00:00Z"), 30);
    assertThat(third.status()).isEqualTo(429);
    assertThat(third.body().path("error").path("code").asText())
        .isEqualTo("FREQUENCY_LIMIT_EXCEEDED");
  }

  private static void assertMailCarriesTheCalendarInformation(UUID booked) {
    Mailbox.Mail mail =
        Mailbox.byBooking(Mailbox.attendeeMails(GREEN_MAIL.getReceivedMessages())).get(booked);
    assertThat(mail.to()).isEqualTo("guest1@example.com");
    assertThat(mail.method()).isEqualTo("REQUEST");
    assertThat(mail.start()).isEqualTo(BOOKED);
    assertThat(mail.end()).isEqualTo(BOOKED.plus(Duration.ofMinutes(30)));
    assertThat(mail.text()).contains("30 minutes").doesNotContain("could not add this meeting");
  }

  private void assertAdminAlertedOnceWhenRetriesAreExhausted(
      ServiceRig rig, ApiClient api, Application app) {
    rig.hubspot.failNext(Integer.MAX_VALUE, 500);
    UUID failing =
        bookedId(
            SyncDriver.book(api, "guest2@example.com", Instant.parse("2030-01-10T19:00:00Z"), 30));
    clock.advance(Duration.ofMinutes(2));
    for (int run = 0; run < 4; run++) {
      app.syncWorker().runOnce();
      clock.advance(Duration.ofMinutes(2));
    }
    long alerts = 0;
    for (MimeMessage mail : GREEN_MAIL.getReceivedMessages()) {
      if (subjectOf(mail).equals("Booking " + failing + " needs manual sync")) {
        alerts++;
      }
    }
    assertThat(alerts).isEqualTo(1);
    assertThat(SyncDriver.pending(api)).containsExactly(failing.toString());
  }

  private static String subjectOf(MimeMessage mail) {
    try {
      return mail.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new AssertionError(e);
    }
  }
}
