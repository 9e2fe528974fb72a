package com.metalogics.booking.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.BookingRules;
import com.metalogics.booking.core.domain.FrequencyLimitExceededException;
import com.metalogics.booking.core.domain.IdempotencyKeyReusedException;
import com.metalogics.booking.core.domain.IntegrationException;
import com.metalogics.booking.core.domain.SlotUnavailableException;
import com.metalogics.booking.core.domain.SlotUnavailableException.Reason;
import com.metalogics.booking.core.domain.SyncStatus;
import com.metalogics.booking.core.domain.TimeSlot;
import com.metalogics.booking.core.port.in.BookMeetingCommand;
import com.metalogics.booking.core.port.in.BookingAccess;
import com.metalogics.booking.core.port.in.BookingReceipt;
import com.metalogics.booking.core.port.in.Warning;
import com.metalogics.booking.core.port.out.AttendeeNotification;
import com.metalogics.booking.core.port.out.CalendarEvent;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BookMeetingTest {

  private final EngineHarness h = new EngineHarness();

  @Test
  void shouldBookAFreeSlot_andMirrorItEverywhere() {
    Instant start = h.ny(2, 10, 0);
    BookingReceipt receipt = h.book(start, "ada@example.com");
    Booking booking = receipt.booking();
    assertThat(receipt.warnings()).isEmpty();
    assertThat(booking.sync().calendar()).isEqualTo(SyncStatus.SYNCED);
    assertThat(booking.sync().crm()).isEqualTo(SyncStatus.SYNCED);
    assertThat(booking.sync().email()).isEqualTo(SyncStatus.SYNCED);
    assertThat(booking.sync().calendarEventId()).contains(CalendarEvent.eventIdFor(booking.id()));
    assertThat(h.calendar.events()).extracting(CalendarEvent::slot).containsExactly(booking.slot());
    String contactId = h.crm.contactIdOf("ada@example.com").orElseThrow();
    assertThat(h.crm.notesOf(contactId)).hasSize(1);
    assertThat(h.notifier.sent())
        .singleElement()
        .satisfies(n -> assertThat(n.kind()).isEqualTo(AttendeeNotification.Kind.CONFIRMATION))
        .satisfies(n -> assertThat(n.manageToken()).isEqualTo(receipt.manageToken()));
    assertThat(h.repository.findById(booking.id())).contains(booking);
    assertThat(
            h.engine
                .getBooking()
                .handle(BookingAccess.withToken(booking.id(), receipt.manageToken()))
                .booking())
        .isEqualTo(booking);
  }

  @Test
  void givenCalendarBusy_bookingIsRefused_includingTheBuffer() {
    Instant start = h.ny(2, 10, 0);
    h.calendar.block(new TimeSlot(start.minus(Duration.ofMinutes(40)), start.minusSeconds(600)));
    assertThatThrownBy(() -> h.book(start, "ada@example.com"))
        .isInstanceOfSatisfying(
            SlotUnavailableException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.CALENDAR_BUSY));
    assertThat(h.repository.all()).isEmpty();
  }

  @Test
  void givenSlotAlreadyBookedButNotInCalendar_bookingIsRefusedByTheDatabase() {
    Instant start = h.ny(2, 10, 0);
    h.calendar.failures().failNext(3, () -> IntegrationException.calendar("down", null));
    h.book(start, "first@example.com");
    h.calendar.failures().recover();
    assertThat(h.calendar.events()).isEmpty();
    assertThatThrownBy(() -> h.book(start.plus(Duration.ofMinutes(30)), "second@example.com"))
        .isInstanceOfSatisfying(
            SlotUnavailableException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.ALREADY_BOOKED));
  }

  @Test
  void shouldRejectThirdBooking_ofTheSameEmail_caseInsensitively() {
    h.book(h.ny(2, 10, 0), "ada@example.com");
    h.book(h.ny(2, 12, 0), "  ADA@Example.com ");
    assertThatThrownBy(() -> h.book(h.ny(2, 14, 0), "Ada@example.COM"))
        .isInstanceOfSatisfying(
            FrequencyLimitExceededException.class,
            e -> {
              assertThat(e.maxBookings()).isEqualTo(2);
              assertThat(e.windowDays()).isEqualTo(30);
            });
  }

  @Test
  void cancelledBookings_doNotCountTowardsTheLimit() {
    BookingReceipt first = h.book(h.ny(2, 10, 0), "ada@example.com");
    h.book(h.ny(2, 12, 0), "ada@example.com");
    h.engine
        .cancelBooking()
        .handle(
            new com.metalogics.booking.core.port.in.CancelBookingCommand(
                BookingAccess.withToken(first.booking().id(), first.manageToken()),
                java.util.Optional.empty()));
    assertThat(h.book(h.ny(2, 14, 0), "ada@example.com").booking().isActive()).isTrue();
  }

  @Test
  void adminOverride_liftsAndLowersTheLimit() {
    h.engine.limitOverrides().set("VIP@example.com", 3);
    h.book(h.ny(2, 10, 0), "vip@example.com");
    h.book(h.ny(2, 12, 0), "vip@example.com");
    h.book(h.ny(2, 14, 0), "vip@example.com");
    assertThatThrownBy(() -> h.book(h.ny(2, 16, 0), "vip@example.com"))
        .isInstanceOf(FrequencyLimitExceededException.class);
    h.engine.limitOverrides().set("blocked@example.com", 0);
    assertThatThrownBy(() -> h.book(h.ny(3, 10, 0), "blocked@example.com"))
        .isInstanceOf(FrequencyLimitExceededException.class);
    h.engine.limitOverrides().clear("blocked@example.com");
    assertThat(h.book(h.ny(3, 10, 0), "blocked@example.com").booking().isActive()).isTrue();
  }

  @Test
  void startsTheSlotQueryWouldNotOffer_areRefusedWithAReason() {
    assertReason(h.ny(0, 15, 0), Reason.TOO_SOON);
    assertReason(h.ny(2, 10, 10), Reason.OFF_GRID);
    assertReason(h.ny(2, 7, 0), Reason.OUTSIDE_BUSINESS_HOURS);
    assertReason(h.ny(2, 16, 45), Reason.OUTSIDE_BUSINESS_HOURS);
    assertReason(h.ny(5, 10, 0), Reason.OUTSIDE_BUSINESS_HOURS);
    assertReason(h.ny(93, 10, 0), Reason.TOO_FAR_AHEAD);
    assertThat(h.repository.all()).isEmpty();
  }

  @Test
  void sameIdempotencyKeyAndBody_returnsTheFirstBooking() {
    BookMeetingCommand command =
        h.command(h.ny(2, 10, 0), "ada@example.com").withIdempotencyKey("k-1");
    BookingReceipt first = h.engine.bookMeeting().handle(command);
    BookingReceipt again = h.engine.bookMeeting().handle(command);
    assertThat(again.replayed()).isTrue();
    assertThat(again.booking().id()).isEqualTo(first.booking().id());
    assertThat(again.manageToken()).isEqualTo(first.manageToken());
    assertThat(h.repository.all()).hasSize(1);
    assertThat(h.notifier.sent()).hasSize(1);
  }

  @Test
  void sameIdempotencyKeyWithAnotherBody_isRefused() {
    h.engine
        .bookMeeting()
        .handle(h.command(h.ny(2, 10, 0), "ada@example.com").withIdempotencyKey("k-2"));
    BookMeetingCommand other =
        h.command(h.ny(2, 12, 0), "ada@example.com").withIdempotencyKey("k-2");
    assertThatThrownBy(() -> h.engine.bookMeeting().handle(other))
        .isInstanceOf(IdempotencyKeyReusedException.class);
    assertThat(h.repository.all()).hasSize(1);
  }

  @Test
  void ruleChangesAreHonoured_forSmallerBuffers() {
    EngineHarness noBuffer =
        new EngineHarness(
            BookingRules.defaults().withBuffer(Duration.ZERO),
            CalendarFailureMode.DEGRADE,
            Duration.ofSeconds(5));
    noBuffer.book(noBuffer.ny(2, 10, 0), "a@example.com");
    assertThat(noBuffer.book(noBuffer.ny(2, 10, 30), "b@example.com").booking().isActive())
        .isTrue();
  }

  private void assertReason(Instant start, Reason reason) {
    assertThatThrownBy(() -> h.book(start, "ada@example.com"))
        .isInstanceOfSatisfying(
            SlotUnavailableException.class, e -> assertThat(e.reason()).isEqualTo(reason));
  }

  @Test
  void warningCodes_matchThePendingMirrors() {
    h.crm.failures().failWith(() -> IntegrationException.crm("HubSpot 500", null));
    BookingReceipt receipt = h.book(h.ny(2, 10, 0), "ada@example.com");
    assertThat(receipt.warnings()).containsExactly(Warning.CRM_SYNC_PENDING);
  }
}
