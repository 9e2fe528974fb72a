package com.metalogics.booking.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.metalogics.booking.adapter.google.fake.FakePush;
import com.metalogics.booking.adapter.mail.testing.SmtpTestServer;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Real-time calendars through running services on one PostgreSQL and the fake Google: a private
 * meeting put into the host's calendar leaves the slots of every instance (by push, and by polling
 * without it), and a meeting put over a booking flags it, alerts the admin and sends {@code
 * booking.conflicted}. The measured latencies are logged, not asserted: the machine is shared.
 */
class RealtimeEndToEndTest {

  private static final Logger LOG = LoggerFactory.getLogger(RealtimeEndToEndTest.class);
  private static final Duration WAIT_LIMIT = Duration.ofSeconds(60);
  private static final String CALENDAR = ServiceRig.CALENDAR;

  @RegisterExtension static final SmtpTestServer GREEN_MAIL = new SmtpTestServer();

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir Path dir;

  private final LocalDate day = LocalDate.now(ZoneOffset.UTC).plusDays(2);
  private final Instant slot = day.atTime(10, 0).toInstant(ZoneOffset.UTC);

  @Test
  void aPrivateMeeting_leavesTheSlotsOfEveryInstance_soonAfterTheNotification() {
    try (ServiceRig rig = new ServiceRig(dir, GREEN_MAIL.getSmtp().getPort());
        Application first = Application.start(ConfigLoader.load(push(rig)), Clock.systemUTC());
        Application second = Application.start(ConfigLoader.load(push(rig)), Clock.systemUTC())) {
      rig.google.push().deliverTo(URI.create("http://127.0.0.1:" + first.port()));
      ApiClient a = new ApiClient(first.port());
      ApiClient b = new ApiClient(second.port());
      await(() -> !rig.google.push().watches().isEmpty());
      await(() -> rig.google.requests().count("GET", "/events") > 0);
      assertThat(offered(a)).contains(slot.toString());
      assertThat(offered(b)).contains(slot.toString());

      long start = System.nanoTime();
      rig.google.putOutsideEvent(CALENDAR, "private1", slot, slot.plusSeconds(1800));
      await(() -> !offered(b).contains(slot.toString()));
      long seenBySecond = System.nanoTime();
      await(() -> !offered(a).contains(slot.toString()));
      long seenByFirst = System.nanoTime();

      LOG.info(
          "notification-to-slots latency: {} ms on the instance that did not receive it, {} ms on"
              + " the one that did (push, two instances, PostgreSQL LISTEN/NOTIFY, loopback)",
          millis(start, seenBySecond),
          millis(start, seenByFirst));
      assertThat(rig.google.push().sent()).anyMatch(s -> s.state().equals("exists"));
    }
  }

  @Test
  void withoutPush_aPrivateMeetingLeavesTheSlots_withinAPollInterval() {
    try (ServiceRig rig = new ServiceRig(dir, GREEN_MAIL.getSmtp().getPort())) {
      Map<String, String> env = new HashMap<>(rig.environment());
      env.put("GOOGLE_POLL_SECONDS", "1");
      try (Application app = Application.start(ConfigLoader.load(env), Clock.systemUTC())) {
        ApiClient api = new ApiClient(app.port());
        await(() -> rig.google.requests().count("GET", "/events") > 0);
        assertThat(offered(api)).contains(slot.toString());

        long start = System.nanoTime();
        rig.google.putOutsideEvent(CALENDAR, "private1", slot, slot.plusSeconds(1800));
        await(() -> !offered(api).contains(slot.toString()));

        LOG.info(
            "change-to-slots latency by polling every second: {} ms",
            millis(start, System.nanoTime()));
        assertThat(rig.google.push().watches()).isEmpty();
      }
    }
  }

  @Test
  void anOutsideMeetingOverABooking_flagsIt_alertsTheAdmin_sendsTheWebhook_andClearsWhenDeleted()
      throws Exception {
    try (ServiceRig rig = new ServiceRig(dir, GREEN_MAIL.getSmtp().getPort());
        WebhookReceiver receiver = new WebhookReceiver(Clock.systemUTC());
        Application app = Application.start(ConfigLoader.load(push(rig)), Clock.systemUTC())) {
      rig.google.push().deliverTo(URI.create("http://127.0.0.1:" + app.port()));
      ApiClient api = new ApiClient(app.port());
      receiver.secret = subscribe(api, receiver.url());
      String id = book(api);
      await(() -> rig.google.requests().count("GET", "/events") > 0);

      rig.google.putOutsideEvent(
          CALENDAR, "dentist1", slot.plusSeconds(900), slot.plusSeconds(4500));
      await(() -> conflicts(api).contains(id));
      runWorker(app);

      JsonNode booking =
          api.get("/api/bookings/" + id, ApiClient.bearer(ServiceRig.ADMIN_KEY))
              .data()
              .path("booking");
      assertThat(booking.path("status").asText()).isEqualTo("CONFIRMED");
      assertThat(booking.path("conflicted").asBoolean()).isTrue();
      assertThat(booking.path("conflict").path("eventStart").asText())
          .isEqualTo(slot.plusSeconds(900).toString());
      await(
          () ->
              receiver.accepted.values().stream()
                  .anyMatch(e -> e.type().equals("booking.conflicted")));
      await(() -> subjects().stream().anyMatch(s -> s.contains("conflicts with a calendar event")));

      rig.google.deleteByHand(CALENDAR, "dentist1");
      await(() -> !conflicts(api).contains(id));
      assertThat(
              api.get("/api/bookings/" + id, ApiClient.bearer(ServiceRig.ADMIN_KEY))
                  .data()
                  .path("booking")
                  .path("conflicted")
                  .asBoolean())
          .isFalse();
    }
  }

  @Test
  void aThousandHostileAndReplayedNotifications_changeNothing_andTheRealOnesCoalesce()
      throws Exception {
    try (ServiceRig rig = new ServiceRig(dir, GREEN_MAIL.getSmtp().getPort());
        Application app = Application.start(ConfigLoader.load(push(rig)), Clock.systemUTC())) {
      rig.google.push().deliverTo(URI.create("http://127.0.0.1:" + app.port()));
      await(() -> !rig.google.push().watches().isEmpty());
      FakePush.Watch channel = rig.google.push().watches().get(0);
      ApiClient api = new ApiClient(app.port());
      await(() -> rig.google.requests().count("GET", "/events") > 0);
      rig.google.putOutsideEvent(CALENDAR, "private1", slot, slot.plusSeconds(1800));
      long listingsBefore = rig.google.requests().count("GET", "/events");

      long cold = flood(app.port(), channel, new ConcurrentHashMap<>());
      Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
      long warm = flood(app.port(), channel, statuses);
      await(() -> !offered(api).contains(slot.toString()));
      long listings = rig.google.requests().count("GET", "/events") - listingsBefore;

      LOG.info(
          "2 x 1,000 notifications (each: 100 unknown, 100 wrong token, the rest replaying one"
              + " message number) answered in {} ms cold and {} ms warm ({} a second); they caused"
              + " {} events.list calls",
          millis(0, cold),
          millis(0, warm),
          warm == 0 ? "-" : Long.toString(1_000L * 1_000_000_000L / warm),
          listings);
      assertThat(statuses).containsEntry(404, 100).containsEntry(401, 100).containsEntry(200, 800);
      assertThat(api.get("/health/live").status()).isEqualTo(200);
    }
  }

  /** Sends 1,000 notifications from 16 threads; how long until the last was answered, in ns. */
  private static long flood(int port, FakePush.Watch channel, Map<Integer, Integer> statuses)
      throws Exception {
    long start = System.nanoTime();
    ExecutorService senders = Executors.newFixedThreadPool(16);
    try {
      List<Future<?>> sent = new ArrayList<>();
      for (int n = 0; n < 1000; n++) {
        int i = n;
        sent.add(
            senders.submit(
                () -> {
                  String id = i % 10 == 0 ? "unknown-" + i : channel.channelId();
                  String token = i % 10 == 1 ? "guessed" : channel.token();
                  String state = i % 2 == 0 ? "exists" : "not_exists";
                  statuses.merge(notify(port, id, token, state, 7), 1, Integer::sum);
                }));
      }
      for (Future<?> each : sent) {
        each.get();
      }
    } finally {
      senders.shutdownNow();
    }
    return System.nanoTime() - start;
  }

  private static int notify(int port, String channelId, String token, String state, int number) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/webhooks/google"))
            .header("X-Goog-Channel-ID", channelId)
            .header("X-Goog-Channel-Token", token)
            .header("X-Goog-Resource-State", state)
            .header("X-Goog-Message-Number", Integer.toString(number))
            .POST(HttpRequest.BodyPublishers.noBody())
            .build();
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private Map<String, String> push(ServiceRig rig) {
    Map<String, String> env = new HashMap<>(rig.environment());
    env.put("GOOGLE_PUSH_ENABLED", "true");
    env.put("GOOGLE_POLL_SECONDS", "3600");
    env.put("ADMIN_EMAIL", "admin@metalogics.test");
    return env;
  }

  private List<String> offered(ApiClient api) {
    ApiClient.Reply reply =
        api.get(
            "/api/bookings/available-slots?startDate=" + day + "&endDate=" + day + "&duration=30");
    assertThat(reply.status()).isEqualTo(200);
    List<String> starts = new ArrayList<>();
    reply.data().path("slots").forEach(s -> starts.add(s.path("startTime").asText()));
    return starts;
  }

  private String book(ApiClient api) {
    ApiClient.Reply created =
        api.post(
            "/api/bookings",
            """
            {"name": "Ada Lovelace", "email": "ada@example.org", "startTime": "%s", "duration": 30}
            """
                .formatted(slot),
            Map.of());
    assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
    return created.data().path("booking").path("id").asText();
  }

  private static List<String> conflicts(ApiClient api) {
    List<String> ids = new ArrayList<>();
    api.get("/api/admin/conflicts", ApiClient.bearer(ServiceRig.ADMIN_KEY))
        .data()
        .path("bookings")
        .forEach(b -> ids.add(b.path("id").asText()));
    return ids;
  }

  private static String subscribe(ApiClient api, String url) {
    ApiClient.Reply created =
        api.post(
            "/api/admin/webhooks",
            """
            {"url": "%s", "events": ["booking.conflicted"]}
            """
                .formatted(url),
            ApiClient.bearer(ServiceRig.ADMIN_KEY));
    assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
    return created.data().path("secret").asText();
  }

  private static void runWorker(Application app) {
    for (int i = 0; i < 20 && app.syncWorker().runOnce().effects() > 0; i++) {
      LOG.debug("worker round {}", i);
    }
  }

  private static List<String> subjects() {
    List<String> subjects = new ArrayList<>();
    for (MimeMessage message : GREEN_MAIL.getReceivedMessages()) {
      try {
        subjects.add(message.getSubject());
      } catch (MessagingException e) {
        throw new IllegalStateException(e);
      }
    }
    return subjects;
  }

  private static long millis(long from, long to) {
    return Duration.ofNanos(to - from).toMillis();
  }

  private static void await(BooleanSupplier condition) {
    long deadline = System.nanoTime() + WAIT_LIMIT.toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("condition not met in time").isLessThan(deadline);
      LockSupport.parkNanos(Duration.ofMillis(5).toNanos());
    }
  }
}
