package com.metalogics.booking.core.application;

import static com.metalogics.booking.core.application.RealtimeHarness.CALENDAR;
import static org.assertj.core.api.Assertions.assertThat;

import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.CalendarConflict;
import com.metalogics.booking.core.domain.Effect;
import com.metalogics.booking.core.domain.EffectKind;
import com.metalogics.booking.core.domain.TimeSlot;
import com.metalogics.booking.core.port.out.AdminAlert;
import com.metalogics.booking.core.port.out.CalendarEvent;
import com.metalogics.booking.core.port.out.CalendarItem;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Outside events over bookings, found by the sync: flag, alert, webhook, and the flag cleared. */
class CalendarConflictTest {

  private final RealtimeHarness r = new RealtimeHarness();

  @AfterEach
  void close() {
    r.close();
  }

  @Test
  void anOutsideEventOverABooking_flagsIt_alertsTheAdmin_andSendsBookingConflicted() {
    r.subscribe("booking.conflicted");
    Booking booking = r.h.book(r.h.ny(3, 10, 0), "ada@example.org").booking();
    TimeSlot meeting = TimeSlot.of(r.h.ny(3, 10, 15), Duration.ofHours(1));
    r.realtime.syncNow(CALENDAR);

    r.feed.put(CALENDAR, r.outside("dentist", meeting));
    r.realtime.syncNow(CALENDAR);
    r.h.engine.syncBookings().syncDue();

    Booking flagged = r.booking(booking.id());
    assertThat(flagged.conflict().map(CalendarConflict::eventTime)).contains(meeting);
    assertThat(flagged.status()).isEqualTo(booking.status());
    assertThat(flagged.revision()).isEqualTo(booking.revision());
    assertThat(r.realtime.conflicts(10)).extracting(Booking::id).containsExactly(booking.id());
    assertThat(r.h.notifier.alerts())
        .filteredOn(AdminAlert.BookingConflicted.class::isInstance)
        .singleElement()
        .satisfies(
            a ->
                assertThat(((AdminAlert.BookingConflicted) a).conflict().eventTime())
                    .isEqualTo(meeting));
    assertThat(r.webhookBodies)
        .singleElement()
        .satisfies(
            body -> assertThat(body).contains("booking.conflicted", booking.id().toString()));
    assertThat(effects(booking, EffectKind.WEBHOOK)).allMatch(e -> !e.isPending());
  }

  @Test
  void theFlagClears_whenTheOutsideEventMovesAway_andAgainWhenAnotherIsDeleted() {
    Booking booking = r.h.book(r.h.ny(3, 10, 0), "ada@example.org").booking();
    r.feed.put(CALENDAR, r.outside("dentist", TimeSlot.of(r.h.ny(3, 10, 0), Duration.ofHours(1))));
    r.realtime.syncNow(CALENDAR);
    assertThat(r.booking(booking.id()).conflicted()).isTrue();

    r.feed.put(CALENDAR, r.outside("dentist", TimeSlot.of(r.h.ny(3, 14, 0), Duration.ofHours(1))));
    r.realtime.syncNow(CALENDAR);
    assertThat(r.booking(booking.id()).conflicted()).isFalse();

    r.feed.put(CALENDAR, r.outside("lunch", TimeSlot.of(r.h.ny(3, 9, 45), Duration.ofHours(1))));
    r.realtime.syncNow(CALENDAR);
    assertThat(r.booking(booking.id()).conflicted()).isTrue();
    r.feed.remove(CALENDAR, "lunch");
    r.realtime.syncNow(CALENDAR);
    assertThat(r.booking(booking.id()).conflicted()).isFalse();
    assertThat(r.realtime.conflicts(10)).isEmpty();
  }

  @Test
  void ourOwnEvent_isBusyButNeverAConflict_andDeletingItByHand_isReportedNotRecreated() {
    Booking booking = r.h.book(r.h.ny(3, 10, 0), "ada@example.org").booking();
    String eventId = CalendarEvent.eventIdFor(booking.id());
    r.feed.put(CALENDAR, new CalendarItem(eventId, booking.slot(), Optional.of(booking.id())));
    r.realtime.syncNow(CALENDAR);
    assertThat(r.booking(booking.id()).conflicted()).isFalse();
    assertThat(r.store.items(CALENDAR)).extracting(CalendarItem::eventId).containsExactly(eventId);
    int writes = r.h.calendar.writeCount();

    r.feed.remove(CALENDAR, eventId);
    r.realtime.syncNow(CALENDAR);
    r.h.engine.syncBookings().syncDue();

    assertThat(r.h.notifier.alerts())
        .filteredOn(AdminAlert.CalendarEventDeleted.class::isInstance)
        .singleElement()
        .satisfies(
            a ->
                assertThat(((AdminAlert.CalendarEventDeleted) a).booking().id())
                    .isEqualTo(booking.id()));
    assertThat(r.h.calendar.writeCount()).isEqualTo(writes);
    assertThat(r.booking(booking.id()).conflicted()).isFalse();
  }

  @Test
  void aSyncTokenTheCalendarNoLongerAccepts_listsTheWindowAgain() {
    r.realtime.syncNow(CALENDAR);
    r.feed.put(CALENDAR, r.outside("a", TimeSlot.of(r.h.ny(2, 10, 0), Duration.ofHours(1))));
    r.realtime.syncNow(CALENDAR);
    assertThat(r.feed.incrementalListings()).isEqualTo(1);

    r.feed.expireTokens();
    r.feed.put(CALENDAR, r.outside("b", TimeSlot.of(r.h.ny(2, 12, 0), Duration.ofHours(1))));
    r.realtime.syncNow(CALENDAR);

    assertThat(r.feed.fullListings()).isEqualTo(2);
    assertThat(r.store.items(CALENDAR)).extracting(CalendarItem::eventId).containsExactly("a", "b");
    assertThat(r.announced).contains(CALENDAR);
  }

  private List<Effect> effects(Booking booking, EffectKind kind) {
    return r.h.repository.effectsOf(booking.id()).stream().filter(e -> e.kind() == kind).toList();
  }
}
