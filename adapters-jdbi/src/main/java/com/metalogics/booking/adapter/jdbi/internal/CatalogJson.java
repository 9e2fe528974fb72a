package com.metalogics.booking.adapter.jdbi.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.metalogics.booking.core.domain.Blackout;
import com.metalogics.booking.core.domain.BookingLimits;
import com.metalogics.booking.core.domain.DateOverride;
import com.metalogics.booking.core.domain.EmailFrequencyLimit;
import com.metalogics.booking.core.domain.TimeRange;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The JSON text of the catalog's nested structures, named as the admin API names them: local times
 * {@code "HH:mm"}, dates {@code "YYYY-MM-DD"}, minutes as integers. The records here are the stored
 * shape; the domain never sees them.
 */
final class CatalogJson {

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .serializationInclusion(JsonInclude.Include.NON_NULL)
          .build();

  private CatalogJson() {}

  record Range(String from, String to) {}

  record OverrideJson(LocalDate date, List<Range> ranges) {}

  record BlackoutJson(LocalDate from, LocalDate to, String reason) {}

  record LimitsJson(Integer perDay, Integer perWeek, Integer perMonth) {}

  record FrequencyJson(int max, int windowDays) {}

  static String weekly(Map<DayOfWeek, List<TimeRange>> weekly) {
    Map<DayOfWeek, List<Range>> days = new LinkedHashMap<>();
    weekly.forEach((day, ranges) -> days.put(day, ranges(ranges)));
    return write(days);
  }

  static Map<DayOfWeek, List<TimeRange>> weekly(String json) {
    Map<DayOfWeek, List<Range>> days = read(json, new TypeReference<>() {});
    Map<DayOfWeek, List<TimeRange>> weekly = new EnumMap<>(DayOfWeek.class);
    days.forEach((day, ranges) -> weekly.put(day, timeRanges(ranges)));
    return weekly;
  }

  static String overrides(List<DateOverride> overrides) {
    return write(
        overrides.stream().map(o -> new OverrideJson(o.date(), ranges(o.ranges()))).toList());
  }

  static List<DateOverride> overrides(String json) {
    List<OverrideJson> overrides = read(json, new TypeReference<>() {});
    return overrides.stream().map(o -> new DateOverride(o.date(), timeRanges(o.ranges()))).toList();
  }

  static String blackouts(List<Blackout> blackouts) {
    return write(
        blackouts.stream().map(b -> new BlackoutJson(b.from(), b.to(), b.reason())).toList());
  }

  static List<Blackout> blackouts(String json) {
    List<BlackoutJson> blackouts = read(json, new TypeReference<>() {});
    return blackouts.stream().map(b -> new Blackout(b.from(), b.to(), b.reason())).toList();
  }

  static String minutes(List<Duration> durations) {
    return write(durations.stream().map(Duration::toMinutes).toList());
  }

  static List<Duration> minutes(String json) {
    List<Long> minutes = read(json, new TypeReference<>() {});
    return minutes.stream().map(Duration::ofMinutes).toList();
  }

  static String limits(BookingLimits limits) {
    return write(
        new LimitsJson(boxed(limits.perDay()), boxed(limits.perWeek()), boxed(limits.perMonth())));
  }

  static BookingLimits limits(String json) {
    LimitsJson limits = read(json, new TypeReference<>() {});
    return new BookingLimits(
        unboxed(limits.perDay()), unboxed(limits.perWeek()), unboxed(limits.perMonth()));
  }

  static String frequency(EmailFrequencyLimit limit) {
    return write(new FrequencyJson(limit.max(), limit.windowDays()));
  }

  static EmailFrequencyLimit frequency(String json) {
    FrequencyJson f = read(json, new TypeReference<>() {});
    return new EmailFrequencyLimit(f.max(), f.windowDays());
  }

  static String strings(List<String> values) {
    return write(values);
  }

  static List<String> strings(String json) {
    return read(json, new TypeReference<List<String>>() {});
  }

  static ObjectNode newObject() {
    return MAPPER.createObjectNode();
  }

  /** A stored JSON text as a tree, to embed in a larger document. */
  static JsonNode tree(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw unreadable(e);
    }
  }

  static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A catalog structure could not be written as JSON", e);
    }
  }

  static <T> T read(String json, TypeReference<T> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw unreadable(e);
    }
  }

  /** Without Jackson's message or cause: they quote the text it failed on (an e-mail, a name). */
  private static IllegalStateException unreadable(JsonProcessingException e) {
    String where =
        e.getLocation() == null
            ? "an unknown place"
            : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
    return new IllegalStateException("Stored catalog JSON is unreadable at " + where);
  }

  private static List<Range> ranges(List<TimeRange> ranges) {
    return ranges.stream().map(r -> new Range(r.from(), r.to())).toList();
  }

  private static List<TimeRange> timeRanges(List<Range> ranges) {
    return ranges.stream().map(r -> TimeRange.parse(r.from(), r.to())).toList();
  }

  private static Integer boxed(OptionalInt value) {
    return value.isPresent() ? value.getAsInt() : null;
  }

  private static OptionalInt unboxed(Integer value) {
    return value == null ? OptionalInt.empty() : OptionalInt.of(value);
  }
}
