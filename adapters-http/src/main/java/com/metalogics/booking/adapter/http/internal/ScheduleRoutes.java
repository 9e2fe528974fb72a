package com.metalogics.booking.adapter.http.internal;

import com.metalogics.booking.core.domain.Blackout;
import com.metalogics.booking.core.domain.Schedule;
import com.metalogics.booking.core.port.in.ManageCatalog;
import com.metalogics.booking.core.port.out.Stored;
import io.javalin.http.Context;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The admin's schedules: list, read, create or replace, and blackouts from an iCalendar file. */
public final class ScheduleRoutes {

  private static final Logger log = LoggerFactory.getLogger(ScheduleRoutes.class);
  private static final String CALENDAR = "text/calendar";

  private final ManageCatalog catalog;
  private final JsonBody body;

  public ScheduleRoutes(ManageCatalog catalog, JsonBody body) {
    this.catalog = catalog;
    this.body = body;
  }

  record ImportResult(ScheduleJson.ScheduleView schedule, int events) {}

  public void list(Context ctx) {
    Envelope.ok(ctx, catalog.schedules().stream().map(ScheduleJson::view).toList());
  }

  public void get(Context ctx) {
    Envelope.ok(ctx, ScheduleJson.view(catalog.schedule(id(ctx))));
  }

  public void put(Context ctx) {
    String id = id(ctx);
    ScheduleJson.Parsed parsed = ScheduleJson.parse(body.required(ctx), id);
    Stored<Schedule> saved =
        catalog.saveSchedule(parsed.schedule(), parsed.version(), Auth.ADMIN_ACTOR);
    log.info("schedule {} saved, version {}", id, saved.version());
    Envelope.send(ctx, parsed.version().isEmpty() ? 201 : 200, ScheduleJson.view(saved));
  }

  public void importBlackouts(Context ctx) {
    String id = id(ctx);
    Schedule schedule = catalog.schedule(id).value();
    List<Blackout> blackouts = BlackoutImport.parse(body.text(ctx, CALENDAR), schedule.timeZone());
    Stored<Schedule> saved = catalog.addBlackouts(id, blackouts, Auth.ADMIN_ACTOR);
    log.info("schedule {}: {} events imported as blackouts", id, blackouts.size());
    Envelope.ok(ctx, new ImportResult(ScheduleJson.view(saved), blackouts.size()));
  }

  private static String id(Context ctx) {
    return CatalogFields.pathKey(ctx.pathParam("id"), "id");
  }
}
