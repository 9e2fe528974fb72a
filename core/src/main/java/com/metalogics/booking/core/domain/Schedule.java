package com.metalogics.booking.core.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A named weekly pattern of local ranges in one zone, with date overrides and blackout periods.
 *
 * <p>DST policy: a local range is converted to instants per date; a local time that does not exist
 * (spring gap) moves to the first instant after the gap; a repeated hour (autumn) counts once, at
 * its first occurrence: no slot starts in its second occurrence.
 *
 * <p>Every problem is named at once, keyed by the admin API's paths ({@code weekly.MONDAY[1]},
 * {@code overrides[0].ranges[2]}, {@code blackouts[1].to}); ranges are kept sorted, and a weekday
 * that is not mentioned is closed. Touching ranges ({@code 09:00-12:00} and {@code 12:00-17:00})
 * act as one.
 */
public record Schedule(
    String id,
    String name,
    ZoneId timeZone,
    Map<DayOfWeek, List<TimeRange>> weekly,
    List<DateOverride> overrides,
    List<Blackout> blackouts)
    implements CatalogItem {

  static final int MAX_NAME = 200;
  static final int MAX_REASON = 200;

  public Schedule {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(timeZone, "timeZone");
    Objects.requireNonNull(weekly, "weekly");
    Objects.requireNonNull(overrides, "overrides");
    Objects.requireNonNull(blackouts, "blackouts");
    Problems problems = new Problems();
    problems.slug("id", id);
    problems.text("name", name, MAX_NAME, true);
    Map<DayOfWeek, List<TimeRange>> days = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek day : DayOfWeek.values()) {
      List<TimeRange> ranges = weekly.getOrDefault(day, List.of());
      checkRanges(problems, "weekly." + day, ranges);
      days.put(day, sorted(ranges));
    }
    checkOverrides(problems, overrides);
    checkBlackouts(problems, blackouts);
    problems.throwIfAny();
    weekly = Collections.unmodifiableMap(days);
    overrides =
        overrides.stream()
            .map(o -> new DateOverride(o.date(), sorted(o.ranges())))
            .sorted(Comparator.comparing(DateOverride::date))
            .toList();
    blackouts = blackouts.stream().sorted(Comparator.comparing(Blackout::from)).toList();
  }

  /** The same ranges every listed day, nothing else: the shape of phase-1 business hours. */
  public static Schedule uniform(
      String id, String name, ZoneId timeZone, Set<DayOfWeek> days, List<TimeRange> ranges) {
    Map<DayOfWeek, List<TimeRange>> weekly = new EnumMap<>(DayOfWeek.class);
    days.forEach(day -> weekly.put(day, ranges));
    return new Schedule(id, name, timeZone, weekly, List.of(), List.of());
  }

  /** The ranges open on {@code date}: none in a blackout, else its override, else its weekday's. */
  public List<TimeRange> rangesOn(LocalDate date) {
    if (blackoutOn(date).isPresent()) {
      return List.of();
    }
    for (DateOverride override : overrides) {
      if (override.date().equals(date)) {
        return override.ranges();
      }
    }
    return weekly.get(date.getDayOfWeek());
  }

  public Optional<Blackout> blackoutOn(LocalDate date) {
    return blackouts.stream().filter(b -> b.covers(date)).findFirst();
  }

  private static void checkRanges(Problems problems, String path, List<TimeRange> ranges) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < ranges.size(); i++) {
      TimeRange range = Objects.requireNonNull(ranges.get(i), path);
      if (range.isEmptyOrReversed()) {
        problems.add(
            path + "[" + i + "]", "from " + range.from() + " must be before to " + range.to());
      } else {
        order.add(i);
      }
    }
    order.sort(Comparator.comparingInt(i -> ranges.get(i).fromMinute()));
    TimeRange reach = null;
    for (int i : order) {
      TimeRange range = ranges.get(i);
      if (reach != null && range.fromMinute() < reach.toMinute()) {
        problems.add(path + "[" + i + "]", "overlaps " + reach);
      }
      if (reach == null || range.toMinute() > reach.toMinute()) {
        reach = range;
      }
    }
  }

  private static void checkOverrides(Problems problems, List<DateOverride> overrides) {
    Set<LocalDate> dates = new HashSet<>();
    for (int i = 0; i < overrides.size(); i++) {
      DateOverride override = overrides.get(i);
      if (!dates.add(override.date())) {
        problems.add("overrides[" + i + "].date", "repeats " + override.date());
      }
      checkRanges(problems, "overrides[" + i + "].ranges", override.ranges());
    }
  }

  private static void checkBlackouts(Problems problems, List<Blackout> blackouts) {
    for (int i = 0; i < blackouts.size(); i++) {
      Blackout blackout = blackouts.get(i);
      problems.require(
          !blackout.to().isBefore(blackout.from()),
          "blackouts[" + i + "].to",
          "must not be before from " + blackout.from());
      problems.text("blackouts[" + i + "].reason", blackout.reason(), MAX_REASON, true);
    }
  }

  private static List<TimeRange> sorted(List<TimeRange> ranges) {
    return ranges.stream().sorted(Comparator.comparingInt(TimeRange::fromMinute)).toList();
  }

  @Override
  public CatalogKind catalogKind() {
    return CatalogKind.SCHEDULE;
  }

  @Override
  public String key() {
    return id;
  }
}
