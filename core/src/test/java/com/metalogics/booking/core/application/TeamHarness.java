package com.metalogics.booking.core.application;

import com.metalogics.booking.core.contract.Fixtures;
import com.metalogics.booking.core.contract.MutableClock;
import com.metalogics.booking.core.domain.Assignment;
import com.metalogics.booking.core.domain.BookingLimits;
import com.metalogics.booking.core.domain.BookingRules;
import com.metalogics.booking.core.domain.EventType;
import com.metalogics.booking.core.domain.Host;
import com.metalogics.booking.core.domain.PhaseOneCatalog;
import com.metalogics.booking.core.inmemory.InMemoryBookingRepository;
import com.metalogics.booking.core.inmemory.InMemoryCalendar;
import com.metalogics.booking.core.inmemory.InMemoryCatalogRepository;
import com.metalogics.booking.core.port.in.AvailableSlotsQuery;
import com.metalogics.booking.core.port.in.BookMeetingCommand;
import com.metalogics.booking.core.port.in.BookingReceipt;
import com.metalogics.booking.core.port.in.SlotRange;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * An engine over the in-memory stores and {@link InMemoryCalendar}, whose hosts each have their own
 * calendar ({@code <id>-cal}) on the default schedule (weekdays 9 to 17, New York) unless told.
 */
final class TeamHarness {

  final MutableClock clock = new MutableClock(Fixtures.NOW);
  final InMemoryCatalogRepository catalog = new InMemoryCatalogRepository(clock);
  final InMemoryBookingRepository repository = new InMemoryBookingRepository();
  final InMemoryCalendar calendars = new InMemoryCalendar();
  final BookingEngine engine =
      BookingEngine.builder()
          .repository(repository)
          .catalog(catalog)
          .calendar(calendars)
          .rules(BookingRules.defaults())
          .clock(clock)
          .manageTokenSecret(EngineHarness.SECRET)
          .build();

  /** {@code hour:minute} New York time, {@code daysAhead} days after the clock's date. */
  Instant ny(int daysAhead, int hour, int minute) {
    return date(daysAhead).atTime(hour, minute).atZone(EngineHarness.NEW_YORK).toInstant();
  }

  LocalDate date(int daysAhead) {
    return LocalDate.ofInstant(clock.instant(), EngineHarness.NEW_YORK).plusDays(daysAhead);
  }

  void hosts(String... ids) {
    for (String id : ids) {
      host(id, PhaseOneCatalog.SCHEDULE_ID, 1, 0);
    }
  }

  void host(String id, String scheduleId, int weight, int priority) {
    engine
        .manageCatalog()
        .saveHost(
            calendarHost(id, scheduleId, weight, priority),
            catalog.host(id).map(s -> OptionalLong.of(s.version())).orElse(OptionalLong.empty()),
            "admin");
  }

  /** An active host in New York with a calendar of its own ({@code <id>-cal}). */
  static Host calendarHost(String id, String scheduleId, int weight, int priority) {
    return new Host(
        id,
        "Host " + id,
        id + "@example.com",
        EngineHarness.NEW_YORK,
        scheduleId,
        Optional.of(id + "-cal"),
        true,
        weight,
        priority);
  }

  void save(EventType type) {
    OptionalLong version =
        catalog
            .eventType(type.slug())
            .map(s -> OptionalLong.of(s.version()))
            .orElse(OptionalLong.empty());
    engine.manageCatalog().saveEventType(type, version, "admin");
  }

  /** A 30-minute type without notice or buffers. */
  static EventType team(String slug, Assignment assignment, String... hosts) {
    return new EventType(
        slug,
        slug,
        "",
        "",
        List.of(Duration.ofMinutes(30)),
        Duration.ofMinutes(30),
        Optional.empty(),
        Duration.ZERO,
        Duration.ZERO,
        Duration.ZERO,
        60,
        BookingLimits.none(),
        Optional.empty(),
        assignment,
        List.of(hosts),
        Optional.empty(),
        true);
  }

  List<Instant> starts(String type, int daysAhead, int minutes) {
    LocalDate day = date(daysAhead);
    return engine
        .findAvailableSlots()
        .handle(new AvailableSlotsQuery(SlotRange.dates(day, day), minutes, Optional.of(type)))
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
