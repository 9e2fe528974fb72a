package com.metalogics.booking.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.metalogics.booking.core.port.out.CalendarEvent;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
 * with its calendar event, the webhook {@code booking.reassigned} and the admin's mail.
 */
class ConflictReassignEndToEndTest {

  private static final Duration WAIT_LIMIT = Duration.ofSeconds(60);
  private static final List<String> HOSTS = List.of("ann", "bob", "cy");
  private static final ObjectMapper JSON = new ObjectMapper();

  @RegisterExtension
  static final GreenMailExtension GREEN_MAIL =
      new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

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
        putPool(api);
        receiver.secret = subscribe(api, receiver.url());
        String id = book(api);
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
        // the webhook and the alert are written just after the move: the worker sends them
        await(
            () -> {
              runWorker(app);
              return receiver.accepted.values().stream()
                  .anyMatch(e -> e.type().equals("booking.reassigned"));
            });
        await(() -> subjects().stream().anyMatch(s -> s.contains("was reassigned")));
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

  /** The seeded type's rules, as a round-robin pool of the three hosts. */
  private static void putPool(ApiClient api) throws Exception {
    JsonNode meeting =
        api.get("/api/admin/event-types/meeting", ApiClient.bearer(ServiceRig.ADMIN_KEY)).data();
    ObjectNode pool = ((ObjectNode) meeting).deepCopy();
    pool.remove("version");
    pool.put("slug", "sales");
    pool.put("assignment", "ROUND_ROBIN");
    pool.set("hosts", JSON.valueToTree(HOSTS));
    ApiClient.Reply saved =
        api.put(
            "/api/admin/event-types/sales",
            JSON.writeValueAsString(pool),
            ApiClient.bearer(ServiceRig.ADMIN_KEY));
    assertThat(saved.status()).as(saved.body().toString()).isEqualTo(201);
  }

  private String book(ApiClient api) {
    ApiClient.Reply created =
        api.post(
            "/api/bookings",
            """
            {"name": "Ada Lovelace", "email": "ada@example.org", "startTime": "%s",
             "duration": 30, "eventType": "sales"}
            """
                .formatted(slot),
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

  private static String subscribe(ApiClient api, String url) {
    ApiClient.Reply created =
        api.post(
            "/api/admin/webhooks",
            """
            {"url": "%s", "events": ["booking.reassigned", "booking.conflicted"]}
            """
                .formatted(url),
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

  private static void await(BooleanSupplier condition) {
    long deadline = System.nanoTime() + WAIT_LIMIT.toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("condition not met in time").isLessThan(deadline);
      LockSupport.parkNanos(Duration.ofMillis(5).toNanos());
    }
  }
}
