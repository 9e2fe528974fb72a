package com.metalogics.booking.core.application;

import com.metalogics.booking.core.domain.CatalogItem;
import com.metalogics.booking.core.domain.DateOverride;
import com.metalogics.booking.core.domain.Schedule;
import com.metalogics.booking.core.domain.TimeRange;
import com.metalogics.booking.core.port.in.ManageCatalog;
import com.metalogics.booking.core.port.out.Stored;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a save checks beyond the item's own fields: the schedules and hosts it names exist, and the
 * engine can serve it. Problems are keyed by the admin API's field paths. Public so that an adapter
 * that found problems in the fields themselves can name these with them, all at once.
 */
public final class CatalogChecks {

  private CatalogChecks() {}

  /** A host's schedule must exist. */
  public static Map<String, String> ofHost(ManageCatalog catalog, String scheduleId) {
    Map<String, String> problems = new LinkedHashMap<>();
    if (!ids(catalog.schedules()).contains(scheduleId)) {
      problems.put("scheduleId", unknown("schedule", scheduleId));
    }
    return problems;
  }

  /** An event type's schedule and hosts must exist. */
  public static Map<String, String> ofEventType(
      ManageCatalog catalog, Optional<String> scheduleId, List<String> hostIds) {
    Map<String, String> problems = new LinkedHashMap<>();
    if (scheduleId.isPresent() && !ids(catalog.schedules()).contains(scheduleId.get())) {
      problems.put("scheduleId", unknown("schedule", scheduleId.get()));
    }
    Set<String> hosts = ids(catalog.hosts());
    for (int i = 0; i < hostIds.size(); i++) {
      if (!hosts.contains(hostIds.get(i))) {
        problems.put("hosts[" + i + "]", unknown("host", hostIds.get(i)));
      }
    }
    return problems;
  }

  /**
   * Every duration must fit into some open stretch of each schedule (touching ranges join), or the
   * type could never offer it.
   */
  static Map<String, String> durationsFit(List<Duration> durations, List<Schedule> schedules) {
    Map<String, String> problems = new LinkedHashMap<>();
    for (Schedule schedule : schedules) {
      long longest = longestStretchMinutes(schedule);
      for (int i = 0; i < durations.size(); i++) {
        if (durations.get(i).toMinutes() > longest) {
          problems.putIfAbsent(
              "durations[" + i + "]",
              "is longer than any open range of schedule '" + schedule.id() + "'");
        }
      }
    }
    return problems;
  }

  private static long longestStretchMinutes(Schedule schedule) {
    long longest = 0;
    for (List<TimeRange> ranges : schedule.weekly().values()) {
      longest = Math.max(longest, longestStretch(ranges));
    }
    for (DateOverride override : schedule.overrides()) {
      longest = Math.max(longest, longestStretch(override.ranges()));
    }
    return longest;
  }

  /** Ranges come sorted from the schedule. */
  private static long longestStretch(List<TimeRange> ranges) {
    long longest = 0;
    int from = -1;
    int to = -1;
    for (TimeRange range : ranges) {
      if (range.fromMinute() != to) {
        from = range.fromMinute();
      }
      to = range.toMinute();
      longest = Math.max(longest, to - from);
    }
    return longest;
  }

  private static String unknown(String kind, String id) {
    return "no " + kind + " '" + id + "'";
  }

  private static <T extends CatalogItem> Set<String> ids(List<Stored<T>> items) {
    return items.stream().map(s -> s.value().key()).collect(Collectors.toSet());
  }
}
