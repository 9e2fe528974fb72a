package com.metalogics.booking.app;

import com.metalogics.booking.core.domain.BookingRules;
import com.metalogics.booking.core.domain.BusinessHours;
import com.metalogics.booking.core.domain.EventType;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The booking rules section of the environment: the seed's variables plus the service's own. */
final class RulesReader {

  private static final int MAX = Integer.MAX_VALUE;

  private RulesReader() {}

  static Optional<BookingRules> read(EnvReader env) {
    int before = env.problems().size();
    int maxPerEmail = env.integer("MAX_BOOKINGS_PER_EMAIL", 2, 1, MAX);
    int windowDays = env.integer("FREQUENCY_WINDOW_DAYS", 30, 1, 3650);
    Set<DayOfWeek> days = businessDays(env);
    int beforeHours = env.problems().size();
    int startHour = env.integer("BUSINESS_START_HOUR", 9, 0, 23);
    int endHour = env.integer("BUSINESS_END_HOUR", 17, 1, 24);
    if (env.problems().size() == beforeHours && startHour >= endHour) {
      env.problem(
          "BUSINESS_START_HOUR (%d) must be before BUSINESS_END_HOUR (%d)"
              .formatted(startHour, endHour));
    }
    Optional<ZoneId> zone = env.zone("BUSINESS_TIMEZONE", "America/New_York");
    int bufferMinutes = env.integer("BUFFER_MINUTES", 15, 0, EventType.MAX_BUFFER_MINUTES);
    int minAdvanceHours = env.integer("MIN_ADVANCE_HOURS", 24, 0, 24 * 3650);
    Optional<Integer> slotInterval = env.optionalInteger("SLOT_INTERVAL_MINUTES", 1, 24 * 60);
    List<Integer> durations = env.integers("ALLOWED_DURATIONS", "15,30,45,60", 1, 24 * 60);
    int maxRangeDays = env.integer("MAX_RANGE_DAYS", 30, 1, 366);
    int maxAdvanceDays = env.integer("MAX_ADVANCE_DAYS", 90, 1, 3650);
    if (durations.isEmpty() && env.problems().size() == before) {
      env.problem("ALLOWED_DURATIONS: must list at least one duration in minutes");
    }
    if (env.problems().size() > before || zone.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new BookingRules(
              maxPerEmail,
              Duration.ofDays(windowDays),
              new BusinessHours(days, startHour, endHour, zone.get()),
              Duration.ofMinutes(bufferMinutes),
              Duration.ofHours(minAdvanceHours),
              slotInterval.map(Duration::ofMinutes),
              minutes(durations),
              maxRangeDays,
              maxAdvanceDays));
    } catch (IllegalArgumentException e) {
      env.problem("booking rules: " + e.getMessage());
      return Optional.empty();
    }
  }

  /** The seed counts days from 0 = Sunday to 6 = Saturday. */
  private static Set<DayOfWeek> businessDays(EnvReader env) {
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    for (String item : env.list("BUSINESS_DAYS", "1,2,3,4,5")) {
      switch (item) {
        case "0" -> days.add(DayOfWeek.SUNDAY);
        case "1", "2", "3", "4", "5", "6" -> days.add(DayOfWeek.of(Integer.parseInt(item)));
        default ->
            env.problem(
                "BUSINESS_DAYS: unknown day '"
                    + item
                    + "' (use 0=Sunday, 1=Monday ... 6=Saturday)");
      }
    }
    if (env.list("BUSINESS_DAYS", "1,2,3,4,5").isEmpty()) {
      env.problem("BUSINESS_DAYS: must name at least one day (0=Sunday ... 6=Saturday)");
    }
    return days;
  }

  private static TreeSet<Duration> minutes(List<Integer> values) {
    TreeSet<Duration> durations = new TreeSet<>();
    values.forEach(m -> durations.add(Duration.ofMinutes(m)));
    return durations;
  }
}
