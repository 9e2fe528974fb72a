package com.metalogics.booking.core.application;

import com.metalogics.booking.core.contract.Fixtures;
import com.metalogics.booking.core.contract.MutableClock;
import com.metalogics.booking.core.domain.Assignment;
import com.metalogics.booking.core.domain.BookingLimits;
import com.metalogics.booking.core.domain.BookingRules;
import com.metalogics.booking.core.domain.EventType;
import com.metalogics.booking.core.domain.Schedule;
import com.metalogics.booking.core.domain.TimeRange;
import com.metalogics.booking.core.inmemory.InMemoryBookingRepository;
import com.metalogics.booking.core.inmemory.InMemoryCalendar;
import com.metalogics.booking.core.inmemory.InMemoryCatalogRepository;
import com.metalogics.booking.core.port.in.AvailableSlotsQuery;
import com.metalogics.booking.core.port.in.BookMeetingCommand;
import com.metalogics.booking.core.port.in.BookingReceipt;
import com.metalogics.booking.core.port.in.SlotRange;
import com.metalogics.booking.core.port.out.Stored;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Engines over one shared catalog, bookings store and calendar, as instances sharing a database
 * are: {@link #engine} is the first, {@link #anotherInstance} makes more.
 */
final class CatalogHarness {

  final MutableClock clock = new MutableClock(Fixtures.NOW);
  final InMemoryCatalogRepository catalog = new InMemoryCatalogRepository(clock);
  final InMemoryBookingRepository repository = new InMemoryBookingRepository();
  final InMemoryCalendar calendar = new InMemoryCalendar();
  final BookingEngine engine = anotherInstance();

  BookingEngine anotherInstance() {
    return BookingEngine.builder()
        .repository(repository)
        .catalog(catalog)
        .calendar(calendar)
        .rules(BookingRules.defaults())
        .clock(clock)
        .manageTokenSecret(EngineHarness.SECRET)
        .build();
  }

  /** {@code hour:minute} New York time, {@code daysAhead} days after the clock's date. */
  Instant ny(int daysAhead, int hour, int minute) {
    return date(daysAhead).atTime(hour, minute).atZone(EngineHarness.NEW_YORK).toInstant();
  }

  LocalDate date(int daysAhead) {
    return LocalDate.ofInstant(clock.instant(), EngineHarness.NEW_YORK).plusDays(daysAhead);
  }

  /** Every day 08:00 to 12:00 New York, saved as {@code id}. */
  Schedule mornings(String id) {
    Schedule schedule =
        Schedule.uniform(
            id,
            "Mornings",
            EngineHarness.NEW_YORK,
            EnumSet.allOf(DayOfWeek.class),
            List.of(new TimeRange(8 * 60, 12 * 60)));
    engine.manageCatalog().saveSchedule(schedule, OptionalLong.empty(), "admin");
    return schedule;
  }

  /** A 45-minute type of the owner, no notice, no buffers, on {@code scheduleId} if given. */
  EventType consult(Optional<String> scheduleId, BookingLimits limits, boolean active) {
    return new EventType(
        "consult",
        "Consultation",
        "",
        "Phone",
        List.of(Duration.ofMinutes(45)),
        Duration.ofMinutes(45),
        Optional.empty(),
        Duration.ZERO,
        Duration.ZERO,
        Duration.ZERO,
        60,
        limits,
        Optional.empty(),
        Assignment.SINGLE,
        List.of("owner"),
        scheduleId,
        active);
  }

  Stored<EventType> save(EventType type) {
    OptionalLong version =
        catalog
            .eventType(type.slug())
            .map(s -> OptionalLong.of(s.version()))
            .orElse(OptionalLong.empty());
    return engine.manageCatalog().saveEventType(type, version, "admin");
  }

  List<Instant> starts(BookingEngine on, String type, int daysAhead, int minutes) {
    LocalDate day = date(daysAhead);
    return on
        .findAvailableSlots()
        .handle(
            new AvailableSlotsQuery(SlotRange.dates(day, day), minutes, Optional.ofNullable(type)))
        .slots()
        .stream()
        .map(s -> s.start())
        .toList();
  }

  BookingReceipt book(String type, Instant start, int minutes, String email) {
    return engine
        .bookMeeting()
        .handle(BookMeetingCommand.of("Ada Lovelace", email, start, minutes).withEventType(type));
  }
}
