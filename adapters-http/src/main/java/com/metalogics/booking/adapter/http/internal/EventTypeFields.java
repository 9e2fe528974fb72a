package com.metalogics.booking.adapter.http.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.metalogics.booking.core.domain.Assignment;
import com.metalogics.booking.core.domain.BookingLimits;
import com.metalogics.booking.core.domain.EmailFrequencyLimit;
import com.metalogics.booking.core.domain.FairnessPeriod;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The fields of an event type's body, read in groups that {@link EventTypeJson#parse} takes in
 * turn: the problems are reported in the order the fields are read.
 */
final class EventTypeFields {

  private EventTypeFields() {}

  record Labels(String slug, String title, String description, String location) {}

  /** The lengths offered and when they may be booked. */
  record Timing(
      List<Duration> durations,
      Duration defaultDuration,
      Optional<Duration> slotIncrement,
      Duration bufferBefore,
      Duration bufferAfter,
      Duration minNotice,
      int maxAdvanceDays) {}

  record Limits(
      BookingLimits limits,
      BookingLimits hostLimits,
      Optional<EmailFrequencyLimit> frequencyLimit) {}

  /** Who hosts the type and from which schedule. */
  record Hosting(
      Optional<Assignment> assignment,
      FairnessPeriod fairnessPeriod,
      List<String> hostIds,
      Optional<String> scheduleId) {}

  /** The slug of the path, checked against the body's, and the texts. */
  static Labels labels(CatalogFields f, JsonNode body, String slug) {
    f.key(body, "slug", slug);
    String title = f.requiredText(body, "title", "title");
    String description = f.text(body, "description", "description").orElse("");
    String location = f.text(body, "location", "location").orElse("");
    return new Labels(slug, title, description, location);
  }

  static Timing timing(CatalogFields f, JsonNode body) {
    Optional<List<Duration>> durations = durations(f, body);
    Duration smallest =
        durations.orElse(List.of()).stream()
            .min(Duration::compareTo)
            .orElse(Duration.ofMinutes(30));
    Duration defaultDuration = minutes(f, body, "defaultDuration").orElse(smallest);
    // Unreadable durations stand in as the default alone: the type adds no false problems.
    List<Duration> listed = durations.orElse(List.of(defaultDuration));
    Optional<Duration> increment = minutes(f, body, "slotIncrement");
    Duration before = minutes(f, body, "bufferBefore").orElse(Duration.ZERO);
    Duration after = minutes(f, body, "bufferAfter").orElse(Duration.ZERO);
    Duration notice = minutes(f, body, "minNoticeMinutes").orElse(Duration.ZERO);
    int advance =
        f.integer(body, "maxAdvanceDays", "maxAdvanceDays")
            .orElse(EventTypeJson.DEFAULT_MAX_ADVANCE_DAYS);
    return new Timing(listed, defaultDuration, increment, before, after, notice, advance);
  }

  static Limits limits(CatalogFields f, JsonNode body) {
    BookingLimits limits = bookingLimits(f, body, "limits");
    BookingLimits hostLimits = bookingLimits(f, body, "hostLimits");
    return new Limits(limits, hostLimits, frequency(f, body));
  }

  static Hosting hosting(CatalogFields f, JsonNode body) {
    Optional<Assignment> assignment = assignment(f, body);
    FairnessPeriod fairness = fairnessPeriod(f, body);
    List<String> hosts = hosts(f, body);
    Optional<String> scheduleId =
        f.text(body, "scheduleId", "scheduleId").filter(id -> !id.isBlank());
    return new Hosting(assignment, fairness, hosts, scheduleId);
  }

  /** Empty when missing or unreadable, which is reported. */
  private static Optional<List<Duration>> durations(CatalogFields f, JsonNode body) {
    Optional<List<JsonNode>> elements = f.array(body, "durations", "durations");
    if (elements.isEmpty()) {
      if (!f.has("durations")) {
        f.problem("durations", "is required");
      }
      return Optional.empty();
    }
    List<Duration> out = new ArrayList<>();
    boolean readable = true;
    for (int i = 0; i < elements.get().size(); i++) {
      JsonNode node = elements.get().get(i);
      if (node.isIntegralNumber() && node.canConvertToInt()) {
        out.add(Duration.ofMinutes(node.intValue()));
      } else {
        f.problem("durations[" + i + "]", "must be a whole number");
        readable = false;
      }
    }
    return readable ? Optional.of(out) : Optional.empty();
  }

  private static Optional<Duration> minutes(CatalogFields f, JsonNode body, String name) {
    return f.integer(body, name, name).map(Duration::ofMinutes);
  }

  private static BookingLimits bookingLimits(CatalogFields f, JsonNode body, String field) {
    Optional<JsonNode> node = f.object(body, field, field);
    return new BookingLimits(
        limit(f, node, field, "perDay"),
        limit(f, node, field, "perWeek"),
        limit(f, node, field, "perMonth"));
  }

  private static OptionalInt limit(
      CatalogFields f, Optional<JsonNode> limits, String field, String name) {
    Optional<Integer> value = f.integer(limits.orElse(null), name, field + "." + name);
    return value.map(OptionalInt::of).orElse(OptionalInt.empty());
  }

  private static Optional<EmailFrequencyLimit> frequency(CatalogFields f, JsonNode body) {
    Optional<JsonNode> node = f.object(body, "frequencyLimit", "frequencyLimit");
    if (node.isEmpty()) {
      return Optional.empty();
    }
    Optional<Integer> max = f.integer(node.get(), "max", "frequencyLimit.max");
    Optional<Integer> window = f.integer(node.get(), "windowDays", "frequencyLimit.windowDays");
    if (max.isEmpty() && !f.has("frequencyLimit.max")) {
      f.problem("frequencyLimit.max", "is required");
    }
    if (window.isEmpty() && !f.has("frequencyLimit.windowDays")) {
      f.problem("frequencyLimit.windowDays", "is required");
    }
    return Optional.of(new EmailFrequencyLimit(max.orElse(1), window.orElse(1)));
  }

  private static Optional<Assignment> assignment(CatalogFields f, JsonNode body) {
    Optional<String> text = f.text(body, "assignment", "assignment");
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Optional<Assignment> assignment =
        Arrays.stream(Assignment.values()).filter(a -> a.name().equals(text.get())).findFirst();
    if (assignment.isEmpty()) {
      f.problem("assignment", "must be one of " + Arrays.toString(Assignment.values()));
    }
    return assignment;
  }

  /** {@code MONTH} when absent; a problem when it names no period. */
  private static FairnessPeriod fairnessPeriod(CatalogFields f, JsonNode body) {
    String name = f.text(body, "fairnessPeriod", "fairnessPeriod").orElse("MONTH");
    Optional<FairnessPeriod> period =
        Arrays.stream(FairnessPeriod.values()).filter(p -> p.name().equals(name)).findFirst();
    if (period.isEmpty()) {
      f.problem("fairnessPeriod", "must be one of " + Arrays.toString(FairnessPeriod.values()));
    }
    return period.orElse(FairnessPeriod.MONTH);
  }

  /** Host ids; an unreadable one keeps its place under a stand-in, so later paths stay right. */
  private static List<String> hosts(CatalogFields f, JsonNode body) {
    Optional<List<JsonNode>> elements = f.array(body, "hosts", "hosts");
    if (elements.isEmpty() && !f.has("hosts")) {
      f.problem("hosts", "is required");
    }
    List<String> out = new ArrayList<>();
    List<JsonNode> nodes = elements.orElse(List.of());
    for (int i = 0; i < nodes.size(); i++) {
      if (nodes.get(i).isTextual()) {
        out.add(nodes.get(i).textValue());
      } else {
        f.problem("hosts[" + i + "]", "must be a string");
        out.add("unreadable-" + i);
      }
    }
    return out;
  }
}
