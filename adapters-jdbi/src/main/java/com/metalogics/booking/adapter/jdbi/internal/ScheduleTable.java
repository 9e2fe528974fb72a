package com.metalogics.booking.adapter.jdbi.internal;

import com.metalogics.booking.adapter.jdbi.internal.CatalogTable.Type;
import com.metalogics.booking.core.domain.CatalogKind;
import com.metalogics.booking.core.domain.Schedule;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code schedules}: the weekly ranges, overrides and blackouts are JSON. */
final class ScheduleTable extends CatalogTable<Schedule> {

  ScheduleTable() {
    super(
        CatalogKind.SCHEDULE,
        Schedule.class,
        "schedules",
        List.of(
            new Column("id", Type.TEXT),
            new Column("name", Type.TEXT),
            new Column("time_zone", Type.TEXT),
            new Column("weekly", Type.JSON),
            new Column("overrides", Type.JSON),
            new Column("blackouts", Type.JSON)));
  }

  @Override
  Map<String, Object> values(Schedule schedule) {
    Map<String, Object> values = new HashMap<>();
    values.put("id", schedule.id());
    values.put("name", schedule.name());
    values.put("time_zone", schedule.timeZone().getId());
    values.put("weekly", CatalogJson.weekly(schedule.weekly()));
    values.put("overrides", CatalogJson.overrides(schedule.overrides()));
    values.put("blackouts", CatalogJson.blackouts(schedule.blackouts()));
    return values;
  }

  @Override
  Schedule item(Values values) {
    return new Schedule(
        values.text("id"),
        values.text("name"),
        ZoneId.of(values.text("time_zone")),
        CatalogJson.weekly(values.text("weekly")),
        CatalogJson.overrides(values.text("overrides")),
        CatalogJson.blackouts(values.text("blackouts")));
  }
}
