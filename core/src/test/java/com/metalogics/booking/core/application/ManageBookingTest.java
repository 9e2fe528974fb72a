package com.metalogics.booking.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.BookingNotActiveException;
import com.metalogics.booking.core.domain.BookingNotFoundException;
import com.metalogics.booking.core.domain.BookingStatus;
import com.metalogics.booking.core.domain.SlotUnavailableException;
import com.metalogics.booking.core.domain.TimeSlot;
import com.metalogics.booking.core.domain.ValidationException;
import com.metalogics.booking.core.port.in.AvailableSlotsQuery;
import com.metalogics.booking.core.port.in.BookingAccess;
import com.metalogics.booking.core.port.in.BookingReceipt;
import com.metalogics.booking.core.port.in.CancelBookingCommand;
import com.metalogics.booking.core.port.in.RescheduleBookingCommand;
import com.metalogics.booking.core.port.in.SlotRange;
import com.metalogics.booking.core.port.out.AttendeeNotification.Kind;
import com.metalogics.booking.core.port.out.CalendarEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ManageBookingTest {

  private final EngineHarness h = new EngineHarness();

  @Test
  void wrongOrMissingToken_isAnsweredLikeAnUnknownId() {
    Booking booking = h.book(h.ny(2, 10, 0), "ada@example.com").booking();
    assertThatThrownBy(
            () -> h.engine.getBooking().handle(BookingAccess.withToken(booking.id(), "guess")))
        .isInstanceOf(BookingNotFoundException.class);
    assertThatThrownBy(
            () -> h.engine.getBooking().handle(BookingAccess.withToken(booking.id(), null)))
        .isInstanceOf(BookingNotFoundException.class);
    assertThatThrownBy(() -> h.engine.getBooking().handle(BookingAccess.admin(UUID.randomUUID())))
        .isInstanceOf(BookingNotFoundException.class);
    assertThat(h.engine.getBooking().handle(BookingAccess.admin(booking.id())).booking().id())
        .isEqualTo(booking.id());
  }

  @Test
  void anotherBookingsToken_doesNotOpenThisBooking() {
    BookingReceipt mine = h.book(h.ny(2, 10, 0), "ada@example.com");
    BookingReceipt theirs = h.book(h.ny(2, 12, 0), "bob@example.com");
    assertThatThrownBy(
            () ->
                h.engine
                    .getBooking()
                    .handle(BookingAccess.withToken(mine.booking().id(), theirs.manageToken())))
        .isInstanceOf(BookingNotFoundException.class);
  }

  @Test
  void cancel_mirrorsEverywhere_andIsIdempotent() {
    BookingReceipt receipt = h.book(h.ny(2, 10, 0), "ada@example.com");
    BookingAccess access = BookingAccess.withToken(receipt.booking().id(), receipt.manageToken());
    Booking cancelled =
        h.engine
            .cancelBooking()
            .handle(new CancelBookingCommand(access, Optional.of("Conflict")))
            .booking();
    assertThat(cancelled.status()).isEqualTo(BookingStatus.CANCELLED);
    assertThat(cancelled.cancelReason()).contains("Conflict");
    assertThat(cancelled.cancelledAt()).contains(h.clock.instant());
    assertThat(h.calendar.events()).isEmpty();
    String contactId = h.crm.contactIdOf("ada@example.com").orElseThrow();
    assertThat(h.crm.notesOf(contactId)).hasSize(2);
    assertThat(h.crm.statusOf(contactId, cancelled.id())).contains(BookingStatus.CANCELLED);
    assertThat(h.notifier.sent())
        .extracting(n -> n.kind())
        .containsExactly(Kind.CONFIRMATION, Kind.CANCELLATION);

    Booking again =
        h.engine
            .cancelBooking()
            .handle(new CancelBookingCommand(access, Optional.empty()))
            .booking();
    assertThat(again).isEqualTo(h.repository.findById(cancelled.id()).orElseThrow());
    assertThat(again.cancelReason()).contains("Conflict");
    assertThat(h.notifier.sent()).hasSize(2);
  }

  @Test
  void cancelledSlot_isOfferedAgain() {
    Instant start = h.ny(2, 10, 0);
    BookingReceipt receipt = h.book(start, "ada@example.com");
    assertThat(slotStartsOn(2)).doesNotContain(start);
    h.engine
        .cancelBooking()
        .handle(
            new CancelBookingCommand(
                BookingAccess.admin(receipt.booking().id()), Optional.empty()));
    assertThat(slotStartsOn(2)).contains(start);
  }

  @Test
  void reschedule_movesTheBooking_itsEvent_andFreesTheOldSlot() {
    Instant from = h.ny(2, 10, 0);
    Instant to = h.ny(2, 10, 30);
    BookingReceipt receipt = h.book(from, "ada@example.com");
    BookingAccess access = BookingAccess.withToken(receipt.booking().id(), receipt.manageToken());
    Booking moved =
        h.engine
            .rescheduleBooking()
            .handle(new RescheduleBookingCommand(access, to, Optional.of(30)))
            .booking();
    assertThat(moved.slot()).isEqualTo(new TimeSlot(to, to.plusSeconds(1800)));
    assertThat(moved.revision()).isEqualTo(2);
    assertThat(moved.sync().needsSync()).isFalse();
    assertThat(h.calendar.event(CalendarEvent.eventIdFor(moved.id())))
        .hasValueSatisfying(e -> assertThat(e.slot()).isEqualTo(moved.slot()));
    assertThat(h.notifier.sent())
        .extracting(n -> n.kind())
        .containsExactly(Kind.CONFIRMATION, Kind.RESCHEDULE);
    List<Instant> starts = slotStartsOn(2);
    assertThat(starts).doesNotContain(to).contains(h.ny(2, 12, 0));
  }

  @Test
  void reschedule_ontoAnotherBooking_orOffTheGrid_isRefused() {
    BookingReceipt mine = h.book(h.ny(2, 10, 0), "ada@example.com");
    h.book(h.ny(2, 14, 0), "bob@example.com");
    BookingAccess access = BookingAccess.admin(mine.booking().id());
    assertThatThrownBy(
            () ->
                h.engine
                    .rescheduleBooking()
                    .handle(new RescheduleBookingCommand(access, h.ny(2, 14, 0), Optional.empty())))
        .isInstanceOf(SlotUnavailableException.class);
    assertThatThrownBy(
            () ->
                h.engine
                    .rescheduleBooking()
                    .handle(new RescheduleBookingCommand(access, h.ny(2, 11, 7), Optional.empty())))
        .isInstanceOf(SlotUnavailableException.class);
    assertThatThrownBy(
            () ->
                h.engine
                    .rescheduleBooking()
                    .handle(
                        new RescheduleBookingCommand(access, Optional.empty(), Optional.of(17))))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.fieldErrors()).containsOnlyKeys("startTime", "duration"));
    assertThat(h.repository.findById(mine.booking().id()).orElseThrow().startTime())
        .isEqualTo(h.ny(2, 10, 0));
  }

  @Test
  void cancelledBooking_cannotBeRescheduled() {
    BookingReceipt receipt = h.book(h.ny(2, 10, 0), "ada@example.com");
    BookingAccess access = BookingAccess.admin(receipt.booking().id());
    h.engine.cancelBooking().handle(new CancelBookingCommand(access, Optional.empty()));
    assertThatThrownBy(
            () ->
                h.engine
                    .rescheduleBooking()
                    .handle(new RescheduleBookingCommand(access, h.ny(2, 12, 0), Optional.empty())))
        .isInstanceOf(BookingNotActiveException.class);
  }

  private List<Instant> slotStartsOn(int daysAhead) {
    LocalDate day = LocalDate.ofInstant(h.ny(daysAhead, 12, 0), EngineHarness.NEW_YORK);
    return h
        .engine
        .findAvailableSlots()
        .handle(new AvailableSlotsQuery(SlotRange.dates(day, day), 30))
        .slots()
        .stream()
        .map(TimeSlot::start)
        .toList();
  }
}
