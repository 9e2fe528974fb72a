package com.metalogics.booking.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.metalogics.booking.adapter.google.fake.FakeGoogleCalendar;
import com.metalogics.booking.adapter.google.fake.Fault;
import com.metalogics.booking.adapter.mail.testing.SmtpTestServer;
import com.metalogics.booking.core.application.SyncPolicy;
import com.metalogics.booking.core.contract.MutableClock;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service process is killed (SIGKILL) in the middle of a sync run, with calendar calls and
 * webhook deliveries in flight, and started again: the run is finished by the new process, no
 * event, note or mail exists twice, and the subscriber has every booking's event (a delivery cut
 * off by the kill is sent again, under the same event id).
 */
class CrashEndToEndTest {

  @RegisterExtension static final SmtpTestServer GREEN_MAIL = new SmtpTestServer();

  private static final int BOOKINGS = 12;
  private static final int SYNCED_BEFORE_KILL = 3;
  private static final Duration WAIT_LIMIT = Duration.ofSeconds(60);
  private static final Duration POLL_PAUSE = Duration.ofMillis(20);

  /** The first process's clock is past the inline-mirror grace of every booking. */
  private static final long FIRST_OFFSET = SyncPolicy.DEFAULT_INLINE_GRACE.toSeconds() + 5;

  /** The second's is also past the claim lease the killed process left behind (1 minute). */
  private static final long SECOND_OFFSET = FIRST_OFFSET + 180;

  @TempDir Path dir;

  @Test
  void givenAProcessKilledMidRun_theRestartedOneFinishesTheSync_withoutDuplicates()
      throws Exception {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    try (ServiceRig rig = new ServiceRig(dir, GREEN_MAIL.getSmtp().getPort());
        WebhookReceiver receiver = new WebhookReceiver(Clock.systemUTC())) {
      Map<UUID, Instant> starts = new HashMap<>();
      Map<UUID, String> tokens = new HashMap<>();
      receiver.mode = WebhookReceiver.Mode.FAILING;
      bookWhileEverythingIsDown(rig, receiver, now, starts, tokens);
      receiver.requests.set(0);
      receiver.mode = WebhookReceiver.Mode.SLOW;
      rig.integrationsBack();
      rig.google.requests().clear();
      rig.google.faults().failAlways(Fault.SLOW);
      Map<String, String> env = new HashMap<>(rig.environment());
      env.put("SYNC_INTERVAL_SECONDS", "1");
      // Held calls are released by this test, not timed out: on a loaded machine a cold JVM's first
      // calls (token, event) can outlast the rig's short timeout and turn a retry into a failure.
      env.put("GOOGLE_CALENDAR_TIMEOUT_MS", "15000");
      env.put("HUBSPOT_TIMEOUT_MS", "15000");

      ServiceProcess first = ServiceProcess.start(env, FIRST_OFFSET, dir);
      try {
        // The worker runs several calendar calls at once; each release lets the held ones answer.
        while (insertsAnswered(rig.google) < SYNCED_BEFORE_KILL) {
          await(
              () ->
                  rig.google.faults().held() > 0
                      || insertsAnswered(rig.google) >= SYNCED_BEFORE_KILL);
          rig.google.faults().releaseSlow();
        }
        await(() -> rig.google.faults().held() > 0 && receiver.requests.get() > 0);
        first.kill();
      } finally {
        first.close();
      }
      assertThat(insertsAnswered(rig.google)).as("killed mid-run").isLessThan(BOOKINGS);
      assertThat(Mailbox.attendeeMails(GREEN_MAIL.getReceivedMessages())).hasSizeLessThan(BOOKINGS);

      rig.google.faults().clear();
      receiver.mode = WebhookReceiver.Mode.ACCEPTING;
      receiver.release();
      try (ServiceProcess second = ServiceProcess.start(env, SECOND_OFFSET, dir)) {
        ApiClient api = new ApiClient(second.port());
        await(() -> SyncDriver.pending(api).isEmpty());
        await(() -> receiver.accepted.size() >= BOOKINGS);

        DegradationEndToEndTest.assertMirroredOnce(rig, api, starts);
        DegradationEndToEndTest.assertOneConfirmationEach(
            GREEN_MAIL.getReceivedMessages(), starts, false);
        Mailbox.attendeeMails(GREEN_MAIL.getReceivedMessages())
            .forEach(m -> assertThat(m.manageToken()).isEqualTo(tokens.get(m.bookingId())));
        assertThat(receiver.accepted.values())
            .extracting(WebhookReceiver.Event::bookingId)
            .containsExactlyInAnyOrderElementsOf(
                starts.keySet().stream().map(UUID::toString).toList());
        assertThat(receiver.accepted.values())
            .allSatisfy(e -> assertThat(e.type()).isEqualTo("booking.created"));
        assertThat(receiver.badSignatures).isEmpty();
        assertThat(second.terminate(Duration.ofSeconds(30)))
            .as("a SIGTERM stops the service gracefully, within its bound")
            .isPresent();
      }
    }
  }

  /** Bookings taken by an instance whose calendar, CRM and mail server all fail. */
  private void bookWhileEverythingIsDown(
      ServiceRig rig,
      WebhookReceiver receiver,
      Instant now,
      Map<UUID, Instant> starts,
      Map<UUID, String> tokens)
      throws Exception {
    rig.integrationsFailing();
    Instant firstSlot =
        LocalDate.ofInstant(now, ZoneOffset.UTC)
            .plusDays(2)
            .atStartOfDay()
            .toInstant(ZoneOffset.UTC);
    MutableClock clock = new MutableClock(now);
    try (Application app =
        Application.start(ConfigLoader.load(DegradationEndToEndTest.mailDown(rig)), clock)) {
      ApiClient api = new ApiClient(app.port());
      receiver.secret = WebhookEndToEndTest.subscribe(api, receiver.url(), ServiceRig.ADMIN_KEY);
      for (int i = 0; i < BOOKINGS; i++) {
        Instant start = firstSlot.plus(Duration.ofMinutes(15L * i));
        ApiClient.Reply reply = SyncDriver.book(api, "guest" + (i % 5) + "@example.com", start, 15);
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(201);
        assertThat(EndToEndContract.warnings(reply))
            .contains("CALENDAR_SYNC_PENDING", "CRM_SYNC_PENDING", "EMAIL_PENDING");
        JsonNode booking = reply.data().path("booking");
        UUID id = UUID.fromString(booking.path("id").asText());
        starts.put(id, start);
        tokens.put(id, reply.data().path("manageToken").asText());
      }
    }
  }

  private static long insertsAnswered(FakeGoogleCalendar google) {
    return google.requests().all().stream()
        .filter(e -> e.method().equals("POST") && e.path().endsWith("/events"))
        .count();
  }

  /** Polls {@code condition} until it holds, failing after {@link #WAIT_LIMIT}. */
  private static void await(BooleanSupplier condition) {
    long deadline = System.nanoTime() + WAIT_LIMIT.toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("condition not met in time").isLessThan(deadline);
      LockSupport.parkNanos(POLL_PAUSE.toNanos());
    }
  }
}
