package com.metalogics.booking.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.BookingLimits;
import com.metalogics.booking.core.domain.BookingRules;
import com.metalogics.booking.core.domain.CatalogItemNotFoundException;
import com.metalogics.booking.core.domain.DateOverride;
import com.metalogics.booking.core.domain.Placement;
import com.metalogics.booking.core.domain.Schedule;
import com.metalogics.booking.core.domain.SlotUnavailableException;
import com.metalogics.booking.core.domain.SlotUnavailableException.Reason;
import com.metalogics.booking.core.domain.TimeSlot;
import com.metalogics.booking.core.domain.ValidationException;
import com.metalogics.booking.core.port.in.AvailableSlotsQuery;
import com.metalogics.booking.core.port.in.BookingAccess;
import com.metalogics.booking.core.port.in.BookingReceipt;
import com.metalogics.booking.core.port.in.RescheduleBookingCommand;
import com.metalogics.booking.core.port.in.SlotRange;
import com.metalogics.booking.core.port.out.CatalogRepository;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class EventTypeBookingTest {

  private final CatalogHarness h = new CatalogHarness();

  @Test
  void aTypeWithItsOwnSchedule_offersItsDurationInsideBothSchedules() {
    h.mornings("mornings");
    h.save(h.consult(Optional.of("mornings"), BookingLimits.none(), true));
    // Owner: weekdays 9-17; the type narrows to 8-12: 9:00 to 11:15 on the 45-minute grid.
    assertThat(h.starts(h.engine, "consult", 2, 45))
        .containsExactly(h.ny(2, 9, 0), h.ny(2, 9, 45), h.ny(2, 10, 30), h.ny(2, 11, 15));
    assertThatThrownBy(() -> h.starts(h.engine, "consult", 2, 30))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void withoutAType_theRequestIsForTheMeetingType() {
    assertThat(h.starts(h.engine, null, 2, 30)).isEqualTo(h.starts(h.engine, "meeting", 2, 30));
    Booking booking = h.book(null, h.ny(2, 10, 0), 30, "ada@example.com").booking();
    assertThat(booking.placement()).isEqualTo(Placement.DEFAULT);
  }

  @Test
  void unknownOrInactiveTypes_areNotFound_forSlotsAndBookings() {
    h.save(h.consult(Optional.empty(), BookingLimits.none(), false));
    for (String slug : List.of("consult", "no-such-type")) {
      assertThatThrownBy(() -> h.starts(h.engine, slug, 2, 45))
          .isInstanceOf(CatalogItemNotFoundException.class);
      assertThatThrownBy(() -> h.book(slug, h.ny(2, 10, 0), 45, "ada@example.com"))
          .isInstanceOf(CatalogItemNotFoundException.class);
    }
    assertThat(h.repository.all()).isEmpty();
  }

  @Test
  void aTypeWithControlCharacters_isAValidationError() {
    for (String slug : List.of("meet\u0000ing", "meeting\u0007", "\tmeeting")) {
      assertThatThrownBy(() -> h.starts(h.engine, slug, 2, 30))
          .isInstanceOfSatisfying(
              ValidationException.class,
              e -> assertThat(e.fieldErrors()).containsOnlyKeys("eventType"));
    }
  }

  @Test
  void aBooking_keepsItsTypeAndHost() {
    h.save(h.consult(Optional.empty(), BookingLimits.none(), true));
    BookingReceipt receipt = h.book("consult", h.ny(2, 9, 45), 45, "ada@example.com");
    assertThat(receipt.booking().placement()).isEqualTo(new Placement("consult", "owner"));
    assertThat(h.repository.findById(receipt.booking().id()).orElseThrow().placement())
        .isEqualTo(new Placement("consult", "owner"));
  }

  @Test
  void aBookingOfOneType_isBusyTimeForTheOtherTypesOfTheHost() {
    h.save(h.consult(Optional.empty(), BookingLimits.none(), true));
    h.book("consult", h.ny(2, 10, 30), 45, "ada@example.com");
    assertThat(h.starts(h.engine, "meeting", 2, 30))
        .doesNotContain(h.ny(2, 10, 0), h.ny(2, 10, 30), h.ny(2, 11, 0))
        .contains(h.ny(2, 9, 30), h.ny(2, 11, 30));
    assertThatThrownBy(() -> h.book(null, h.ny(2, 11, 0), 30, "bob@example.com"))
        .isInstanceOfSatisfying(
            SlotUnavailableException.class,
            // The host's calendar shows the first booking's event, and is asked before storage.
            e -> assertThat(e.reason()).isIn(Reason.CALENDAR_BUSY, Reason.ALREADY_BOOKED));
  }

  @Test
  void aPut_changesTheNextAnswer_inEveryInstance() {
    BookingEngine other = h.anotherInstance();
    assertThat(h.starts(other, null, 2, 30)).hasSize(16);
    Schedule current = h.engine.manageCatalog().schedule("default").value();
    Schedule closed =
        new Schedule(
            current.id(),
            current.name(),
            current.timeZone(),
            current.weekly(),
            List.of(DateOverride.closed(h.date(2))),
            current.blackouts());
    h.engine.manageCatalog().saveSchedule(closed, OptionalLong.of(1), "admin");
    assertThat(h.starts(other, null, 2, 30)).isEmpty();
    assertThatThrownBy(
            () ->
                other
                    .bookMeeting()
                    .handle(
                        com.metalogics.booking.core.port.in.BookMeetingCommand.of(
                            "Ada", "ada@example.com", h.ny(2, 10, 0), 30)))
        .isInstanceOfSatisfying(
            SlotUnavailableException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.OUTSIDE_BUSINESS_HOURS));
  }

  @Test
  void theCatalog_isReadOncePerRevision() {
    CountingCatalog counting = new CountingCatalog(h.catalog);
    BookingEngine engine = engineOn(counting);
    h.starts(engine, null, 2, 30);
    int reads = counting.reads();
    for (int i = 0; i < 5; i++) {
      h.starts(engine, null, 2, 30);
    }
    assertThat(counting.reads()).isEqualTo(reads);
    h.save(h.consult(Optional.empty(), BookingLimits.none(), true));
    h.starts(engine, null, 2, 30);
    assertThat(counting.reads()).isGreaterThan(reads);
  }

  @Test
  void slotsAskedWithTheCallersRevision_readNoRevisionOfTheirOwn_unlessTheCatalogMoved() {
    CountingCatalog counting = new CountingCatalog(h.catalog);
    BookingEngine engine = engineOn(counting);
    LocalDate day = h.date(2);
    AvailableSlotsQuery query = new AvailableSlotsQuery(SlotRange.dates(day, day), 30);
    List<TimeSlot> before = engine.findAvailableSlots().handle(query).slots();

    long revision = engine.catalogRevision();
    int revisionReads = counting.revisionReads();
    int reads = counting.reads();
    assertThat(engine.findAvailableSlots().handle(query, revision).slots()).isEqualTo(before);
    assertThat(counting.revisionReads()).isEqualTo(revisionReads);
    assertThat(counting.reads()).isEqualTo(reads);

    h.save(h.consult(Optional.empty(), BookingLimits.none(), true));
    engine.findAvailableSlots().handle(query, engine.catalogRevision());
    assertThat(counting.reads()).isGreaterThan(reads);
  }

  @Test
  void aDayAtItsLimit_offersNothingMore_andRefusesWithTheReason() {
    BookingLimits twoADay =
        new BookingLimits(OptionalInt.of(2), OptionalInt.empty(), OptionalInt.empty());
    h.save(h.consult(Optional.empty(), twoADay, true));
    h.book("consult", h.ny(2, 9, 0), 45, "a@example.com");
    assertThat(h.starts(h.engine, "consult", 2, 45)).isNotEmpty();
    h.book("consult", h.ny(2, 13, 30), 45, "b@example.com");
    assertThat(h.starts(h.engine, "consult", 2, 45)).isEmpty();
    assertThat(h.starts(h.engine, "consult", 3, 45)).isNotEmpty();
    assertThat(h.starts(h.engine, "meeting", 2, 30)).isNotEmpty();
    assertThatThrownBy(() -> h.book("consult", h.ny(2, 15, 0), 45, "c@example.com"))
        .isInstanceOfSatisfying(
            SlotUnavailableException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.LIMIT_REACHED));
  }

  @Test
  void aReschedule_followsTheBookingsOwnType_andDoesNotCountItselfAgainstTheLimit() {
    BookingLimits oneADay =
        new BookingLimits(OptionalInt.of(1), OptionalInt.empty(), OptionalInt.empty());
    h.save(h.consult(Optional.empty(), oneADay, true));
    BookingReceipt receipt = h.book("consult", h.ny(2, 9, 0), 45, "ada@example.com");
    BookingAccess access = BookingAccess.withToken(receipt.booking().id(), receipt.manageToken());
    Instant later = h.ny(2, 11, 15);
    Booking moved =
        h.engine
            .rescheduleBooking()
            .handle(new RescheduleBookingCommand(access, later, Optional.empty()))
            .booking();
    assertThat(moved.startTime()).isEqualTo(later);
    assertThat(moved.placement()).isEqualTo(new Placement("consult", "owner"));
    assertThatThrownBy(
            () ->
                h.engine
                    .rescheduleBooking()
                    .handle(new RescheduleBookingCommand(access, h.ny(2, 11, 0), Optional.of(30))))
        .isInstanceOf(ValidationException.class);
  }

  /** An engine on the harness's storage that reads its catalog through {@code catalog}. */
  private BookingEngine engineOn(CatalogRepository catalog) {
    return BookingEngine.builder()
        .repository(h.repository)
        .catalog(catalog)
        .rules(BookingRules.defaults())
        .clock(h.clock)
        .manageTokenSecret(EngineHarness.SECRET)
        .build();
  }
}
