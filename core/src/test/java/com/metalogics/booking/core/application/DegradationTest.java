package com.metalogics.booking.core.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.BookingRules;
import com.metalogics.booking.core.domain.EffectKind;
import com.metalogics.booking.core.domain.EffectState;
import com.metalogics.booking.core.domain.IntegrationException;
import com.metalogics.booking.core.domain.SyncStatus;
import com.metalogics.booking.core.domain.SyncSummary;
import com.metalogics.booking.core.port.in.BookingReceipt;
import com.metalogics.booking.core.port.in.Warning;
import com.metalogics.booking.core.port.out.AdminAlert;
import com.metalogics.booking.core.port.out.AttendeeNotification;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/** The seed's graceful degradation: a booking is never lost because an integration failed. */
class DegradationTest {

  private final EngineHarness h = new EngineHarness();

  @Test
  void givenCalendarUnreadable_bookingGoesOn_withAWarning() {
    h.calendar.failures().failNext(1, () -> IntegrationException.calendar("503", null));
    BookingReceipt receipt = h.book(h.ny(2, 10, 0), "ada@example.com");
    assertThat(receipt.warnings()).containsExactly(Warning.CALENDAR_UNAVAILABLE);
    assertThat(receipt.booking().sync().calendar()).isEqualTo(SyncStatus.SYNCED);
  }

  @Test
  void givenCalendarWriteFails_bookingIsKept_flagged_andTheErrorStored() {
    // The first failure hits the busy-time read, the second the event write.
    h.calendar.failures().failNext(2, () -> IntegrationException.calendar("Google 500", null));
    BookingReceipt receipt = h.book(h.ny(2, 10, 0), "ada@example.com");
    Booking booking = h.repository.findById(receipt.booking().id()).orElseThrow();
    assertThat(booking.sync().calendar()).isEqualTo(SyncStatus.FAILED);
    assertThat(h.effect(booking, EffectKind.CALENDAR).lastError())
        .hasValueSatisfying(e -> assertThat(e).contains("Google 500"));
    assertThat(booking.sync().crm()).isEqualTo(SyncStatus.SYNCED);
    assertThat(receipt.warnings())
        .contains(Warning.CALENDAR_UNAVAILABLE, Warning.CALENDAR_SYNC_PENDING);
    assertThat(h.notifier.sent())
        .singleElement()
        .satisfies(n -> assertThat(n.calendarWritten()).isFalse());
    assertThat(h.notifier.alerts()).isEmpty();
  }

  @Test
  void givenCrmFails_bookingIsKept_andFlaggedForCrmSync() {
    h.crm.failures().failWith(() -> IntegrationException.crm("HubSpot 502", null));
    Booking booking = h.book(h.ny(2, 10, 0), "ada@example.com").booking();
    assertThat(booking.sync().crm()).isEqualTo(SyncStatus.FAILED);
    assertThat(booking.sync().calendar()).isEqualTo(SyncStatus.SYNCED);
    assertThat(h.repository.findById(booking.id())).contains(booking);
  }

  @Test
  void givenBothFail_bookingSucceeds_bothFlagsSet_andTheAdminIsAlerted() {
    h.calendar.failures().failWith(() -> IntegrationException.calendarAuth("401", null));
    h.crm.failures().failWith(() -> IntegrationException.crm("500", null));
    BookingReceipt receipt = h.book(h.ny(2, 10, 0), "ada@example.com");
    assertThat(receipt.booking().sync().calendar()).isEqualTo(SyncStatus.FAILED);
    assertThat(receipt.booking().sync().crm()).isEqualTo(SyncStatus.FAILED);
    assertThat(receipt.warnings())
        .contains(
            Warning.CALENDAR_UNAVAILABLE, Warning.CALENDAR_SYNC_PENDING, Warning.CRM_SYNC_PENDING);
    assertThat(h.notifier.sent()).hasSize(1);
    assertThat(h.notifier.alerts())
        .singleElement()
        .isInstanceOfSatisfying(
            AdminAlert.IntegrationDown.class,
            a -> {
              assertThat(a.integrations()).containsExactly("calendar", "CRM");
              assertThat(a.bookingsAffected()).isEqualTo(1);
            });
  }

  @Test
  void givenCalendarHangs_bookingAnswersWithinTheBudget_andIsFlagged() {
    EngineHarness tight =
        new EngineHarness(
            BookingRules.defaults(), CalendarFailureMode.DEGRADE, Duration.ofMillis(200));
    tight.calendar.failures().hang();
    try {
      BookingReceipt receipt = tight.book(tight.ny(2, 10, 0), "ada@example.com");
      assertThat(receipt.booking().sync().calendar()).isEqualTo(SyncStatus.FAILED);
      assertThat(tight.effect(receipt.booking(), EffectKind.CALENDAR).lastError())
          .hasValueSatisfying(e -> assertThat(e).contains("timed out"));
      assertThat(receipt.booking().sync().crm()).isEqualTo(SyncStatus.SYNCED);
    } finally {
      tight.calendar.failures().recover();
    }
  }

  @Test
  void givenCalendarHangsPastTheBudget_itsLateAnswerIsStored_andNothingIsRunTwice() {
    EngineHarness tight =
        new EngineHarness(
            BookingRules.defaults(), CalendarFailureMode.DEGRADE, Duration.ofMillis(200));
    tight.calendar.failures().hang();
    Booking booking;
    try {
      booking = tight.book(tight.ny(2, 10, 0), "ada@example.com").booking();
    } finally {
      tight.calendar.failures().recover();
    }

    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (tight.effect(booking, EffectKind.CALENDAR).state() != EffectState.DONE) {
      assertThat(System.nanoTime()).as("the late answer was stored").isLessThan(deadline);
      LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
    }
    assertThat(tight.effect(booking, EffectKind.CALENDAR).attempts()).isEqualTo(1);
    assertThat(tight.repository.findById(booking.id()).orElseThrow().sync().calendar())
        .isEqualTo(SyncStatus.SYNCED);
    tight.clock.advance(Duration.ofHours(1));
    assertThat(tight.engine.syncBookings().syncDue().effects()).isZero();
    assertThat(tight.calendar.events()).hasSize(1);
  }

  @Test
  void givenMailFails_bookingIsKept_withEmailPending() {
    h.notifier.failures().failWith(() -> new IllegalStateException("SMTP refused"));
    BookingReceipt receipt = h.book(h.ny(2, 10, 0), "ada@example.com");
    assertThat(receipt.warnings()).containsExactly(Warning.EMAIL_PENDING);
    assertThat(receipt.booking().sync().email()).isEqualTo(SyncStatus.FAILED);
    assertThat(h.repository.all()).hasSize(1);
  }

  @Test
  void confirmationMail_saysWhenTheCalendarWasWritten() {
    h.book(h.ny(2, 10, 0), "ada@example.com");
    assertThat(h.notifier.sent())
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.calendarWritten()).isTrue();
              assertThat(n.kind()).isEqualTo(AttendeeNotification.Kind.CONFIRMATION);
            });
  }

  @Test
  void duringAnOutage_theAdminIsAlertedOncePerInterval_notOncePerBooking() {
    h.calendar.failures().failWith(() -> IntegrationException.calendar("503", null));
    h.crm.failures().failWith(() -> IntegrationException.crm("503", null));
    h.book(h.ny(2, 10, 0), "a@example.com");
    h.book(h.ny(2, 11, 0), "b@example.com");
    h.book(h.ny(2, 12, 0), "c@example.com");
    assertThat(h.notifier.alerts()).hasSize(1);
    h.clock.advance(OutageAlerts.INTERVAL);
    h.book(h.ny(2, 13, 0), "d@example.com");
    assertThat(h.notifier.alerts()).hasSize(2);
  }

  @Test
  void givenIntegrationsSwitchedOff_bookingHasNoEffects_inItsOneAndOnlyWrite() {
    var repository = new com.metalogics.booking.core.inmemory.InMemoryBookingRepository();
    BookingEngine engine =
        BookingEngine.builder()
            .repository(repository)
            .rules(BookingRules.defaults())
            .clock(h.clock)
            .manageTokenSecret(EngineHarness.SECRET)
            .build();
    BookingReceipt receipt =
        engine.bookMeeting().handle(h.command(h.ny(2, 10, 0), "ada@example.com"));
    Booking stored = repository.findById(receipt.booking().id()).orElseThrow();
    assertThat(stored.version()).as("reserved, never rewritten").isEqualTo(1);
    assertThat(repository.effectsOf(stored.id())).isEmpty();
    assertThat(stored.sync()).isEqualTo(SyncSummary.none());
    assertThat(receipt.warnings()).as("nothing waits for a switched-off integration").isEmpty();
  }
}
