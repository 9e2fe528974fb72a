package com.metalogics.booking.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.BookingNotFoundException;
import com.metalogics.booking.core.domain.Effect;
import com.metalogics.booking.core.domain.EffectKind;
import com.metalogics.booking.core.domain.EffectState;
import com.metalogics.booking.core.domain.IntegrationException;
import com.metalogics.booking.core.domain.ResourceNotFoundException;
import com.metalogics.booking.core.domain.SyncStatus;
import com.metalogics.booking.core.port.in.BookingAccess;
import com.metalogics.booking.core.port.in.CancelBookingCommand;
import com.metalogics.booking.core.port.in.RescheduleBookingCommand;
import com.metalogics.booking.core.port.in.SyncReport;
import com.metalogics.booking.core.port.out.AdminAlert;
import com.metalogics.booking.core.port.out.AttendeeNotification.Kind;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The worker's use case: due effects retried with backoff, given up once, the admin told. */
class SyncTest {

  private final EngineHarness h = new EngineHarness();

  @Test
  void failedEffects_areRunOnceTheIntegrationsAreBack() {
    h.calendar.failures().failWith(() -> IntegrationException.calendar("down", null));
    h.crm.failures().failWith(() -> IntegrationException.crm("down", null));
    Booking booking = h.book(h.ny(2, 10, 0), "ada@example.com").booking();
    assertThat(h.engine.syncBookings().syncDue().attempted())
        .as("the worker leaves a fresh booking to its request first")
        .isZero();
    h.clock.advance(SyncPolicy.DEFAULT_INLINE_GRACE);

    assertThat(h.engine.syncBookings().syncDue()).isEqualTo(new SyncReport(1, 0, 1, 2));
    Effect calendar = h.effect(booking, EffectKind.CALENDAR);
    assertThat(calendar.attempts()).isEqualTo(2);
    assertThat(calendar.nextAttemptAt()).isEqualTo(h.clock.instant().plus(Duration.ofSeconds(60)));
    assertThat(h.engine.syncBookings().syncDue().attempted()).isZero();

    h.calendar.failures().recover();
    h.crm.failures().recover();
    h.clock.advance(Duration.ofSeconds(61));
    assertThat(h.engine.syncBookings().syncDue()).isEqualTo(new SyncReport(1, 1, 0, 2));
    Booking synced = h.repository.findById(booking.id()).orElseThrow();
    assertThat(synced.sync().needsSync()).isFalse();
    assertThat(h.effect(booking, EffectKind.CALENDAR).lastError()).isEmpty();
    assertThat(h.calendar.events()).hasSize(1);
    assertThat(h.crm.notesOf(h.crm.contactIdOf("ada@example.com").orElseThrow())).hasSize(1);
    assertThat(h.notifier.sent()).hasSize(1);
    assertThat(h.engine.syncBookings().syncDue().attempted()).isZero();
  }

  @Test
  void backoffDoubles_thenTheEffectGivesUp_andTheAdminIsAlertedOnce_withTheAttemptsMade() {
    h.crm.failures().failWith(() -> IntegrationException.crmAuth("401", null));
    Booking booking = h.book(h.ny(2, 10, 0), "ada@example.com").booking();
    h.clock.advance(SyncPolicy.DEFAULT_INLINE_GRACE);
    h.engine.syncBookings().syncDue();
    assertThat(h.effect(booking, EffectKind.CRM).nextAttemptAt())
        .isEqualTo(h.clock.instant().plus(Duration.ofSeconds(60)));
    for (int i = 0; i < 5; i++) {
      h.clock.advance(Duration.ofMinutes(10));
      h.engine.syncBookings().syncDue();
    }

    Effect crm = h.effect(booking, EffectKind.CRM);
    assertThat(crm.state()).isEqualTo(EffectState.FAILED);
    assertThat(crm.attempts()).isEqualTo(3);
    assertThat(h.repository.findById(booking.id()).orElseThrow().sync().crm())
        .isEqualTo(SyncStatus.FAILED);
    assertThat(h.notifier.alerts())
        .singleElement()
        .isInstanceOfSatisfying(
            AdminAlert.BookingGaveUp.class,
            a -> {
              assertThat(a.booking().id()).isEqualTo(booking.id());
              assertThat(a.kind()).isEqualTo(EffectKind.CRM);
              assertThat(a.attempts()).isEqualTo(3);
              assertThat(a.problem()).contains("401");
            });
    assertThat(h.effect(booking, EffectKind.ADMIN_ALERT).state()).isEqualTo(EffectState.DONE);
  }

  @Test
  void aGivenUpEffect_isRunAgainByAnAdminRetry() {
    h.crm.failures().failWith(() -> IntegrationException.crm("down", null));
    Booking booking = h.book(h.ny(2, 10, 0), "ada@example.com").booking();
    for (int i = 0; i < 4; i++) {
      h.clock.advance(Duration.ofMinutes(10));
      h.engine.syncBookings().syncDue();
    }
    Effect failed = h.effect(booking, EffectKind.CRM);
    assertThat(failed.state()).isEqualTo(EffectState.FAILED);
    h.crm.failures().recover();

    Effect retried = h.engine.manageEffects().retry(failed.id());

    assertThat(retried.state()).isEqualTo(EffectState.DONE);
    assertThat(retried.remoteRef()).isPresent();
    assertThat(h.repository.findById(booking.id()).orElseThrow().sync().needsSync()).isFalse();
    assertThat(h.engine.manageEffects().effectsOf(booking.id()))
        .extracting(Effect::kind)
        .contains(EffectKind.CALENDAR, EffectKind.CRM, EffectKind.ATTENDEE_MAIL);
    assertThatThrownBy(() -> h.engine.manageEffects().retry(UUID.randomUUID()))
        .isInstanceOf(ResourceNotFoundException.class);
    assertThatThrownBy(() -> h.engine.manageEffects().effectsOf(UUID.randomUUID()))
        .isInstanceOf(BookingNotFoundException.class);
  }

  @Test
  void aReschedule_supersedesTheOldRevisionsPendingEffects() {
    h.calendar.failures().failWith(() -> IntegrationException.calendar("down", null));
    Booking booking = h.book(h.ny(2, 10, 0), "ada@example.com").booking();
    Booking moved =
        h.engine
            .rescheduleBooking()
            .handle(
                new RescheduleBookingCommand(
                    BookingAccess.admin(booking.id()),
                    Optional.of(h.ny(2, 14, 0)),
                    Optional.empty()))
            .booking();
    assertThat(h.effect(booking, EffectKind.CALENDAR).state()).isEqualTo(EffectState.CANCELLED);

    h.calendar.failures().recover();
    h.clock.advance(Duration.ofMinutes(5));
    h.engine.syncBookings().syncDue();

    assertThat(h.calendar.events())
        .singleElement()
        .satisfies(e -> assertThat(e.slot()).isEqualTo(moved.slot()));
    assertThat(h.notifier.sent())
        .extracting(n -> n.kind())
        .containsExactly(Kind.CONFIRMATION, Kind.RESCHEDULE);
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
    assertThat(h.effect(booking, EffectKind.ATTENDEE_MAIL).remoteRef())
        .contains(booking.id() + ":1");
  }

  @Test
  void syncOfUnknownBooking_isNotFound() {
    assertThatThrownBy(() -> h.engine.syncBookings().syncOne(UUID.randomUUID()))
        .isInstanceOf(BookingNotFoundException.class);
  }
}
