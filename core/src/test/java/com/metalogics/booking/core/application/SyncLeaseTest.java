package com.metalogics.booking.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.IntegrationException;
import com.metalogics.booking.core.port.in.SyncReport;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A sync run only starts an attempt while its claim still covers it: past the lease another
 * instance may claim the same booking, and both would mirror it.
 */
class SyncLeaseTest {

  private final EngineHarness h = new EngineHarness();

  private List<Booking> threeFlaggedBookings() {
    h.calendar.failures().failWith(() -> IntegrationException.calendar("down", null));
    h.crm.failures().failWith(() -> IntegrationException.crm("down", null));
    List<Booking> bookings =
        List.of(
            h.book(h.ny(2, 10, 0), "a@example.com").booking(),
            h.book(h.ny(2, 11, 0), "b@example.com").booking(),
            h.book(h.ny(2, 12, 0), "c@example.com").booking());
    h.crm.failures().recover();
    h.clock.advance(Booking.INLINE_MIRROR_GRACE);
    return bookings;
  }

  @Test
  void givenAttemptsOutlastingTheLease_theRunStops_andTheRestIsClaimableAfterTheLease() {
    List<Booking> bookings = threeFlaggedBookings();
    // Each calendar call takes 90 s of the 2-minute lease; the budget of an attempt is 5 s.
    h.calendar
        .failures()
        .failWith(
            () -> {
              h.clock.advance(Duration.ofSeconds(90));
              return IntegrationException.calendar("slow and failing", null);
            });

    SyncReport first = h.engine.syncBookings().syncDue();

    assertThat(first).isEqualTo(new SyncReport(2, 0, 3));
    List<Booking> skipped =
        bookings.stream()
            .filter(b -> h.repository.findById(b.id()).orElseThrow().sync().attempts() == 0)
            .toList();
    assertThat(skipped).hasSize(1);
    h.calendar.failures().recover();
    h.engine.syncBookings().syncDue();
    assertThat(h.repository.findById(skipped.get(0).id()).orElseThrow().sync().needsSync())
        .as("the lease has lapsed, so the skipped booking was claimed and synced")
        .isFalse();
  }

  @Test
  void givenAnInterruptedWorkerThread_theRunStartsNoAttempt() {
    threeFlaggedBookings();
    h.calendar.failures().recover();

    Thread.currentThread().interrupt();
    SyncReport report;
    try {
      report = h.engine.syncBookings().syncDue();
    } finally {
      Thread.interrupted();
    }

    assertThat(report).isEqualTo(new SyncReport(0, 0, 3));
    assertThat(h.calendar.events()).isEmpty();
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
