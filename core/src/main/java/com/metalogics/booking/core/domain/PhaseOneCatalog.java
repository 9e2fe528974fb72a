package com.metalogics.booking.core.domain;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The phase-1 rule set ({@link BookingRules}, read from the environment) as the catalog a fresh
 * database is seeded with: schedule {@value #SCHEDULE_ID}, host {@value #HOST_ID} and event type
 * {@code meeting}. With no admin change, these answer every phase-1 request as phase 1 did.
 */
public final class PhaseOneCatalog {

  public static final String SCHEDULE_ID = "default";
  public static final String HOST_ID = Placement.DEFAULT.hostId();
  public static final String EVENT_TYPE = Placement.DEFAULT.eventType();

  /** Phase 1 knows no owner address; the admin replaces it. */
  static final String OWNER_EMAIL = "owner@example.com";

  private PhaseOneCatalog() {}

  /** The same whole-hour range on every business day. */
  public static Schedule schedule(BookingRules rules) {
    return scheduleOf(rules.businessHours());
  }

  public static Schedule scheduleOf(BusinessHours hours) {
    TimeRange range = new TimeRange(hours.startHour() * 60, hours.endHour() * 60);
    return Schedule.uniform(
        SCHEDULE_ID, "Business hours", hours.zone(), hours.days(), List.of(range));
  }

  public static Host host(BookingRules rules) {
    return new Host(
        HOST_ID,
        "Owner",
        OWNER_EMAIL,
        rules.businessHours().zone(),
        SCHEDULE_ID,
        Optional.empty(),
        true,
        1,
        0);
  }

  /**
   * The one kind of meeting: the buffer on both sides, the e-mail frequency limit as its own.
   *
   * @throws ValidationException when a rule is outside what an event type allows (a buffer above
   *     720 minutes)
   */
  public static EventType eventType(BookingRules rules) {
    return new EventType(
        EVENT_TYPE,
        "Meeting",
        "",
        "",
        List.copyOf(rules.allowedDurations()),
        rules.allowedDurations().first(),
        rules.slotIncrement(),
        rules.buffer(),
        rules.buffer(),
        rules.minAdvance(),
        rules.maxAdvanceDays(),
        BookingLimits.none(),
        Optional.of(frequencyLimit(rules)),
        Assignment.SINGLE,
        List.of(HOST_ID),
        Optional.empty(),
        true);
  }

  /** The service-wide default of the per-e-mail limit. */
  public static EmailFrequencyLimit frequencyLimit(BookingRules rules) {
    return new EmailFrequencyLimit(
        rules.maxBookingsPerEmail(), (int) rules.frequencyWindow().toDays());
  }

  /**
   * The phase-1 shape of a schedule's weekly hours, as the slots answer shows them: the weekdays
   * with any range, from the earliest start to the latest end in whole hours. Exact for a schedule
   * made by {@link #scheduleOf}; empty when no weekday is open.
   */
  public static Optional<BusinessHours> businessHoursOf(Schedule schedule) {
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    List<TimeRange> ranges = new ArrayList<>();
    schedule
        .weekly()
        .forEach(
            (day, dayRanges) -> {
              if (!dayRanges.isEmpty()) {
                days.add(day);
                ranges.addAll(dayRanges);
              }
            });
    if (days.isEmpty()) {
      return Optional.empty();
    }
    int from = ranges.stream().mapToInt(TimeRange::fromMinute).min().orElseThrow();
    int to = ranges.stream().mapToInt(TimeRange::toMinute).max().orElseThrow();
    ZoneId zone = schedule.timeZone();
    return Optional.of(new BusinessHours(days, from / 60, Math.min(24, (to + 59) / 60), zone));
  }
}
