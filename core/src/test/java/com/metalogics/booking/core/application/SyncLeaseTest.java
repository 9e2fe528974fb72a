package com.metalogics.booking.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.EffectKind;
import com.metalogics.booking.core.domain.IntegrationException;
import com.metalogics.booking.core.port.in.SyncReport;
import com.metalogics.booking.core.port.out.EffectOutcome;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A worker run only starts an effect while its claim still covers it: past the lease another
 * instance may claim the same effect, and both would run it. What it did not start it releases.
 */
class SyncLeaseTest {

  private final EngineHarness h = new EngineHarness();

  private List<Booking> threeBookingsWithTheCalendarDown() {
    h.calendar.failures().failWith(() -> IntegrationException.calendar("down", null));
    List<Booking> bookings =
        List.of(
            h.book(h.ny(2, 10, 0), "a@example.com").booking(),
            h.book(h.ny(2, 11, 0), "b@example.com").booking(),
            h.book(h.ny(2, 12, 0), "c@example.com").booking());
    h.clock.advance(SyncPolicy.DEFAULT_INLINE_GRACE);
    return bookings;
  }

  @Test
  void givenCallsOutlastingTheLease_theRunStops_andReleasesWhatItDidNotStart() {
    RecordingHandler slow = new RecordingHandler(EffectKind.CALENDAR, 1);
    EngineHarness one = new EngineHarness(slow);
    slow.answer(e -> EffectOutcome.retryLater("down"));
    for (int hour = 10; hour < 13; hour++) {
      one.book(one.ny(2, hour, 0), hour + "@example.com");
    }
    one.clock.advance(SyncPolicy.DEFAULT_INLINE_GRACE);
    // Each call takes 90 s of the 2-minute lease; an attempt's budget is 5 s.
    slow.answer(e -> EffectOutcome.done("evt"));
    slow.onRun(() -> one.clock.advance(Duration.ofSeconds(90)));

    SyncReport first = one.engine.syncBookings().syncDue();

    assertThat(first).isEqualTo(new SyncReport(2, 2, 1, 3));
    slow.onRun(() -> {});
    assertThat(one.engine.syncBookings().syncDue())
        .as("released, so claimable at once")
        .isEqualTo(new SyncReport(1, 1, 0));
  }

  @Test
  void givenAnInterruptedWorkerThread_theRunStartsNoAttempt() {
    threeBookingsWithTheCalendarDown();
    h.calendar.failures().recover();

    Thread.currentThread().interrupt();
    SyncReport report;
    try {
      report = h.engine.syncBookings().syncDue();
    } finally {
      Thread.interrupted();
    }

    assertThat(report).isEqualTo(new SyncReport(0, 0, 3, 3));
    assertThat(h.calendar.events()).isEmpty();
    assertThat(h.engine.syncBookings().syncDue()).isEqualTo(new SyncReport(3, 3, 0));
  }

  @Test
  void aLeaseNotLongerThanOneAttempt_isRefused() {
    assertThatThrownBy(
            () ->
                new SyncPolicy(
                    Duration.ofSeconds(30),
                    Duration.ofHours(1),
                    10,
                    Duration.ofSeconds(20),
                    50,
                    Duration.ofSeconds(20)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lease");
  }
}
