package com.metalogics.booking.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.metalogics.booking.adapter.mail.testing.SmtpTestServer;
import com.metalogics.booking.core.port.out.CalendarEvent;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A running service on PostgreSQL and the fake Google, polling every second: a meeting put into a
 * round-robin host's calendar over their booking moves the booking to another host of the pool,
 * with its calendar event, the webhook {@code booking.reassigned} and the admin's mail; a
 * reschedule to a time its host is taken moves it too, with {@code booking.rescheduled} and {@code
 * booking.reassigned}. The attendee's mails name the host.
 */
class ConflictReassignEndToEndTest {

  private static final Duration WAIT_LIMIT = Duration.ofSeconds(60);
  private static final List<String> HOSTS = List.of("ann", "bob", "cy");
  private static final ObjectMapper JSON = new ObjectMapper();

  @RegisterExtension static final SmtpTestServer GREEN_MAIL = new SmtpTestServer();

  @TempDir Path dir;

  private final LocalDate day = LocalDate.now(ZoneOffset.UTC).plusDays(2);
  private final Instant slot = day.atTime(10, 0).toInstant(ZoneOffset.UTC);

  @Test
  void anOutsideMeetingOverAPoolBooking_movesItToAnotherHost_withItsEventAndTheWebhook()
      throws Exception {
    try (ServiceRig rig = new ServiceRig(dir, GREEN_MAIL.getSmtp().getPort());
        WebhookReceiver receiver = new WebhookReceiver(Clock.systemUTC())) {
      HOSTS.forEach(h -> rig.google.addCalendar(h + "-cal"));
      Map<String, String> env = new HashMap<>(rig.environment());
      env.put("GOOGLE_POLL_SECONDS", "1");
      env.put("ADMIN_EMAIL", "admin@metalogics.test");
      try (Application app = Application.start(ConfigLoader.load(env), Clock.systemUTC())) {
        ApiClient api = new ApiClient(app.port());
        HOSTS.forEach(h -> putHost(api, h));
        putType(api, "sales", "ROUND_ROBIN", HOSTS);
        receiver.secret =
            subscribe(api, receiver.url(), "booking.reassigned", "booking.conflicted");
        String id = book(api, "sales", slot, "ada@example.org");
        runWorker(app);
        String former = hostOf(api, id);
        String eventId = CalendarEvent.eventIdFor(UUID.fromString(id));
        assertThat(rig.google.event(former + "-cal", eventId)).isPresent();

        rig.google.putOutsideEvent(
            former + "-cal", "dentist1", slot.plusSeconds(900), slot.plusSeconds(4500));
        await(() -> !hostOf(api, id).equals(former));

        String now = hostOf(api, id);
        assertThat(now).isIn(HOSTS).isNotEqualTo(former);
        await(() -> rig.google.event(former + "-cal", eventId).isEmpty());
        assertThat(rig.google.event(now + "-cal", eventId)).isPresent();
        assertThat(HOSTS)
            .filteredOn(h -> rig.google.event(h + "-cal", eventId).isPresent())
            .hasSize(1);
        JsonNode booking = admin(api, id);
        assertThat(booking.path("conflicted").asBoolean()).isFalse();
        assertThat(booking.path("startTime").asText()).isEqualTo(slot.toString());
        // the webhook and the alert are written with the move: the worker sends them
        await(
            () -> {
              runWorker(app);
              return receiver.accepted.values().stream()
                  .anyMatch(e -> e.type().equals("booking.reassigned"));
            });
        assertThat(receiver.accepted.values())
            .filteredOn(e -> e.type().equals("booking.reassigned"))
            .singleElement()
            .satisfies(
                e -> {
                  assertThat(e.hostId()).isEqualTo(now);
                  assertThat(e.formerHostId()).isEqualTo(former);
                });
        await(() -> subjects().stream().anyMatch(s -> s.contains("was reassigned")));
        await(
            () -> {
              runWorker(app);
              return attendeeTexts().stream().anyMatch(t -> t.contains("with Host " + now));
            });
      }
    }
  }

  @Test
  void aRescheduleToATimeItsHostIsTaken_movesItToAnotherHost_andSendsBothEvents() throws Exception {
    try (ServiceRig rig = new ServiceRig(dir, GREEN_MAIL.getSmtp().getPort());
        WebhookReceiver receiver = new WebhookReceiver(Clock.systemUTC())) {
      HOSTS.forEach(h -> rig.google.addCalendar(h + "-cal"));
      try (Application app =
          Application.start(ConfigLoader.load(rig.environment()), Clock.systemUTC())) {
        ApiClient api = new ApiClient(app.port());
        HOSTS.forEach(h -> putHost(api, h));
        putType(api, "sales", "ROUND_ROBIN", HOSTS);
        receiver.secret =
            subscribe(api, receiver.url(), "booking.rescheduled", "booking.reassigned");
        String id = book(api, "sales", slot, "ada@example.org");
        String former = hostOf(api, id);
        putType(api, former + "-only", "SINGLE", List.of(former));
        Instant later = slot.plus(Duration.ofHours(3));
        book(api, former + "-only", later, "grace@example.org");

        ApiClient.Reply moved =
            api.post(
                "/api/bookings/" + id + "/reschedule",
                "{\"startTime\": \"" + later + "\"}",
                ApiClient.bearer(ServiceRig.ADMIN_KEY));
        assertThat(moved.status()).as(moved.body().toString()).isEqualTo(200);
        String now = moved.data().path("booking").path("host").path("id").asText();
        assertThat(now).isIn(HOSTS).isNotEqualTo(former);

        await(
            () -> {
              runWorker(app);
              return receiver.accepted.values().stream()
                      .filter(e -> e.bookingId().equals(id))
                      .count()
                  == 2;
            });
        assertThat(receiver.accepted.values())
            .filteredOn(e -> e.bookingId().equals(id))
            .hasSize(2)
            .allSatisfy(e -> assertThat(e.hostId()).isEqualTo(now))
            .anySatisfy(e -> assertThat(e.type()).isEqualTo("booking.rescheduled"))
            .anySatisfy(
                e -> {
                  assertThat(e.type()).isEqualTo("booking.reassigned");
                  assertThat(e.formerHostId()).isEqualTo(former);
                });
        await(
            () -> {
              runWorker(app);
              return attendeeTexts().stream()
                  .anyMatch(t -> t.contains("has been moved") && t.contains("with Host " + now));
            });
      }
    }
  }

  private static void putHost(ApiClient api, String id) {
    ApiClient.Reply saved =
        api.put(
            "/api/admin/hosts/" + id,
            """
            {"name": "Host %s", "email": "%s@metalogics.test", "timeZone": "UTC",
             "scheduleId": "default", "calendarId": "%s-cal", "active": true, "weight": 1,
             "priority": 0}
            """
                .formatted(id, id, id),
            ApiClient.bearer(ServiceRig.ADMIN_KEY));
    assertThat(saved.status()).as(saved.body().toString()).isEqualTo(201);
  }

  /** The seeded type's rules, as {@code slug} with {@code assignment} over {@code hosts}. */
  private static void putType(ApiClient api, String slug, String assignment, List<String> hosts)
      throws Exception {
    JsonNode meeting =
        api.get("/api/admin/event-types/meeting", ApiClient.bearer(ServiceRig.ADMIN_KEY)).data();
    ObjectNode type = ((ObjectNode) meeting).deepCopy();
    type.remove("version");
    type.put("slug", slug);
    type.put("assignment", assignment);
    type.set("hosts", JSON.valueToTree(hosts));
    ApiClient.Reply saved =
        api.put(
            "/api/admin/event-types/" + slug,
            JSON.writeValueAsString(type),
            ApiClient.bearer(ServiceRig.ADMIN_KEY));
    assertThat(saved.status()).as(saved.body().toString()).isEqualTo(201);
  }

  private static String book(ApiClient api, String type, Instant start, String email) {
    ApiClient.Reply created =
        api.post(
            "/api/bookings",
            """
            {"name": "Ada Lovelace", "email": "%s", "startTime": "%s",
             "duration": 30, "eventType": "%s"}
            """
                .formatted(email, start, type),
            Map.of());
    assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
    return created.data().path("booking").path("id").asText();
  }

  private static JsonNode admin(ApiClient api, String id) {
    return api.get("/api/bookings/" + id, ApiClient.bearer(ServiceRig.ADMIN_KEY))
        .data()
        .path("booking");
  }

  private static String hostOf(ApiClient api, String id) {
    return admin(api, id).path("host").path("id").asText();
  }

  private static String subscribe(ApiClient api, String url, String... events) {
    ApiClient.Reply created =
        api.post(
            "/api/admin/webhooks",
            JSON.createObjectNode()
                .put("url", url)
                .<ObjectNode>set("events", JSON.valueToTree(List.of(events)))
                .toString(),
            ApiClient.bearer(ServiceRig.ADMIN_KEY));
    assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
    return created.data().path("secret").asText();
  }

  private static void runWorker(Application app) {
    int rounds = 0;
    while (app.syncWorker().runOnce().effects() > 0 && ++rounds < 20) {
      // each round runs what the previous one let through (a mail after its calendar effect)
    }
  }

  private static Set<String> subjects() {
    Set<String> subjects = new HashSet<>();
    for (MimeMessage message : GREEN_MAIL.getReceivedMessages()) {
      try {
        subjects.add(message.getSubject());
      } catch (MessagingException e) {
        throw new IllegalStateException(e);
      }
    }
    return subjects;
  }

  /** The plain-text parts of the mails to the attendee of the pool booking. */
  private static List<String> attendeeTexts() {
    List<String> texts = new ArrayList<>();
    for (MimeMessage message : GREEN_MAIL.getReceivedMessages()) {
      try {
        if (message.getAllRecipients()[0].toString().equals("ada@example.org")) {
          texts.add(((MimeMultipart) message.getContent()).getBodyPart(0).getContent().toString());
        }
      } catch (MessagingException | IOException e) {
        throw new IllegalStateException(e);
      }
    }
    return texts;
  }

  private static void await(BooleanSupplier condition) {
    long deadline = System.nanoTime() + WAIT_LIMIT.toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("condition not met in time").isLessThan(deadline);
      LockSupport.parkNanos(Duration.ofMillis(5).toNanos());
    }
  }
}
