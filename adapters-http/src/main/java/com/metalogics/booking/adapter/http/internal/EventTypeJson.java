package com.metalogics.booking.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.metalogics.booking.core.application.CatalogChecks;
import com.metalogics.booking.core.domain.Assignment;
import com.metalogics.booking.core.domain.BookingLimits;
import com.metalogics.booking.core.domain.EventType;
import com.metalogics.booking.core.domain.ReminderChannel;
import com.metalogics.booking.core.domain.ReminderPlan;
import com.metalogics.booking.core.port.in.ManageCatalog;
import com.metalogics.booking.core.port.out.Stored;
import java.time.Duration;
import java.util.List;
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
    EventTypeFields.Labels labels = EventTypeFields.labels(f, body, slug);
    EventTypeFields.Timing timing = EventTypeFields.timing(f, body);
    EventTypeFields.Limits limits = EventTypeFields.limits(f, body);
    EventTypeFields.Hosting hosting = EventTypeFields.hosting(f, body);
    boolean active = f.bool(body, "active", "active").orElse(true);
    ReminderPlan reminders = ReminderFields.parse(f, body);
    OptionalLong version = f.version(body);
    EventType type =
        f.build(
            () -> eventType(labels, timing, limits, hosting, active, reminders),
            () -> CatalogChecks.ofEventType(catalog, hosting.scheduleId(), hosting.hostIds()));
    return new Parsed(type, version);
  }

  private static EventType eventType(
      EventTypeFields.Labels labels,
      EventTypeFields.Timing timing,
      EventTypeFields.Limits limits,
      EventTypeFields.Hosting hosting,
      boolean active,
      ReminderPlan reminders) {
    return new EventType(
        labels.slug(),
        labels.title(),
        labels.description(),
        labels.location(),
        timing.durations(),
        timing.defaultDuration(),
        timing.slotIncrement(),
        timing.bufferBefore(),
        timing.bufferAfter(),
        timing.minNotice(),
        timing.maxAdvanceDays(),
        limits.limits(),
        limits.frequencyLimit(),
        hosting.assignment().orElse(Assignment.SINGLE),
        hosting.hostIds(),
        hosting.scheduleId(),
        active,
        reminders,
        limits.hostLimits(),
        hosting.fairnessPeriod());
  }

  private static List<Long> minutes(List<Duration> durations) {
    return durations.stream().map(Duration::toMinutes).toList();
  }

  private static Integer boxed(OptionalInt value) {
    return value.isPresent() ? value.getAsInt() : null;
  }
}
