package com.metalogics.booking.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.BookingStatus;
import com.metalogics.booking.core.domain.CalendarConflict;
import com.metalogics.booking.core.domain.SlotUnavailableException;
import com.metalogics.booking.core.domain.TimeSlot;
import com.metalogics.booking.core.port.out.AdminAlert;
import com.metalogics.booking.core.port.out.AttendeeNotification;
import com.metalogics.booking.core.port.out.CalendarEvent;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An outside event over a round-robin booking in a 3-host pool: the booking moves to a free host at
 * the same time, or stays flagged when none is.
 */
class ConflictReassignTest {

  private final RealtimeHarness r = new RealtimeHarness();
  private Instant start;
  private Booking booking;

  @BeforeEach
  void bookAnnsPool() {
    start = r.salesPool();
    booking = r.book("sales", start, "ada@example.org");
    assertThat(booking.placement().hostId()).isEqualTo("ann");
    r.h.engine.syncBookings().syncDue();
  }

  @AfterEach
  void close() {
    r.close();
  }

  @Test
  void anOutsideEventOverAPoolBooking_movesItToAFreeHost_withItsCalendarEvent() {
    r.subscribe("booking.reassigned");
    r.book("cy-only", start, "grace@example.org");
    TimeSlot dentist = TimeSlot.of(start.plus(Duration.ofMinutes(15)), Duration.ofHours(1));
    r.feed.put("ann-cal", r.outside("dentist", dentist));

    r.realtime.syncNow("ann-cal");
    r.h.clock.advance(Duration.ofMinutes(1));
    r.h.engine.syncBookings().syncDue();
    // the attendee's mail waits for the calendar effect of its revision: one more round
    r.h.engine.syncBookings().syncDue();

    Booking moved = r.booking(booking.id());
    assertThat(moved.placement().hostId()).isEqualTo("bob");
    assertThat(moved.slot()).isEqualTo(booking.slot());
    assertThat(moved.status()).isEqualTo(BookingStatus.CONFIRMED);
    assertThat(moved.conflicted()).isFalse();
    assertThat(r.realtime.conflicts(10)).isEmpty();
    String eventId = CalendarEvent.eventIdFor(booking.id());
    assertThat(r.h.calendar.events())
        .filteredOn(e -> e.eventId().equals(eventId))
        .singleElement()
        .satisfies(e -> assertThat(e.calendarId()).contains("bob-cal"));
    assertThat(r.h.calendar.events("ann-cal")).isEmpty();
    assertThat(r.webhookBodies)
        .singleElement()
        .satisfies(
            body -> assertThat(body).contains("booking.reassigned", booking.id().toString()));
    assertThat(r.h.notifier.alerts())
        .filteredOn(AdminAlert.BookingReassigned.class::isInstance)
        .singleElement()
        .satisfies(
            a -> {
              AdminAlert.BookingReassigned alert = (AdminAlert.BookingReassigned) a;
              assertThat(alert.formerHostId()).isEqualTo("ann");
              assertThat(alert.booking().placement().hostId()).isEqualTo("bob");
              assertThat(alert.conflict().eventTime()).isEqualTo(dentist);
            });
    assertThat(r.h.notifier.alerts()).noneMatch(AdminAlert.BookingConflicted.class::isInstance);
    assertThat(r.h.notifier.sent())
        .filteredOn(n -> n.booking().id().equals(booking.id()))
        .extracting(AttendeeNotification::kind)
        .containsExactly(
            AttendeeNotification.Kind.CONFIRMATION, AttendeeNotification.Kind.RESCHEDULE);
    assertThatThrownBy(() -> r.book("bob-only", start, "lin@example.org"))
        .isInstanceOf(SlotUnavailableException.class);
  }

  @Test
  void withTheOtherHostsBusy_theBookingStaysFlagged_andBookingConflictedIsSent() {
    r.subscribe("booking.conflicted");
    r.subscribe("booking.reassigned");
    r.book("bob-only", start, "grace@example.org");
    r.h.calendar.block("cy-cal", TimeSlot.of(start, Duration.ofHours(2)));
    TimeSlot dentist = TimeSlot.of(start, Duration.ofHours(1));
    r.feed.put("ann-cal", r.outside("dentist", dentist));

    r.realtime.syncNow("ann-cal");
    r.h.engine.syncBookings().syncDue();

    Booking flagged = r.booking(booking.id());
    assertThat(flagged.placement().hostId()).isEqualTo("ann");
    assertThat(flagged.revision()).isEqualTo(booking.revision());
    assertThat(flagged.conflict().map(CalendarConflict::eventTime)).contains(dentist);
    assertThat(r.webhookBodies)
        .singleElement()
        .satisfies(body -> assertThat(body).contains("booking.conflicted"));
    assertThat(r.h.notifier.alerts())
        .filteredOn(AdminAlert.BookingConflicted.class::isInstance)
        .hasSize(1);
    assertThat(r.h.calendar.events("ann-cal"))
        .extracting(CalendarEvent::eventId)
        .containsExactly(CalendarEvent.eventIdFor(booking.id()));
  }

  @Test
  void aSingleHostBooking_isOnlyFlagged_evenWithFreeColleagues() {
    Booking single = r.book("bob-only", r.h.ny(3, 14, 0), "grace@example.org");
    r.feed.put("bob-cal", r.outside("gym", single.slot()));

    r.realtime.syncNow("bob-cal");

    Booking flagged = r.booking(single.id());
    assertThat(flagged.placement().hostId()).isEqualTo("bob");
    assertThat(flagged.conflicted()).isTrue();
  }
}
