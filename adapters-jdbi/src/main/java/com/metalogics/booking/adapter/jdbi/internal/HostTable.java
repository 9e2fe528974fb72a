package com.metalogics.booking.adapter.jdbi.internal;

import com.metalogics.booking.adapter.jdbi.internal.CatalogTable.Type;
import com.metalogics.booking.core.domain.CatalogKind;
import com.metalogics.booking.core.domain.Host;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code hosts}: one column per field. */
final class HostTable extends CatalogTable<Host> {

  HostTable() {
    super(
        CatalogKind.HOST,
        Host.class,
        "hosts",
        List.of(
            new Column("id", Type.TEXT),
            new Column("name", Type.TEXT),
            new Column("email", Type.TEXT),
            new Column("time_zone", Type.TEXT),
            new Column("schedule_id", Type.TEXT),
            new Column("calendar_id", Type.TEXT),
            new Column("active", Type.FLAG),
            new Column("weight", Type.NUMBER),
            new Column("priority", Type.NUMBER),
            new Column("hubspot_owner_id", Type.TEXT)));
  }

  @Override
  Map<String, Object> values(Host host) {
    Map<String, Object> values = new HashMap<>();
    values.put("id", host.id());
    values.put("name", host.name());
    values.put("email", host.email());
    values.put("time_zone", host.timeZone().getId());
    values.put("schedule_id", host.scheduleId());
    values.put("calendar_id", host.calendarId().orElse(null));
    values.put("active", host.active());
    values.put("weight", host.weight());
    values.put("priority", host.priority());
    values.put("hubspot_owner_id", host.hubspotOwnerId().orElse(null));
    return values;
  }

  @Override
  Host item(Values values) {
    return new Host(
        values.text("id"),
        values.text("name"),
        values.text("email"),
        ZoneId.of(values.text("time_zone")),
        values.text("schedule_id"),
        values.optionalText("calendar_id"),
        values.flag("active"),
        values.number("weight"),
        values.number("priority"),
        values.optionalText("hubspot_owner_id"));
  }
}
