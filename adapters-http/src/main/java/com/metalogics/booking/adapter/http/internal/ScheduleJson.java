package com.metalogics.booking.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.metalogics.booking.core.domain.Blackout;
import com.metalogics.booking.core.domain.DateOverride;
import com.metalogics.booking.core.domain.Schedule;
import com.metalogics.booking.core.domain.TimeRange;
import com.metalogics.booking.core.domain.ValidationException;
import com.metalogics.booking.core.port.out.Stored;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A schedule as the admin API shows and takes it: {@code {id, name, timeZone, weekly: {"MONDAY":
 * [{from, to}]}, overrides: [{date, ranges}], blackouts: [{from, to, reason}], version}}.
 */
final class ScheduleJson {

  private ScheduleJson() {}

  record RangeView(String from, String to) {}

  record OverrideView(LocalDate date, List<RangeView> ranges) {}

  record BlackoutView(LocalDate from, LocalDate to, String reason) {}

  /** Every weekday is listed, Monday first; a closed one with no ranges. */
  record ScheduleView(
      String id,
      String name,
      String timeZone,
      Map<String, List<RangeView>> weekly,
      List<OverrideView> overrides,
      List<BlackoutView> blackouts,
      @JsonInclude(JsonInclude.Include.NON_NULL) Long version) {}

  /** A schedule read from a body, with the version a replacement names. */
  record Parsed(Schedule schedule, OptionalLong version) {}

  static ScheduleView view(Stored<Schedule> stored) {
    return view(stored.value(), stored.version());
  }

  static ScheduleView view(Schedule s, Long version) {
    Map<String, List<RangeView>> weekly = new LinkedHashMap<>();
    s.weekly().forEach((day, ranges) -> weekly.put(day.name(), ranges(ranges)));
    return new ScheduleView(
        s.id(),
        s.name(),
        s.timeZone().getId(),
        weekly,
        s.overrides().stream().map(o -> new OverrideView(o.date(), ranges(o.ranges()))).toList(),
        s.blackouts().stream().map(b -> new BlackoutView(b.from(), b.to(), b.reason())).toList(),
        version);
  }

  static Parsed parse(JsonNode body, String id) {
    CatalogFields f = new CatalogFields();
    f.key(body, "id", id);
    String name = f.requiredText(body, "name", "name");
    var zone = f.zone(body, "timeZone", "timeZone");
    Map<DayOfWeek, List<TimeRange>> weekly = weekly(f, body);
    List<DateOverride> overrides = overrides(f, body);
    List<Blackout> blackouts = blackouts(f, body);
    OptionalLong version = f.version(body);
    Schedule schedule =
        f.build(
            () -> new Schedule(id, name, zone.orElse(ZoneOffset.UTC), weekly, overrides, blackouts),
            Map::of);
    return new Parsed(schedule, version);
  }

  private static List<RangeView> ranges(List<TimeRange> ranges) {
    return ranges.stream().map(r -> new RangeView(r.from(), r.to())).toList();
  }

  private static Map<DayOfWeek, List<TimeRange>> weekly(CatalogFields f, JsonNode body) {
    Map<DayOfWeek, List<TimeRange>> weekly = new EnumMap<>(DayOfWeek.class);
    Optional<JsonNode> node = f.object(body, "weekly", "weekly");
    if (node.isEmpty()) {
      return weekly;
    }
    node.get()
        .properties()
        .forEach(
            entry -> {
              String path = "weekly." + entry.getKey();
              Optional<DayOfWeek> day = dayOf(entry.getKey());
              if (day.isEmpty()) {
                f.problem(path, "is not a day of the week (MONDAY ... SUNDAY)");
              } else {
                weekly.put(day.get(), ranges(f, node.get(), entry.getKey(), path));
              }
            });
    return weekly;
  }

  private static Optional<DayOfWeek> dayOf(String name) {
    for (DayOfWeek day : DayOfWeek.values()) {
      if (day.name().equals(name)) {
        return Optional.of(day);
      }
    }
    return Optional.empty();
  }

  /**
   * The ranges of one list; none when any is unreadable, so the schedule adds no false problems.
   */
  private static List<TimeRange> ranges(
      CatalogFields f, JsonNode parent, String name, String path) {
    List<TimeRange> out = new ArrayList<>();
    boolean readable = true;
    List<JsonNode> elements = f.array(parent, name, path).orElse(List.of());
    for (int i = 0; i < elements.size(); i++) {
      String at = path + "[" + i + "]";
      JsonNode element = elements.get(i);
      Optional<String> from = f.text(element, "from", at + ".from");
      Optional<String> to = f.text(element, "to", at + ".to");
      try {
        out.add(TimeRange.parse(from.orElse(""), to.orElse("")));
      } catch (ValidationException e) {
        e.fieldErrors().forEach((field, problem) -> f.problem(at + "." + field, problem));
        readable = false;
      }
    }
    return readable ? out : List.of();
  }

  private static List<DateOverride> overrides(CatalogFields f, JsonNode body) {
    List<DateOverride> out = new ArrayList<>();
    List<JsonNode> elements = f.array(body, "overrides", "overrides").orElse(List.of());
    for (int i = 0; i < elements.size(); i++) {
      String at = "overrides[" + i + "]";
      Optional<LocalDate> date = f.date(elements.get(i), "date", at + ".date");
      List<TimeRange> ranges = ranges(f, elements.get(i), "ranges", at + ".ranges");
      // An unreadable date still takes a place, so the later overrides keep their paths.
      out.add(new DateOverride(date.orElse(LocalDate.EPOCH.plusDays(i)), ranges));
    }
    return out;
  }

  private static List<Blackout> blackouts(CatalogFields f, JsonNode body) {
    List<Blackout> out = new ArrayList<>();
    List<JsonNode> elements = f.array(body, "blackouts", "blackouts").orElse(List.of());
    for (int i = 0; i < elements.size(); i++) {
      String at = "blackouts[" + i + "]";
      JsonNode element = elements.get(i);
      Optional<LocalDate> from = f.date(element, "from", at + ".from");
      Optional<LocalDate> to = f.date(element, "to", at + ".to");
      String reason = f.requiredText(element, "reason", at + ".reason");
      // An unreadable end stands in for its other end: the schedule adds no false problems.
      LocalDate start = from.or(() -> to).orElse(LocalDate.EPOCH);
      out.add(new Blackout(start, to.orElse(start), reason));
    }
    return out;
  }
}
