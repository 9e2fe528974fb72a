package com.metalogics.booking.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.metalogics.booking.adapter.hubspot.fake.FakeHubSpot;
import com.metalogics.booking.adapter.mail.testing.SmtpTestServer;
import com.metalogics.booking.core.contract.MutableClock;
import com.metalogics.booking.core.port.out.CalendarEvent;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running service over real HTTP on PostgreSQL, with Google and HubSpot (the adapters' fakes)
 * failing and coming back, and a real SMTP server: no booking is lost, none is mirrored twice.
 */
class DegradationEndToEndTest {

  @RegisterExtension static final SmtpTestServer GREEN_MAIL = new SmtpTestServer();

  static final Instant NOW = Instant.parse("2030-01-07T15:00:00Z");
  static final Instant FIRST_SLOT = Instant.parse("2030-01-08T00:00:00Z");
  private static final Logger LOG = LoggerFactory.getLogger(DegradationEndToEndTest.class);
  private static final int BOOKINGS = 200;
  private static final int EMAILS = 50;

  @TempDir Path dir;
  private final MutableClock clock = new MutableClock(NOW);

  static Instant slot(int i) {
    return FIRST_SLOT.plus(Duration.ofMinutes(15L * i));
  }

  static String email(int i) {
    return "guest" + (i % EMAILS) + "@example.com";
  }

  @Test
  void given200BookingsWhileBothIntegrationsFail_allSucceed_andTheWorkerMirrorsEachOnce()
      throws Exception {
    try (ServiceRig rig = new ServiceRig(dir, GREEN_MAIL.getSmtp().getPort());
        Application app = Application.start(ConfigLoader.load(rig.environment()), clock)) {
      ApiClient api = new ApiClient(app.port());
      long started = System.nanoTime();
      rig.integrationsFailing();
      List<ApiClient.Reply> replies = bookConcurrently(api, 0, BOOKINGS / 2);
      rig.integrationsTimingOut();
      replies.addAll(bookConcurrently(api, BOOKINGS / 2, BOOKINGS));
      long booked = System.nanoTime();

      Map<UUID, Instant> starts = assertAllTakenAndFlagged(replies);
      assertThat(SyncDriver.pending(api)).hasSize(BOOKINGS);
      assertThat(api.text("/metrics")).contains("booking_sync_backlog " + BOOKINGS + ".0");

      rig.integrationsBack();
      SyncDriver.Drain drain = SyncDriver.drain(clock, api, app);
      long synced = System.nanoTime();
      LOG.info(
          "{} bookings while down: {} ms; synced in {} worker round(s): {} ms; {} effects in {} ms"
              + " of worker runs: {} effects/s",
          BOOKINGS,
          (booked - started) / 1_000_000,
          drain.rounds(),
          (synced - booked) / 1_000_000,
          drain.effects(),
          drain.workerNanos() / 1_000_000,
          Math.round(drain.effectsPerSecond()));

      assertMirroredOnce(rig, api, starts);
      assertOneConfirmationEach(GREEN_MAIL.getReceivedMessages(), starts, true);
      String metrics = api.text("/metrics");
      assertThat(metrics)
          .contains("booking_sync_backlog 0.0")
          .contains("booking_sync_bookings_total{result=\"synced\"} " + BOOKINGS + ".0")
          .contains("booking_sync_last_run_failed 0.0");
      assertThat(api.get("/health/ready").body().toString())
          .contains("\"syncWorker\":\"UP\"", "\"calendar\":\"UP\"", "\"crm\":\"UP\"");
    }
  }

  @Test
  void givenTwoInstancesOnOneDatabase_theirWorkersRunAtOnce_andMirrorEachBookingOnce()
      throws Exception {
    int count = 60;
    try (ServiceRig rig = new ServiceRig(dir, GREEN_MAIL.getSmtp().getPort())) {
      Map<UUID, Instant> starts = new HashMap<>();
      rig.integrationsFailing();
      try (Application front = Application.start(ConfigLoader.load(mailDown(rig)), clock)) {
        ApiClient api = new ApiClient(front.port());
        for (ApiClient.Reply reply : bookConcurrently(api, 0, count)) {
          assertThat(reply.status()).isEqualTo(201);
          assertThat(EndToEndContract.warnings(reply)).contains("EMAIL_PENDING");
          JsonNode booking = reply.data().path("booking");
          starts.put(
              UUID.fromString(booking.path("id").asText()),
              Instant.parse(booking.path("startTime").asText()));
        }
      }
      assertThat(GREEN_MAIL.getReceivedMessages()).isEmpty();
      rig.integrationsBack();
      // Slower answers keep both runs in flight together.
      rig.hubspot.slowAnswers(Duration.ofMillis(15));
      Map<String, String> env = rig.environment();
      try (Application one = Application.start(ConfigLoader.load(env), clock);
          Application two = Application.start(ConfigLoader.load(env), clock)) {
        ApiClient api = new ApiClient(one.port());

        SyncDriver.syncUntilSettled(clock, api, one, two);

        assertMirroredOnce(rig, api, starts);
        assertOneConfirmationEach(GREEN_MAIL.getReceivedMessages(), starts, false);
        assertThat(syncedBy(one)).isPositive();
        assertThat(syncedBy(two)).isPositive();
        assertThat(syncedBy(one) + syncedBy(two)).isEqualTo(count);
      }
    }
  }

  /** The environment of an instance whose SMTP server is a port nobody listens on. */
  static Map<String, String> mailDown(ServiceRig rig) throws Exception {
    Map<String, String> env = new HashMap<>(rig.environment());
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      env.putAll(ServiceRig.mailEnvironment(socket.getLocalPort()));
    }
    return env;
  }

  static double syncedBy(Application app) {
    String metrics = new ApiClient(app.port()).text("/metrics");
    String prefix = "booking_sync_bookings_total{result=\"synced\"} ";
    return metrics
        .lines()
        .filter(l -> l.startsWith(prefix))
        .mapToDouble(l -> Double.parseDouble(l.substring(prefix.length())))
        .sum();
  }

  static List<ApiClient.Reply> bookConcurrently(ApiClient api, int from, int to) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      List<Future<ApiClient.Reply>> futures = new ArrayList<>();
      for (int i = from; i < to; i++) {
        int n = i;
        futures.add(threads.submit(() -> SyncDriver.book(api, email(n), slot(n), 15)));
      }
      List<ApiClient.Reply> replies = new ArrayList<>();
      for (Future<ApiClient.Reply> future : futures) {
        replies.add(future.get());
      }
      return replies;
    } finally {
      threads.shutdown();
    }
  }

  /** Every reply 201 with both sync warnings, and the stored rows flagged; id to start time. */
  private static Map<UUID, Instant> assertAllTakenAndFlagged(List<ApiClient.Reply> replies) {
    Map<UUID, Instant> starts = new HashMap<>();
    for (int i = 0; i < replies.size(); i++) {
      ApiClient.Reply reply = replies.get(i);
      assertThat(reply.status()).as(reply.body().toString()).isEqualTo(201);
      assertThat(EndToEndContract.warnings(reply))
          .contains("CALENDAR_SYNC_PENDING", "CRM_SYNC_PENDING")
          .doesNotContain("EMAIL_PENDING");
      JsonNode booking = reply.data().path("booking");
      assertThat(booking.path("requiresManualCalendarSync").asBoolean()).isTrue();
      assertThat(booking.path("requiresManualCrmSync").asBoolean()).isTrue();
      assertThat(booking.path("calendarSynced").asBoolean()).isFalse();
      assertThat(booking.path("crmSynced").asBoolean()).isFalse();
      assertThat(booking.path("startTime").asText()).isEqualTo(slot(i).toString());
      starts.put(UUID.fromString(booking.path("id").asText()), slot(i));
    }
    return starts;
  }

  /**
   * The stored rows say synced; the calendar holds exactly one event per booking, created by one
   * successful insert, with the booking's times, details and attendee; HubSpot one contact per
   * e-mail and exactly one note per booking.
   */
  static void assertMirroredOnce(ServiceRig rig, ApiClient api, Map<UUID, Instant> starts) {
    List<JsonNode> rows = SyncDriver.list(api, "status=CONFIRMED");
    assertThat(rows).hasSize(starts.size());
    for (JsonNode row : rows) {
      UUID id = UUID.fromString(row.path("id").asText());
      assertThat(row.path("calendarSynced").asBoolean()).isTrue();
      assertThat(row.path("crmSynced").asBoolean()).isTrue();
      assertThat(row.path("requiresManualCalendarSync").asBoolean()).isFalse();
      assertThat(row.path("requiresManualCrmSync").asBoolean()).isFalse();
      assertThat(row.path("calendarEventId").asText()).isEqualTo(CalendarEvent.eventIdFor(id));
    }
    assertCalendarHoldsOneEventEach(rig, starts);
    assertCrmHoldsOneNoteEach(rig, starts);
  }

  private static void assertCalendarHoldsOneEventEach(ServiceRig rig, Map<UUID, Instant> starts) {
    List<ObjectNode> events = rig.google.events(ServiceRig.CALENDAR);
    assertThat(events).hasSize(starts.size());
    Map<String, UUID> byEventId =
        starts.keySet().stream().collect(Collectors.toMap(CalendarEvent::eventIdFor, id -> id));
    for (ObjectNode event : events) {
      UUID id = byEventId.get(event.path("id").asText());
      assertThat(id).as("event %s belongs to a booking", event.path("id")).isNotNull();
      assertThat(FakeEvents.start(event)).isEqualTo(starts.get(id));
      assertThat(FakeEvents.end(event)).isEqualTo(starts.get(id).plus(Duration.ofMinutes(15)));
      FakeEvents.assertDetails(event, id);
    }
    Map<String, Long> createdPerId = FakeEvents.successfulInsertsPerEventId(rig.google);
    assertThat(createdPerId.values()).allMatch(n -> n == 1);
    assertThat(createdPerId.keySet()).isEqualTo(byEventId.keySet());
  }

  private static void assertCrmHoldsOneNoteEach(ServiceRig rig, Map<UUID, Instant> starts) {
    List<FakeHubSpot.Contact> contacts = rig.hubspot.contacts();
    Set<String> emails =
        contacts.stream().map(c -> c.properties().get("email")).collect(Collectors.toSet());
    assertThat(contacts).hasSize(emails.size());
    for (FakeHubSpot.Contact contact : contacts) {
      assertThat(contact.properties())
          .containsEntry("firstname", "Grace")
          .containsEntry("lastname", "Hopper")
          .containsEntry("company", "Navy Labs")
          .containsEntry("phone", "+1 555 0100");
    }
    List<String> notes = FakeEvents.noteBodies(rig.hubspot);
    assertThat(notes).hasSize(starts.size());
    for (UUID id : starts.keySet()) {
      assertThat(FakeEvents.notesFor(notes, id, "Meeting booked"))
          .as("notes of %s", id)
          .isEqualTo(1);
    }
  }

  /** One confirmation per booking, its invitation at the booking's times. */
  static void assertOneConfirmationEach(
      MimeMessage[] received, Map<UUID, Instant> starts, boolean calendarWasDown) {
    List<Mailbox.Mail> mails = Mailbox.attendeeMails(received);
    assertThat(mails).hasSize(starts.size());
    assertThat(Mailbox.countsByRevision(mails).values()).allMatch(n -> n == 1);
    for (Mailbox.Mail mail : mails) {
      Instant start = starts.get(mail.bookingId());
      assertThat(start).isNotNull();
      assertThat(mail.revision()).isEqualTo(1);
      assertThat(mail.subject()).startsWith("Confirmed: ");
      assertThat(mail.method()).isEqualTo("REQUEST");
      assertThat(mail.start()).isEqualTo(start);
      assertThat(mail.end()).isEqualTo(start.plus(Duration.ofMinutes(15)));
      assertThat(mail.text().contains("could not add this meeting")).isEqualTo(calendarWasDown);
      assertThat(mail.text()).contains(ServiceRig.PUBLIC_URL + "/manage/" + mail.bookingId());
    }
  }
}
