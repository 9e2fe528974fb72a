package com.metalogics.booking.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.metalogics.booking.core.application.CatalogChecks;
import com.metalogics.booking.core.domain.Host;
import com.metalogics.booking.core.port.in.ManageCatalog;
import com.metalogics.booking.core.port.out.Stored;
import java.time.ZoneOffset;
import java.util.OptionalLong;

/**
 * A host as the admin API shows and takes it: {@code {id, name, email, timeZone, scheduleId,
 * calendarId, active, weight, priority, hubspotOwnerId, version}}; {@code active} defaults to true,
 * {@code weight} to 1 and {@code priority} to 0; {@code hubspotOwnerId} is optional.
 */
final class HostJson {

  private HostJson() {}

  record HostView(
      String id,
      String name,
      String email,
      String timeZone,
      String scheduleId,
      String calendarId,
      boolean active,
      int weight,
      int priority,
      @JsonInclude(JsonInclude.Include.NON_NULL) String hubspotOwnerId,
      @JsonInclude(JsonInclude.Include.NON_NULL) Long version) {}

  /** A host read from a body, with the version a replacement names. */
  record Parsed(Host host, OptionalLong version) {}

  /** What a booking answer says of its host. */
  record HostRef(String id, String name) {}

  static HostView view(Stored<Host> stored) {
    return view(stored.value(), stored.version());
  }

  static HostView view(Host h, Long version) {
    return new HostView(
        h.id(),
        h.name(),
        h.email(),
        h.timeZone().getId(),
        h.scheduleId(),
        h.calendarId().orElse(null),
        h.active(),
        h.weight(),
        h.priority(),
        h.hubspotOwnerId().orElse(null),
        version);
  }

  static Parsed parse(JsonNode body, String id, ManageCatalog catalog) {
    CatalogFields f = new CatalogFields();
    f.key(body, "id", id);
    String name = f.requiredText(body, "name", "name");
    String email = f.requiredText(body, "email", "email");
    var zone = f.zone(body, "timeZone", "timeZone");
    String scheduleId = f.requiredText(body, "scheduleId", "scheduleId");
    var calendarId = f.text(body, "calendarId", "calendarId").filter(c -> !c.isBlank());
    boolean active = f.bool(body, "active", "active").orElse(true);
    int weight = f.integer(body, "weight", "weight").orElse(1);
    int priority = f.integer(body, "priority", "priority").orElse(0);
    var owner = f.text(body, "hubspotOwnerId", "hubspotOwnerId").filter(o -> !o.isBlank());
    OptionalLong version = f.version(body);
    Host host =
        f.build(
            () ->
                new Host(
                    id,
                    name,
                    email,
                    zone.orElse(ZoneOffset.UTC),
                    scheduleId,
                    calendarId,
                    active,
                    weight,
                    priority,
                    owner),
            () -> CatalogChecks.ofHost(catalog, scheduleId));
    return new Parsed(host, version);
  }
}
