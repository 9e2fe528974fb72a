package com.metalogics.booking.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.metalogics.booking.core.application.CatalogChecks;
import com.metalogics.booking.core.domain.Assignment;
import com.metalogics.booking.core.domain.BookingLimits;
import com.metalogics.booking.core.domain.EmailFrequencyLimit;
import com.metalogics.booking.core.domain.EventType;
import com.metalogics.booking.core.domain.FairnessPeriod;
import com.metalogics.booking.core.domain.ReminderChannel;
import com.metalogics.booking.core.domain.ReminderPlan;
import com.metalogics.booking.core.port.in.ManageCatalog;
import com.metalogics.booking.core.port.out.Stored;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * An event type as the admin API shows and takes it. Minutes are whole numbers; absent limits are
 * none, an absent {@code frequencyLimit} is the service's default, an absent {@code slotIncrement}
 * is the requested duration; {@code hostLimits} count each host of the pool on their own. Defaults
 * when absent: the smallest duration, no buffers or notice, 90 days ahead, {@code SINGLE}, active,
 * one e-mail reminder a day before ({@link ReminderFields}), a round-robin pool counted by the
 * month.
 */
final class EventTypeJson {

  static final int DEFAULT_MAX_ADVANCE_DAYS = 90;

  private EventTypeJson() {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record LimitsView(Integer perDay, Integer perWeek, Integer perMonth) {}

  record FrequencyView(int max, int windowDays) {}

  record EventTypeView(
      String slug,
      String title,
      String description,
      String location,
      List<Long> durations,
      long defaultDuration,
      Long slotIncrement,
      long bufferBefore,
      long bufferAfter,
      long minNoticeMinutes,
      int maxAdvanceDays,
      LimitsView limits,
      FrequencyView frequencyLimit,
      String assignment,
      List<String> hosts,
      String scheduleId,
      boolean active,
      List<ReminderFields.ReminderView> reminders,
      List<ReminderFields.CalendarReminderView> calendarReminders,
      LimitsView hostLimits,
      String fairnessPeriod,
      @JsonInclude(JsonInclude.Include.NON_NULL) Long version) {}

  /** What visitors see of an active type; whether it reminds by SMS, for the phone field. */
  record PublicView(
      String slug,
      String title,
      String description,
      String location,
      List<Long> durations,
      long defaultDuration,
      boolean smsReminders) {}

  /** A type read from a body, with the version a replacement names. */
  record Parsed(EventType type, OptionalLong version) {}

  static EventTypeView view(Stored<EventType> stored) {
    return view(stored.value(), stored.version());
  }

  static EventTypeView view(EventType t, Long version) {
    BookingLimits l = t.limits();
    BookingLimits h = t.hostLimits();
    return new EventTypeView(
        t.slug(),
        t.title(),
        t.description(),
        t.location(),
        minutes(t.durations()),
        t.defaultDuration().toMinutes(),
        t.slotIncrement().map(Duration::toMinutes).orElse(null),
        t.bufferBefore().toMinutes(),
        t.bufferAfter().toMinutes(),
        t.minNotice().toMinutes(),
        t.maxAdvanceDays(),
        new LimitsView(boxed(l.perDay()), boxed(l.perWeek()), boxed(l.perMonth())),
        t.frequencyLimit().map(f -> new FrequencyView(f.max(), f.windowDays())).orElse(null),
        t.assignment().name(),
        t.hostIds(),
        t.scheduleId().orElse(null),
        t.active(),
        ReminderFields.reminders(t.reminders()),
        ReminderFields.calendar(t.reminders()),
        new LimitsView(boxed(h.perDay()), boxed(h.perWeek()), boxed(h.perMonth())),
        t.fairnessPeriod().name(),
        version);
  }

  static PublicView publicView(EventType t) {
    return new PublicView(
        t.slug(),
        t.title(),
        t.description(),
        t.location(),
        minutes(t.durations()),
        t.defaultDuration().toMinutes(),
        t.reminders().sends(ReminderChannel.SMS));
  }

  static Parsed parse(JsonNode body, String slug, ManageCatalog catalog) {
    CatalogFields f = new CatalogFields();
    f.key(body, "slug", slug);
    String title = f.requiredText(body, "title", "title");
    String description = f.text(body, "description", "description").orElse("");
    String location = f.text(body, "location", "location").orElse("");
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
        f.integer(body, "maxAdvanceDays", "maxAdvanceDays").orElse(DEFAULT_MAX_ADVANCE_DAYS);
    BookingLimits limits = limits(f, body, "limits");
    BookingLimits hostLimits = limits(f, body, "hostLimits");
    Optional<EmailFrequencyLimit> frequency = frequency(f, body);
    Optional<Assignment> assignment = assignment(f, body);
    FairnessPeriod fairness = fairnessPeriod(f, body);
    List<String> hosts = hosts(f, body);
    Optional<String> scheduleId =
        f.text(body, "scheduleId", "scheduleId").filter(id -> !id.isBlank());
    boolean active = f.bool(body, "active", "active").orElse(true);
    ReminderPlan reminders = ReminderFields.parse(f, body);
    OptionalLong version = f.version(body);
    EventType type =
        f.build(
            () ->
                new EventType(
                    slug,
                    title,
                    description,
                    location,
                    listed,
                    defaultDuration,
                    increment,
                    before,
                    after,
                    notice,
                    advance,
                    limits,
                    frequency,
                    assignment.orElse(Assignment.SINGLE),
                    hosts,
                    scheduleId,
                    active,
                    reminders,
                    hostLimits,
                    fairness),
            () -> CatalogChecks.ofEventType(catalog, scheduleId, hosts));
    return new Parsed(type, version);
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

  private static BookingLimits limits(CatalogFields f, JsonNode body, String field) {
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

  private static List<Long> minutes(List<Duration> durations) {
    return durations.stream().map(Duration::toMinutes).toList();
  }

  private static Integer boxed(OptionalInt value) {
    return value.isPresent() ? value.getAsInt() : null;
  }
}
