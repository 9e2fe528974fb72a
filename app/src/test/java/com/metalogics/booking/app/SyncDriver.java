package com.metalogics.booking.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.metalogics.booking.core.application.SyncPolicy;
import com.metalogics.booking.core.contract.MutableClock;
import com.metalogics.booking.core.port.in.SyncReport;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Drives the service's sync workers with the clock instead of waiting: past the inline-mirror
 * grace, then past every backoff, a run of each worker (at once when there are several), until the
 * admin list shows no booking needing sync. Bounded in wall time.
 */
final class SyncDriver {

  static final Duration WALL_LIMIT = Duration.ofSeconds(90);

  /** Longer than SYNC_MAX_BACKOFF_SECONDS of {@link ServiceRig}: every failed booking is due. */
  private static final Duration PAST_BACKOFF = Duration.ofSeconds(61);

  private SyncDriver() {}

  /**
   * What draining took: worker rounds, the effects the workers claimed, and the wall time spent in
   * the worker runs alone (not in the admin list read between them).
   */
  record Drain(int rounds, long effects, long workerNanos) {

    /** Effects per second of worker time; the lead's measurement, never asserted. */
    double effectsPerSecond() {
      return workerNanos == 0 ? 0 : effects * 1e9 / workerNanos;
    }
  }

  /**
   * @return how many rounds it took
   */
  static int syncUntilSettled(MutableClock clock, ApiClient api, Application... apps) {
    return drain(clock, api, apps).rounds();
  }

  static Drain drain(MutableClock clock, ApiClient api, Application... apps) {
    clock.advance(SyncPolicy.DEFAULT_INLINE_GRACE.plusSeconds(1));
    long deadline = System.nanoTime() + WALL_LIMIT.toNanos();
    int rounds = 0;
    long effects = 0;
    long workerNanos = 0;
    while (!pending(api).isEmpty()) {
      assertThat(System.nanoTime())
          .as("sync did not settle within %s: %s", WALL_LIMIT, pending(api))
          .isLessThan(deadline);
      long started = System.nanoTime();
      effects += runAllAtOnce(apps);
      workerNanos += System.nanoTime() - started;
      clock.advance(PAST_BACKOFF);
      rounds++;
    }
    return new Drain(rounds, effects, workerNanos);
  }

  /** One run of each worker, all at once; the effects they claimed together. */
  static long runAllAtOnce(Application... apps) {
    List<CompletableFuture<SyncReport>> runs = new ArrayList<>();
    for (Application app : apps) {
      runs.add(CompletableFuture.supplyAsync(() -> app.syncWorker().runOnce()));
    }
    CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).join();
    return runs.stream().mapToLong(r -> r.join().effects()).sum();
  }

  /** Ids and last errors of the bookings that still need sync. */
  static List<String> pending(ApiClient api) {
    List<String> pending = new ArrayList<>();
    for (JsonNode booking : list(api, "needsSync=true")) {
      pending.add(booking.path("id").asText());
    }
    return pending;
  }

  /** Every booking the admin list shows for {@code filter}, all pages. */
  static List<JsonNode> list(ApiClient api, String filter) {
    List<JsonNode> all = new ArrayList<>();
    String cursor = "";
    do {
      ApiClient.Reply page =
          api.get(
              "/api/admin/bookings?limit=200&" + filter + cursor,
              ApiClient.bearer(ServiceRig.ADMIN_KEY));
      assertThat(page.status()).as(page.body().toString()).isEqualTo(200);
      page.data().path("bookings").forEach(all::add);
      JsonNode next = page.data().path("nextCursor");
      cursor = next.isTextual() ? "&cursor=" + next.asText() : "";
    } while (!cursor.isEmpty());
    return all;
  }

  /** Books one slot over HTTP with full attendee details. */
  static ApiClient.Reply book(ApiClient api, String email, Instant start, int minutes) {
    String json =
        """
        {"name": "Grace Hopper", "email": "%s", "startTime": "%s", "duration": %d,
         "company": "Navy Labs", "phone": "+1 555 0100", "message": "About compilers",
         "timeZone": "Europe/Berlin"}
        """
            .formatted(email, start, minutes);
    return api.post("/api/bookings", json, Map.of());
  }
}
