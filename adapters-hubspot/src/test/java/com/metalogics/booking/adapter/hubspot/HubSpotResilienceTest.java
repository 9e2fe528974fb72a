package com.metalogics.booking.adapter.hubspot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.metalogics.booking.adapter.hubspot.fake.FakeHubSpot;
import com.metalogics.booking.adapter.hubspot.fake.FakeHubSpot.RecordedRequest;
import com.metalogics.booking.core.domain.BookingStatus;
import com.metalogics.booking.core.domain.ErrorCode;
import com.metalogics.booking.core.domain.IntegrationException;
import com.metalogics.booking.core.port.out.CrmContact;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** Retries, rate limits, auth failures, timeouts and the circuit breaker against the fake. */
class HubSpotResilienceTest {

  @AutoClose private final FakeHubSpot hubSpot = FakeHubSpot.start();

  @Test
  void given500Twice_upsert_retriesAndSucceeds() {
    hubSpot.failNext(2, 500);

    String id = adapter(hubSpot.adapterConfig()).upsertContact(ada());

    assertThat(hubSpot.contacts()).extracting(FakeHubSpot.Contact::id).containsExactly(id);
    assertThat(statuses()).startsWith(500, 500, 200);
  }

  @Test
  void givenHubSpotKeepsFailing_upsert_givesUpAfterTheRetriesWithCrmError() {
    hubSpot.failNext(100, 503);

    assertThatThrownBy(() -> adapter(hubSpot.adapterConfig()).upsertContact(ada()))
        .isInstanceOfSatisfying(
            IntegrationException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.CRM_ERROR);
              assertThat(e.kind()).isEqualTo(IntegrationException.Kind.UNAVAILABLE);
            });
    assertThat(hubSpot.requests()).hasSize(3);
  }

  @Test
  void givenDefaultAttempts_whenHubSpotKeepsFailing_exactlyThreeRequestsAreMade() {
    hubSpot.failNext(100, 503);
    var byDefault = hubSpot.adapterDefaults().retryDelay(Duration.ofMillis(10)).build();

    assertThatThrownBy(() -> adapter(byDefault).upsertContact(ada()))
        .isInstanceOf(IntegrationException.class);
    assertThat(hubSpot.requests()).hasSize(3);
  }

  @Test
  void givenSlowAnswers_everyCallTimesOut_andFailsAsCrmError() {
    hubSpot.slowAnswers(Duration.ofSeconds(2));
    var config =
        hubSpot.adapterConfig().toBuilder()
            .callTimeout(Duration.ofMillis(200))
            .maxAttempts(2)
            .build();

    assertThatThrownBy(() -> adapter(config).upsertContact(ada()))
        .isInstanceOfSatisfying(
            IntegrationException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CRM_ERROR));
  }

  @Test
  void given401_upsert_failsAsCrmAuthError_withoutRetrying() {
    hubSpot.acceptToken("pat-na1-ffffffff-ffff-4fff-8fff-ffffffffffff");

    assertThatThrownBy(() -> adapter(hubSpot.adapterConfig()).upsertContact(ada()))
        .isInstanceOfSatisfying(
            IntegrationException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.CRM_AUTH_ERROR);
              assertThat(e.getMessage()).doesNotContain(FakeHubSpot.TOKEN);
            });
    assertThat(statuses()).containsExactly(401);
  }

  @Test
  void given403MissingScopes_upsert_failsAsCrmAuthError_withoutRetrying() {
    hubSpot.failNext(5, 403);

    assertThatThrownBy(() -> adapter(hubSpot.adapterConfig()).upsertContact(ada()))
        .isInstanceOfSatisfying(
            IntegrationException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.CRM_AUTH_ERROR));
    assertThat(statuses()).containsExactly(403);
  }

  @Test
  void given429WithRetryAfter_theRetryWaitsAtLeastThatLong() {
    hubSpot.rateLimitNext(1, Duration.ofSeconds(1));

    adapter(hubSpot.adapterConfig()).upsertContact(ada());

    assertRetriedAfterA429WaitingAtLeast(Duration.ofSeconds(1));
    assertThat(hubSpot.contacts()).hasSize(1);
  }

  @Test
  void given429WithHubSpotIntervalHeader_theRetryWaitsThatInterval() {
    hubSpot.rateLimitNextByInterval(1, Duration.ofMillis(400));

    adapter(hubSpot.adapterConfig()).upsertContact(ada());

    assertRetriedAfterA429WaitingAtLeast(Duration.ofMillis(400));
  }

  @Test
  void given429AskingForAVeryLongWait_failsAtOnce_andLeavesItToTheSyncWorker() {
    hubSpot.rateLimitNext(1, Duration.ofMinutes(5));

    assertThatThrownBy(() -> adapter(hubSpot.adapterConfig()).upsertContact(ada()))
        .isInstanceOfSatisfying(
            IntegrationException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CRM_ERROR));
    assertThat(statuses()).containsExactly(429);
  }

  @Test
  void circuit_opensAfterTheThreshold_failsFast_andClosesAfterTheResetTimeout() {
    var config =
        hubSpot.adapterConfig().toBuilder()
            .maxAttempts(1)
            .circuitFailureThreshold(3)
            .circuitResetTimeout(Duration.ofMillis(300))
            .statusProperty("booking_status")
            .build();
    HubSpotCrmAdapter crm = adapter(config);
    String id = crm.upsertContact(ada());
    hubSpot.clearRequests();
    hubSpot.failNext(Integer.MAX_VALUE, 500);
    for (int i = 0; i < 3; i++) {
      assertThatThrownBy(() -> record(crm, id)).isInstanceOf(IntegrationException.class);
    }
    assertThat(crm.circuitOpen()).isTrue();

    assertThatThrownBy(() -> record(crm, id))
        .isInstanceOf(IntegrationException.class)
        .hasMessageContaining("circuit");
    assertThat(hubSpot.requests()).hasSize(3);

    hubSpot.clearFaults();
    assertThat(eventually(Duration.ofSeconds(5), () -> succeeds(crm, id))).isTrue();
    assertThat(crm.circuitOpen()).isFalse();
    assertThat(hubSpot.requests()).hasSize(4);
  }

  @Test
  void circuit_staysClosed_whenOneRecordKeepsBeingRefusedWith4xx() {
    var config =
        hubSpot.adapterConfig().toBuilder()
            .maxAttempts(1)
            .circuitFailureThreshold(3)
            .statusProperty("booking_status")
            .build();
    HubSpotCrmAdapter crm = adapter(config);
    String id = crm.upsertContact(ada());
    for (int status : new int[] {400, 404, 409, 422}) {
      hubSpot.failNext(Integer.MAX_VALUE, status);
      for (int i = 0; i < 4; i++) {
        assertThatThrownBy(() -> record(crm, id)).isInstanceOf(IntegrationException.class);
      }
      assertThat(crm.circuitOpen()).as("after %d answers %d", 4, status).isFalse();
    }
    hubSpot.clearFaults();
    assertThat(succeeds(crm, id)).isTrue();
  }

  @Test
  void rateLimiter_keepsABurstOf300CallsWithinTheLimitPerWindow() throws Exception {
    var config =
        hubSpot.adapterConfig().toBuilder()
            .requestsPer10Seconds(100)
            .searchesPerSecond(1000)
            .statusProperty("booking_status")
            .build();
    // HubSpot's 100 per 10 s, with the window shrunk to 1 s so that the test takes 3 s, not 30.
    Duration window = Duration.ofSeconds(1);
    HubSpotCrmAdapter crm = new HubSpotCrmAdapter(config, new MutableTicker(), window);
    String id = crm.upsertContact(ada());
    hubSpot.clearRequests();

    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<?>> calls = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      calls.add(
          pool.submit(() -> crm.recordStatus(id, UUID.randomUUID(), BookingStatus.CONFIRMED)));
    }
    for (Future<?> call : calls) {
      call.get(30, TimeUnit.SECONDS);
    }
    pool.shutdown();

    List<Long> times = hubSpot.requests().stream().map(RecordedRequest::nanoTime).sorted().toList();
    assertThat(times).hasSize(300);
    // Permits leave 10 ms apart: 300 calls cannot span less than ~3 s, and no window holds more
    // than the limit. The window is 100 ms short of 1 s so that a scheduling stall of up to 100 ms
    // on a busy machine (late requests bunched with the next ones) does not count as excess.
    assertThat(Duration.ofNanos(times.get(299) - times.get(0)))
        .isGreaterThan(Duration.ofMillis(2500));
    assertThat(maxInAnyWindow(times, window.minusMillis(100))).isLessThanOrEqualTo(100);
  }

  private static int maxInAnyWindow(List<Long> sortedNanos, Duration window) {
    int max = 0;
    int last = 0;
    for (int first = 0; first < sortedNanos.size(); first++) {
      while (last + 1 < sortedNanos.size()
          && sortedNanos.get(last + 1) - sortedNanos.get(first) < window.toNanos()) {
        last++;
      }
      max = Math.max(max, last - first + 1);
    }
    return max;
  }

  private HubSpotCrmAdapter adapter(HubSpotConfig config) {
    return new HubSpotCrmAdapter(config, new MutableTicker(), Duration.ofSeconds(10));
  }

  private void assertRetriedAfterA429WaitingAtLeast(Duration wait) {
    List<RecordedRequest> requests = hubSpot.requests();
    assertThat(requests.get(0).status()).isEqualTo(429);
    assertThat(requests.get(1).nanoTime() - requests.get(0).nanoTime())
        .isGreaterThanOrEqualTo(wait.toNanos());
  }

  private List<Integer> statuses() {
    return hubSpot.requests().stream().map(RecordedRequest::status).toList();
  }

  private static void record(HubSpotCrmAdapter crm, String contactId) {
    crm.recordStatus(contactId, UUID.randomUUID(), BookingStatus.CONFIRMED);
  }

  private static boolean succeeds(HubSpotCrmAdapter crm, String contactId) {
    try {
      record(crm, contactId);
      return true;
    } catch (IntegrationException e) {
      return false;
    }
  }

  /** Polls the condition until it holds or the time is up; never a fixed sleep. */
  private static boolean eventually(Duration limit, java.util.function.BooleanSupplier condition) {
    long deadline = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < deadline) {
      if (condition.getAsBoolean()) {
        return true;
      }
      LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
    }
    return false;
  }

  private static CrmContact ada() {
    return new CrmContact("ada@example.com", "Ada", "Lovelace", Optional.empty(), Optional.empty());
  }
}
