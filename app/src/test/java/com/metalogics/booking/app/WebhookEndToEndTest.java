package com.metalogics.booking.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.metalogics.booking.core.contract.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Webhooks through the running service on a local receiver: 1,000 bookings, then reschedules and
 * cancels, while the receiver fails, then answers too late, then works. Every event arrives, is
 * accepted once by id, verifies, and the events of a booking keep their order.
 */
class WebhookEndToEndTest {

  private static final Logger LOG = LoggerFactory.getLogger(WebhookEndToEndTest.class);
  private static final String ADMIN_KEY = "admin-key-for-webhook-tests";
  private static final Instant NOW = Instant.parse("2030-01-07T15:00:00Z");
  private static final Instant FIRST_SLOT = Instant.parse("2030-01-08T00:00:00Z");
  private static final int BOOKINGS = 1000;
  private static final int RESCHEDULED = 200;
  private static final int CANCELLED = 200;

  @TempDir Path dir;
  private final MutableClock clock = new MutableClock(NOW);

  @Test
  void everyEventArrivesOnce_inOrderPerBooking_throughFailuresAndTimeouts() throws Exception {
    try (WebhookReceiver receiver = new WebhookReceiver(clock);
        Application app = Application.start(ConfigLoader.load(environment()), clock)) {
      ApiClient api = new ApiClient(app.port());
      receiver.secret = subscribe(api, receiver.url(), ADMIN_KEY);
      receiver.mode = WebhookReceiver.Mode.FAILING;

      long started = System.nanoTime();
      List<Booked> booked = bookAll(api);
      changeSome(api, booked);
      long changed = System.nanoTime();
      receiver.slowBudget.set(40);
      receiver.mode = WebhookReceiver.Mode.SLOW;
      runWorker(app, Duration.ofHours(2));
      receiver.mode = WebhookReceiver.Mode.ACCEPTING;
      receiver.release();
      long slow = System.nanoTime();
      int rounds = 0;
      while (rounds < 5 && runWorker(app, Duration.ofHours(1)) > 0) {
        rounds++;
      }
      LOG.info(
          "bookings and changes {} ms, slow round {} ms, then {} round(s) {} ms; {} events"
              + " accepted; {} requests, {} repeats, {} stale",
          millis(started, changed),
          millis(changed, slow),
          rounds,
          millis(slow, System.nanoTime()),
          receiver.accepted.size(),
          receiver.requests.get(),
          receiver.repeats.get(),
          receiver.stale.get());

      assertThat(receiver.badSignatures).isEmpty();
      assertThat(receiver.accepted).hasSize(BOOKINGS + RESCHEDULED + CANCELLED);
      Map<String, Long> byType =
          receiver.accepted.values().stream()
              .collect(Collectors.groupingBy(WebhookReceiver.Event::type, Collectors.counting()));
      assertThat(byType)
          .containsEntry("booking.created", (long) BOOKINGS)
          .containsEntry("booking.rescheduled", (long) RESCHEDULED)
          .containsEntry("booking.cancelled", (long) CANCELLED);
      assertOrderPerBooking(receiver);
      JsonNode deliveries = deliveriesOfTheSubscription(api);
      assertThat(deliveries)
          .allSatisfy(d -> assertThat(d.path("state").asText()).isEqualTo("DONE"));
    }
  }

  private Map<String, String> environment() {
    Map<String, String> env = new HashMap<>(ServiceRig.rules());
    env.put("PORT", "0");
    env.put("DATABASE_URL", "jdbc:h2:file:" + dir.resolve("booking"));
    env.put("ADMIN_API_KEY", ADMIN_KEY);
    env.put("RATE_LIMIT_BOOKINGS_PER_MINUTE", "0");
    env.put("MAX_BOOKINGS_PER_EMAIL", "10");
    env.put("SYNC_INTERVAL_SECONDS", "3600");
    env.put("WEBHOOK_TIMEOUT_MS", "300");
    return env;
  }

  /** Subscribes {@code url} to the booking events; answers the secret. */
  static String subscribe(ApiClient api, String url, String adminKey) {
    ApiClient.Reply created =
        api.post(
            "/api/admin/webhooks",
            """
            {"url": "%s",
             "events": ["booking.created", "booking.rescheduled", "booking.cancelled"]}
            """
                .formatted(url),
            ApiClient.bearer(adminKey));
    assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
    return created.data().path("secret").asText();
  }

  private record Booked(String id, String token) {}

  private static List<Booked> bookAll(ApiClient api) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<ApiClient.Reply>> replies = new ArrayList<>();
      for (int i = 0; i < BOOKINGS; i++) {
        Instant start = FIRST_SLOT.plus(Duration.ofMinutes(15L * i));
        String email = "guest" + i + "@example.com";
        replies.add(pool.submit(() -> SyncDriver.book(api, email, start, 15)));
      }
      List<Booked> booked = new ArrayList<>();
      for (Future<ApiClient.Reply> reply : replies) {
        ApiClient.Reply r = reply.get();
        assertThat(r.status()).as(r.body().toString()).isEqualTo(201);
        booked.add(
            new Booked(
                r.data().path("booking").path("id").asText(),
                r.data().path("manageToken").asText()));
      }
      return booked;
    } finally {
      pool.shutdown();
    }
  }

  /** The first bookings move later, then half of them and as many others are cancelled. */
  private static void changeSome(ApiClient api, List<Booked> booked) {
    Instant later = FIRST_SLOT.plus(Duration.ofMinutes(15L * (BOOKINGS + 10)));
    for (int i = 0; i < RESCHEDULED; i++) {
      Booked b = booked.get(i);
      ApiClient.Reply moved =
          api.post(
              "/api/bookings/" + b.id() + "/reschedule",
              "{\"startTime\": \"%s\", \"duration\": 15}"
                  .formatted(later.plus(Duration.ofMinutes(15L * i))),
              ApiClient.bearer(b.token()));
      assertThat(moved.status()).as(moved.body().toString()).isEqualTo(200);
    }
    for (int i = RESCHEDULED / 2; i < RESCHEDULED / 2 + CANCELLED; i++) {
      Booked b = booked.get(i);
      ApiClient.Reply cancelled =
          api.post("/api/bookings/" + b.id() + "/cancel", "{}", ApiClient.bearer(b.token()));
      assertThat(cancelled.status()).as(cancelled.body().toString()).isEqualTo(200);
    }
  }

  /**
   * Moves the clock past the next retries and runs the worker until nothing more is due.
   *
   * @return the effects the worker ran
   */
  private int runWorker(Application app, Duration step) {
    clock.advance(step);
    int total = 0;
    for (int i = 0; i < 100; i++) {
      int ran = app.syncWorker().runOnce().effects();
      if (ran == 0) {
        break;
      }
      total += ran;
    }
    return total;
  }

  private static long millis(long fromNanos, long toNanos) {
    return Duration.ofNanos(toNanos - fromNanos).toMillis();
  }

  /**
   * A booking's events carry sequences 1, 2, 3 without gaps, and their creation times never run
   * against them (equal times happen: the test's clock stands still between changes).
   */
  private static void assertOrderPerBooking(WebhookReceiver receiver) {
    Map<String, List<WebhookReceiver.Event>> byBooking =
        receiver.accepted.values().stream()
            .collect(Collectors.groupingBy(WebhookReceiver.Event::bookingId));
    for (List<WebhookReceiver.Event> events : byBooking.values()) {
      List<WebhookReceiver.Event> bySequence =
          events.stream().sorted(Comparator.comparingInt(WebhookReceiver.Event::sequence)).toList();
      assertThat(bySequence)
          .extracting(WebhookReceiver.Event::sequence)
          .containsExactlyElementsOf(
              java.util.stream.IntStream.rangeClosed(1, events.size()).boxed().toList());
      assertThat(bySequence)
          .extracting(e -> Instant.parse(e.createdAt()))
          .isSortedAccordingTo(Comparator.naturalOrder());
    }
  }

  private JsonNode deliveriesOfTheSubscription(ApiClient api) {
    JsonNode hooks = api.get("/api/admin/webhooks", ApiClient.bearer(ADMIN_KEY)).data();
    String id = hooks.get(0).path("id").asText();
    return api.get(
            "/api/admin/webhooks/" + id + "/deliveries?limit=200", ApiClient.bearer(ADMIN_KEY))
        .data();
  }
}
