package com.metalogics.booking.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.BookingNotFoundException;
import com.metalogics.booking.core.domain.IntegrationException;
import com.metalogics.booking.core.port.in.BookingAccess;
import com.metalogics.booking.core.port.in.CancelBookingCommand;
import com.metalogics.booking.core.port.in.SyncReport;
import com.metalogics.booking.core.port.out.AttendeeNotification.Kind;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The sync worker's use case: retries with backoff, clears flags, alerts once. */
class SyncTest {

  private final EngineHarness h = new EngineHarness();

  @Test
  void flaggedBooking_isSyncedOnceTheIntegrationsAreBack() {
    h.calendar.failures().failWith(() -> IntegrationException.calendar("down", null));
    h.crm.failures().failWith(() -> IntegrationException.crm("down", null));
    Booking booking = h.book(h.ny(2, 10, 0), "ada@example.com").booking();
    assertThat(h.engine.syncBookings().syncDue().attempted())
        .as("the worker leaves a fresh booking to its request first")
        .isZero();
    h.clock.advance(Booking.INLINE_MIRROR_GRACE);

    SyncReport stillDown = h.engine.syncBookings().syncDue();
    assertThat(stillDown).isEqualTo(new SyncReport(1, 0, 1));
    Booking afterFirst = h.repository.findById(booking.id()).orElseThrow();
    assertThat(afterFirst.sync().attempts()).isEqualTo(1);
    assertThat(afterFirst.sync().nextAttemptAt())
        .contains(h.clock.instant().plus(Duration.ofSeconds(30)));
    assertThat(h.engine.syncBookings().syncDue().attempted()).isZero();

    h.calendar.failures().recover();
    h.crm.failures().recover();
    h.clock.advance(Duration.ofSeconds(31));
    assertThat(h.engine.syncBookings().syncDue()).isEqualTo(new SyncReport(1, 1, 0));
    Booking synced = h.repository.findById(booking.id()).orElseThrow();
    assertThat(synced.sync().needsSync()).isFalse();
    assertThat(synced.sync().requiresManualCalendarSync()).isFalse();
    assertThat(synced.sync().requiresManualCrmSync()).isFalse();
    assertThat(synced.sync().lastError()).isEmpty();
    assertThat(synced.sync().attempts()).isZero();
    assertThat(h.calendar.events()).hasSize(1);
    assertThat(h.crm.notesOf(h.crm.contactIdOf("ada@example.com").orElseThrow())).hasSize(1);
    assertThat(h.notifier.sent()).hasSize(1);
    assertThat(h.engine.syncBookings().syncDue().attempted()).isZero();
  }

  @Test
  void backoffDoubles_andTheAdminIsAlertedOnce_whenRetriesAreExhausted() {
    h.crm.failures().failWith(() -> IntegrationException.crmAuth("401", null));
    Booking booking = h.book(h.ny(2, 10, 0), "ada@example.com").booking();
    h.clock.advance(Booking.INLINE_MIRROR_GRACE);
    Duration[] expectedWaits = {
      Duration.ofSeconds(30),
      Duration.ofSeconds(60),
      Duration.ofSeconds(120),
      Duration.ofSeconds(240)
    };
    for (Duration wait : expectedWaits) {
      h.engine.syncBookings().syncDue();
      Booking b = h.repository.findById(booking.id()).orElseThrow();
      assertThat(b.sync().nextAttemptAt()).contains(h.clock.instant().plus(wait));
      h.clock.advance(wait);
    }
    for (int i = 0; i < 5; i++) {
      h.engine.syncBookings().syncDue();
      h.clock.advance(Duration.ofMinutes(10));
    }
    assertThat(h.notifier.alerts())
        .singleElement()
        .satisfies(a -> assertThat(a.booking().id()).isEqualTo(booking.id()));
    assertThat(h.repository.findById(booking.id()).orElseThrow().sync().adminAlerted()).isTrue();
  }

  @Test
  void cancellationWhileCalendarDown_isMirroredLater() {
    var receipt = h.book(h.ny(2, 10, 0), "ada@example.com");
    assertThat(h.calendar.events()).hasSize(1);
    h.calendar.failures().failWith(() -> IntegrationException.calendar("down", null));
    h.engine
        .cancelBooking()
        .handle(
            new CancelBookingCommand(
                BookingAccess.admin(receipt.booking().id()), Optional.empty()));
    assertThat(h.calendar.events()).hasSize(1);
    h.calendar.failures().recover();
    assertThat(h.engine.syncBookings().syncOne(receipt.booking().id()).complete()).isTrue();
    assertThat(h.calendar.events()).isEmpty();
    assertThat(h.notifier.sent())
        .extracting(n -> n.kind())
        .containsExactly(Kind.CONFIRMATION, Kind.CANCELLATION);
  }

  @Test
  void failedMail_isRetried_andSentExactlyOnce() {
    h.notifier.failures().failNext(1, () -> new IllegalStateException("SMTP down"));
    Booking booking = h.book(h.ny(2, 10, 0), "ada@example.com").booking();
    assertThat(h.notifier.sent()).isEmpty();
    h.engine.syncBookings().syncOne(booking.id());
    h.engine.syncBookings().syncOne(booking.id());
    h.clock.advance(Duration.ofHours(1));
    h.engine.syncBookings().syncDue();
    assertThat(h.notifier.sent())
        .singleElement()
        .satisfies(n -> assertThat(n.kind()).isEqualTo(Kind.CONFIRMATION));
  }

  @Test
  void syncOfUnknownBooking_isNotFound() {
    assertThatThrownBy(() -> h.engine.syncBookings().syncOne(UUID.randomUUID()))
        .isInstanceOf(BookingNotFoundException.class);
  }
}
