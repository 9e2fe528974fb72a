package com.metalogics.booking.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.metalogics.booking.core.domain.Assignment;
import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.BookingLimits;
import com.metalogics.booking.core.domain.Host;
import com.metalogics.booking.core.domain.IntegrationException;
import com.metalogics.booking.core.domain.SlotUnavailableException;
import com.metalogics.booking.core.domain.TimeSlot;
import com.metalogics.booking.core.port.in.AvailableSlots;
import com.metalogics.booking.core.port.in.AvailableSlotsQuery;
import com.metalogics.booking.core.port.in.BookingAccess;
import com.metalogics.booking.core.port.in.CancelBookingCommand;
import com.metalogics.booking.core.port.in.RescheduleBookingCommand;
import com.metalogics.booking.core.port.in.SlotRange;
import com.metalogics.booking.core.port.in.Warning;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Round-robin and collective types booked through the engine, on the default schedule. */
class TeamBookingTest {

  private final TeamHarness h = new TeamHarness();

  @Test
  void roundRobin_offersAStartWhileAnyHostIsFree_andAssignsInTurn() {
    h.hosts("ann", "bob");
    h.save(TeamHarness.team("sales", Assignment.ROUND_ROBIN, "ann", "bob"));
    Booking first = h.book("sales", h.ny(2, 10, 0), 30, "a@example.com").booking();
    Booking second = h.book("sales", h.ny(2, 10, 0), 30, "b@example.com").booking();
    assertThat(List.of(first.placement().hostId(), second.placement().hostId()))
        .containsExactly("ann", "bob");
    assertThat(first.placement().assignmentReason())
        .hasValueSatisfying(r -> assertThat(r).startsWith("round-robin"));
    assertThat(h.starts("sales", 2, 30)).doesNotContain(h.ny(2, 10, 0));
    assertThatThrownBy(() -> h.book("sales", h.ny(2, 10, 0), 30, "c@example.com"))
        .isInstanceOf(SlotUnavailableException.class);
  }

  @Test
  void roundRobin_aHostBusyWithAnotherType_isSkipped() {
    h.hosts("ann", "bob");
    h.save(TeamHarness.team("sales", Assignment.ROUND_ROBIN, "ann", "bob"));
    h.save(TeamHarness.team("ann-only", Assignment.SINGLE, "ann"));
    h.book("ann-only", h.ny(2, 10, 0), 30, "a@example.com");
    Booking booked = h.book("sales", h.ny(2, 10, 0), 30, "b@example.com").booking();
    assertThat(booked.placement().hostId()).isEqualTo("bob");
  }

  @Test
  void collective_holdsEveryHost_andIsOfferedOnlyWhenAllAreFree() {
    h.hosts("ann", "bob");
    h.save(TeamHarness.team("panel", Assignment.COLLECTIVE, "ann", "bob"));
    h.save(TeamHarness.team("bob-only", Assignment.SINGLE, "bob"));
    h.book("bob-only", h.ny(2, 11, 0), 30, "a@example.com");
    assertThat(h.starts("panel", 2, 30)).contains(h.ny(2, 10, 0)).doesNotContain(h.ny(2, 11, 0));
    Booking panel = h.book("panel", h.ny(2, 10, 0), 30, "b@example.com").booking();
    assertThat(panel.placement().hostIds()).containsExactly("ann", "bob");
    assertThat(h.starts("bob-only", 2, 30)).doesNotContain(h.ny(2, 10, 0));
    assertThatThrownBy(() -> h.book("panel", h.ny(2, 11, 0), 30, "c@example.com"))
        .isInstanceOf(SlotUnavailableException.class);
  }

  @Test
  void perHostLimits_countEachHostOnTheirOwn() {
    h.hosts("ann", "bob");
    BookingLimits onePerDay =
        new BookingLimits(OptionalInt.of(1), OptionalInt.empty(), OptionalInt.empty());
    h.save(
        TeamHarness.team("sales", Assignment.ROUND_ROBIN, "ann", "bob").withHostLimits(onePerDay));
    h.book("sales", h.ny(2, 10, 0), 30, "a@example.com");
    h.book("sales", h.ny(2, 11, 0), 30, "b@example.com");
    assertThat(h.starts("sales", 2, 30)).isEmpty();
    assertThatThrownBy(() -> h.book("sales", h.ny(2, 12, 0), 30, "c@example.com"))
        .isInstanceOfSatisfying(
            SlotUnavailableException.class,
            e -> assertThat(e.reason()).isEqualTo(SlotUnavailableException.Reason.LIMIT_REACHED));
    assertThat(h.starts("sales", 3, 30)).isNotEmpty();
  }

  @Test
  void aCancellation_givesTheTurnBack() {
    h.hosts("ann", "bob");
    h.save(TeamHarness.team("sales", Assignment.ROUND_ROBIN, "ann", "bob"));
    Booking first = h.book("sales", h.ny(2, 10, 0), 30, "a@example.com").booking();
    h.book("sales", h.ny(2, 11, 0), 30, "b@example.com");
    h.engine
        .cancelBooking()
        .handle(new CancelBookingCommand(BookingAccess.admin(first.id()), Optional.empty()));
    Booking third = h.book("sales", h.ny(2, 12, 0), 30, "c@example.com").booking();
    assertThat(third.placement().hostId()).isEqualTo(first.placement().hostId());
  }

  @Test
  void anInactiveHost_leavesThePool() {
    h.hosts("ann", "bob");
    h.save(TeamHarness.team("sales", Assignment.ROUND_ROBIN, "ann", "bob"));
    Host ann = h.catalog.host("ann").orElseThrow().value();
    h.engine
        .manageCatalog()
        .saveHost(
            new Host(
                ann.id(),
                ann.name(),
                ann.email(),
                ann.timeZone(),
                ann.scheduleId(),
                ann.calendarId(),
                false,
                ann.weight(),
                ann.priority()),
            OptionalLong.of(h.catalog.host("ann").orElseThrow().version()),
            "admin");
    for (int i = 0; i < 3; i++) {
      assertThat(
              h.book("sales", h.ny(2, 10 + i, 0), 30, i + "@example.com")
                  .booking()
                  .placement()
                  .hostId())
          .isEqualTo("bob");
    }
  }

  @Test
  void reschedule_keepsTheHostWhenFree_andACollectiveRefusesWhenOneIsBusy() {
    h.hosts("ann", "bob");
    h.save(TeamHarness.team("panel", Assignment.COLLECTIVE, "ann", "bob"));
    h.save(TeamHarness.team("bob-only", Assignment.SINGLE, "bob"));
    Booking panel = h.book("panel", h.ny(2, 10, 0), 30, "a@example.com").booking();
    Booking moved = reschedule(panel, h.ny(2, 13, 0));
    assertThat(moved.placement().hostIds()).containsExactly("ann", "bob");
    h.book("bob-only", h.ny(2, 15, 0), 30, "b@example.com");
    assertThatThrownBy(() -> reschedule(moved, h.ny(2, 15, 0)))
        .isInstanceOf(SlotUnavailableException.class);
  }

  private Booking reschedule(Booking booking, java.time.Instant start) {
    return h.engine
        .rescheduleBooking()
        .handle(
            new RescheduleBookingCommand(
                BookingAccess.admin(booking.id()), Optional.of(start), Optional.empty()))
        .booking();
  }

  @Test
  void theEvent_goesToTheLeadHostsCalendar_withTheOtherHostsAsGuests() {
    h.hosts("ann", "bob");
    h.save(TeamHarness.team("panel", Assignment.COLLECTIVE, "ann", "bob"));
    h.book("panel", h.ny(2, 10, 0), 30, "a@example.com");
    assertThat(h.calendars.events())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.calendarId()).contains("ann-cal");
              assertThat(e.guests()).containsExactly("bob@example.com");
            });
  }

  @Test
  void aHostsBusyCalendar_givesTheStartToAnother_andClosesItForACollective() {
    h.hosts("ann", "bob");
    h.save(TeamHarness.team("sales", Assignment.ROUND_ROBIN, "ann", "bob"));
    h.save(TeamHarness.team("panel", Assignment.COLLECTIVE, "ann", "bob"));
    h.calendars.block("ann-cal", TimeSlot.of(h.ny(2, 10, 0), Duration.ofMinutes(30)));
    assertThat(h.starts("sales", 2, 30)).contains(h.ny(2, 10, 0));
    assertThat(h.starts("panel", 2, 30)).doesNotContain(h.ny(2, 10, 0));
    assertThat(h.book("sales", h.ny(2, 10, 0), 30, "a@example.com").booking().placement().hostId())
        .isEqualTo("bob");
  }

  @Test
  void aHostWhoseCalendarFails_isLeftOut_andTheAnswerWarns() {
    h.hosts("ann", "bob");
    h.save(TeamHarness.team("sales", Assignment.ROUND_ROBIN, "ann", "bob"));
    h.calendars
        .failures("ann-cal")
        .failWith(() -> IntegrationException.calendar("down: ann-cal", null));
    LocalDate day = h.date(2);
    AvailableSlots answer =
        h.engine
            .findAvailableSlots()
            .handle(new AvailableSlotsQuery(SlotRange.dates(day, day), 30, Optional.of("sales")));
    assertThat(answer.warnings()).contains(Warning.CALENDAR_UNAVAILABLE);
    assertThat(answer.slots()).isNotEmpty();
    for (int i = 0; i < 2; i++) {
      assertThat(
              h.book("sales", h.ny(2, 10 + i, 0), 30, i + "@example.com")
                  .booking()
                  .placement()
                  .hostId())
          .isEqualTo("bob");
    }
  }

  @Test
  void reschedule_ofARoundRobinBooking_movesToAFreeHost_andTheEventMovesWithIt() {
    h.hosts("ann", "bob");
    h.save(TeamHarness.team("sales", Assignment.ROUND_ROBIN, "ann", "bob"));
    h.save(TeamHarness.team("ann-only", Assignment.SINGLE, "ann"));
    Booking booked = h.book("sales", h.ny(2, 10, 0), 30, "a@example.com").booking();
    assertThat(booked.placement().hostId()).isEqualTo("ann");
    h.book("ann-only", h.ny(2, 14, 0), 30, "b@example.com");

    Booking moved = reschedule(booked, h.ny(2, 14, 0));

    assertThat(moved.placement().hostId()).isEqualTo("bob");
    assertThat(moved.startTime()).isEqualTo(h.ny(2, 14, 0));
    assertThat(h.calendars.events())
        .filteredOn(e -> e.bookingId().equals(booked.id()))
        .singleElement()
        .satisfies(e -> assertThat(e.calendarId()).contains("bob-cal"));
    Booking kept = reschedule(moved, h.ny(2, 15, 0));
    assertThat(kept.placement().hostId()).isEqualTo("bob");
  }
}
