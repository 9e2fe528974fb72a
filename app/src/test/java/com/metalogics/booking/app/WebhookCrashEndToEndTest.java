package com.metalogics.booking.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service is killed (SIGKILL) while the receiver holds its answers to webhook deliveries: the
 * restarted service delivers every event that had not been answered, so each event reaches the
 * receiver (a repeat of one it kept is possible and carries the same event id), none is lost, and
 * every delivery ends done.
 */
class WebhookCrashEndToEndTest {

  private static final int BOOKINGS = 6;
  private static final String ADMIN_KEY = "webhook-crash-admin-key";
  private static final Duration WAIT_LIMIT = Duration.ofSeconds(90);

  @TempDir Path dir;

  @Test
  void givenAProcessKilledWithDeliveriesInFlight_theRestartedOneDeliversEveryEvent()
      throws Exception {
    Map<String, String> env = environment();
    Set<String> bookingIds = new HashSet<>();
    Instant firstSlot = Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(2));
    try (WebhookReceiver receiver = new WebhookReceiver(Clock.systemUTC())) {
      receiver.mode = WebhookReceiver.Mode.SLOW;
      try (ServiceProcess first = ServiceProcess.start(env, 0, dir)) {
        ApiClient api = new ApiClient(first.port());
        receiver.secret = WebhookEndToEndTest.subscribe(api, receiver.url(), ADMIN_KEY);
        // At once: each request waits out its budget on the held delivery.
        List<ApiClient.Reply> replies =
            IntStream.range(0, BOOKINGS)
                .parallel()
                .mapToObj(
                    i ->
                        SyncDriver.book(
                            api,
                            "guest" + i + "@example.com",
                            firstSlot.plus(Duration.ofMinutes(15L * i)),
                            15))
                .toList();
        for (ApiClient.Reply reply : replies) {
          assertThat(reply.status()).as(reply.body().toString()).isEqualTo(201);
          bookingIds.add(reply.data().path("booking").path("id").asText());
        }
        await(() -> receiver.requests.get() >= 2);
        first.kill();
      }
      int keptBeforeKill = receiver.accepted.size();
      receiver.mode = WebhookReceiver.Mode.ACCEPTING;
      receiver.release();

      // Past the inline grace and the claim lease of the killed process's attempts.
      try (ServiceProcess second = ServiceProcess.start(env, 180, dir)) {
        ApiClient api = new ApiClient(second.port());
        await(() -> receiver.accepted.size() == BOOKINGS && allDone(deliveries(api)));
      }

      assertThat(keptBeforeKill).as("events the receiver kept before the kill").isPositive();
      assertThat(receiver.badSignatures).isEmpty();
      assertThat(receiver.accepted.values())
          .extracting(WebhookReceiver.Event::bookingId)
          .containsExactlyInAnyOrderElementsOf(bookingIds);
      assertThat(receiver.accepted.values())
          .allSatisfy(e -> assertThat(e.type()).isEqualTo("booking.created"));
    }
  }

  private Map<String, String> environment() {
    Map<String, String> env = new HashMap<>(ServiceRig.rules());
    env.put("PORT", "0");
    env.put("DATABASE_URL", "jdbc:h2:file:" + dir.resolve("booking"));
    env.put("ADMIN_API_KEY", ADMIN_KEY);
    env.put("RATE_LIMIT_BOOKINGS_PER_MINUTE", "0");
    env.put("SYNC_INTERVAL_SECONDS", "1");
    // Longer than the test waits for the kill: the calls are still open when the process dies.
    env.put("WEBHOOK_TIMEOUT_MS", "10000");
    return env;
  }

  private static JsonNode deliveries(ApiClient api) {
    Map<String, String> admin = ApiClient.bearer(ADMIN_KEY);
    String id = api.get("/api/admin/webhooks", admin).data().get(0).path("id").asText();
    return api.get("/api/admin/webhooks/" + id + "/deliveries?limit=200", admin).data();
  }

  private static boolean allDone(JsonNode deliveries) {
    if (deliveries.size() < BOOKINGS) {
      return false;
    }
    for (JsonNode delivery : deliveries) {
      if (!delivery.path("state").asText().equals("DONE")) {
        return false;
      }
    }
    return true;
  }

  private static void await(BooleanSupplier condition) {
    long deadline = System.nanoTime() + WAIT_LIMIT.toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("condition not met in time").isLessThan(deadline);
      LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
    }
  }
}
