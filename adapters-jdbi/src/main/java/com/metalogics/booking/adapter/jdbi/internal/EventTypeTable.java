package com.metalogics.booking.adapter.jdbi.internal;

import com.metalogics.booking.adapter.jdbi.internal.CatalogTable.Type;
import com.metalogics.booking.core.domain.Assignment;
import com.metalogics.booking.core.domain.BookingLimits;
import com.metalogics.booking.core.domain.CatalogKind;
import com.metalogics.booking.core.domain.EventType;
import com.metalogics.booking.core.domain.FairnessPeriod;
import com.metalogics.booking.core.domain.ReminderPlan;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code event_types}: lengths in whole minutes; durations, limits (of the type and per host) and
 * hosts are JSON.
 */
final class EventTypeTable extends CatalogTable<EventType> {

  EventTypeTable() {
    super(
        CatalogKind.EVENT_TYPE,
        EventType.class,
        "event_types",
        List.of(
            new Column("slug", Type.TEXT),
            new Column("title", Type.TEXT),
            new Column("description", Type.TEXT),
            new Column("location", Type.TEXT),
            new Column("durations_minutes", Type.JSON),
            new Column("default_duration_minutes", Type.NUMBER),
            new Column("slot_increment_minutes", Type.NUMBER),
            new Column("buffer_before_minutes", Type.NUMBER),
            new Column("buffer_after_minutes", Type.NUMBER),
            new Column("min_notice_minutes", Type.NUMBER),
            new Column("max_advance_days", Type.NUMBER),
            new Column("limits", Type.JSON),
            new Column("frequency_limit", Type.JSON),
            new Column("assignment", Type.TEXT),
            new Column("host_ids", Type.JSON),
            new Column("schedule_id", Type.TEXT),
            new Column("active", Type.FLAG),
            new Column("reminders", Type.JSON),
            new Column("calendar_reminders", Type.JSON),
            new Column("host_limits", Type.JSON),
            new Column("fairness_period", Type.TEXT)));
  }

  @Override
  Map<String, Object> values(EventType type) {
    Map<String, Object> values = new HashMap<>();
    values.put("slug", type.slug());
    values.put("title", type.title());
    values.put("description", type.description());
    values.put("location", type.location());
    values.put("durations_minutes", CatalogJson.minutes(type.durations()));
    values.put("default_duration_minutes", minutes(type.defaultDuration()));
    values.put(
        "slot_increment_minutes", type.slotIncrement().map(EventTypeTable::minutes).orElse(null));
    values.put("buffer_before_minutes", minutes(type.bufferBefore()));
    values.put("buffer_after_minutes", minutes(type.bufferAfter()));
    values.put("min_notice_minutes", minutes(type.minNotice()));
    values.put("max_advance_days", type.maxAdvanceDays());
    values.put("limits", CatalogJson.limits(type.limits()));
    values.put("frequency_limit", type.frequencyLimit().map(CatalogJson::frequency).orElse(null));
    values.put("assignment", type.assignment().name());
    values.put("host_ids", CatalogJson.strings(type.hostIds()));
    values.put("schedule_id", type.scheduleId().orElse(null));
    values.put("active", type.active());
    values.put("reminders", ReminderJson.reminders(type.reminders().attendee()));
    values.put("calendar_reminders", ReminderJson.calendar(type.reminders().calendar()));
    values.put("host_limits", CatalogJson.limits(type.hostLimits()));
    values.put("fairness_period", type.fairnessPeriod().name());
    return values;
  }

  @Override
  EventType item(Values values) {
    Optional<Duration> increment =
        values.optionalNumber("slot_increment_minutes").stream()
            .mapToObj(Duration::ofMinutes)
            .findFirst();
    return new EventType(
        values.text("slug"),
        values.text("title"),
        values.text("description"),
        values.text("location"),
        CatalogJson.minutes(values.text("durations_minutes")),
        Duration.ofMinutes(values.number("default_duration_minutes")),
        increment,
        Duration.ofMinutes(values.number("buffer_before_minutes")),
        Duration.ofMinutes(values.number("buffer_after_minutes")),
        Duration.ofMinutes(values.number("min_notice_minutes")),
        values.number("max_advance_days"),
        CatalogJson.limits(values.text("limits")),
        values.optionalText("frequency_limit").map(CatalogJson::frequency),
        Assignment.valueOf(values.text("assignment")),
        CatalogJson.strings(values.text("host_ids")),
        values.optionalText("schedule_id"),
        values.flag("active"),
        reminders(values),
        values.optionalText("host_limits").map(CatalogJson::limits).orElse(BookingLimits.none()),
        values
            .optionalText("fairness_period")
            .map(FairnessPeriod::valueOf)
            .orElse(FairnessPeriod.MONTH));
  }

  /** Audit documents written before reminders existed hold the default. */
  private static ReminderPlan reminders(Values values) {
    return new ReminderPlan(
        values
            .optionalText("reminders")
            .map(ReminderJson::reminders)
            .orElse(ReminderPlan.DEFAULT.attendee()),
        values.optionalText("calendar_reminders").map(ReminderJson::calendar).orElse(List.of()));
  }

  /** Validated as whole minutes of at most a few years: an int holds them. */
  private static Integer minutes(Duration duration) {
    return Math.toIntExact(duration.toMinutes());
  }
}
