package com.metalogics.booking.adapter.http.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.metalogics.booking.adapter.http.internal.SlotsCache.Rendered;
import com.metalogics.booking.core.port.in.AvailableSlotsQuery;
import com.metalogics.booking.core.port.in.SlotRange;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** How concurrent askers share a render, and that a slow render holds up nobody else. */
class SlotsCacheSharingTest {

  private static final LocalDate DAY = LocalDate.of(2030, 1, 7);
  private static final long MAX_KEPT_BYTES = 8L * 1024 * 1024;

  private final SlotsCache cache = new SlotsCache(Duration.ofMinutes(5), Clock.systemUTC());
  private final ExecutorService threads = Executors.newCachedThreadPool();

  @AfterEach
  void stop() {
    threads.shutdownNow();
  }

  @Test
  void givenOneQueryAskedByManyAtOnce_whenItsRenderIsSlow_thenOneRenderServesThemAll()
      throws Exception {
    AvailableSlotsQuery query = askedOnce(0);
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger renders = new AtomicInteger();
    Supplier<Rendered> slow =
        () -> {
          renders.incrementAndGet();
          await(release);
          return rendered("shared", true);
        };
    CountDownLatch asking = new CountDownLatch(8);
    List<Future<byte[]>> answers = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      answers.add(
          threads.submit(
              () -> {
                asking.countDown();
                return cache.answer(query, 1, slow);
              }));
    }
    // Askers that come after the render find its answer kept: one render either way.
    asking.await(10, TimeUnit.SECONDS);
    release.countDown();
    for (Future<byte[]> answer : answers) {
      assertThat(new String(answer.get(10, TimeUnit.SECONDS))).isEqualTo("shared");
    }
    assertThat(renders).hasValue(1);
  }

  @Test
  void givenARenderWaitingForItsTurn_whenOtherQueriesAreKept_thenTheyAreServedAndStayWithinBound()
      throws Exception {
    AvailableSlotsQuery slowQuery = askedOnce(0);
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Future<byte[]> slowAnswer =
        threads.submit(
            () ->
                cache.answer(
                    slowQuery,
                    1,
                    () -> {
                      started.countDown();
                      await(release);
                      return rendered("slow", true);
                    }));
    started.await(10, TimeUnit.SECONDS);

    assertTimeoutPreemptively(
        Duration.ofSeconds(30),
        () -> {
          for (int i = 1; i <= 200; i++) {
            AvailableSlotsQuery other = query(i);
            Rendered big = big(i);
            cache.answer(other, 1, () -> big);
            assertThat(cache.answer(other, 1, () -> big)).hasSize(256 * 1024);
          }
          assertThat(cache.keptBytes()).isBetween(1L, MAX_KEPT_BYTES);
        });
    release.countDown();
    assertThat(new String(slowAnswer.get(10, TimeUnit.SECONDS))).isEqualTo("slow");
  }

  @Test
  void givenARenderFails_whenTheQueryIsAskedAgain_thenItIsRenderedAnewAndKept() {
    AvailableSlotsQuery query = askedOnce(0);
    assertThatThrownBy(
            () ->
                cache.answer(
                    query,
                    1,
                    () -> {
                      throw new IllegalStateException("calendar gone");
                    }))
        .hasMessage("calendar gone");

    assertThat(new String(cache.answer(query, 1, () -> rendered("second", true))))
        .isEqualTo("second");
    assertThat(new String(cache.answer(query, 1, () -> rendered("third", true))))
        .isEqualTo("second");
  }

  @Test
  void givenAnAnswerThatMayNotBeKept_whenTheQueryIsAskedAgain_thenItIsRenderedAnew() {
    AvailableSlotsQuery query = askedOnce(0);
    assertThat(new String(cache.answer(query, 1, () -> rendered("warned", false))))
        .isEqualTo("warned");

    assertThat(new String(cache.answer(query, 1, () -> rendered("fresh", true))))
        .isEqualTo("fresh");
  }

  /** A query asked once already: the cache keeps its answer from the next ask on. */
  private AvailableSlotsQuery askedOnce(int days) {
    AvailableSlotsQuery query = query(days);
    cache.answer(query, 1, () -> rendered("first", true));
    return query;
  }

  private static AvailableSlotsQuery query(int days) {
    return new AvailableSlotsQuery(SlotRange.dates(DAY.plusDays(days), DAY.plusDays(days)), 30);
  }

  private static Rendered rendered(String body, boolean cacheable) {
    return new Rendered(body.getBytes(java.nio.charset.StandardCharsets.US_ASCII), cacheable);
  }

  private static Rendered big(int seed) {
    byte[] body = new byte[256 * 1024];
    body[0] = (byte) seed;
    return new Rendered(body, true);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
