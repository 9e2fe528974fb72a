package com.metalogics.booking.core.domain;

import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * A person who takes meetings. Every problem is named at once, keyed by the admin API's names.
 *
 * @param id a slug, {@code [a-z0-9-]{1,64}}
 * @param calendarId the Google calendar whose busy times count and which gets the events
 * @param weight round-robin share, 1..100
 * @param priority round-robin precedence, 0 (lowest) to 4
 * @param hubspotOwnerId the HubSpot owner the host's contacts are given to; empty leaves the owner
 */
public record Host(
    String id,
    String name,
    String email,
    ZoneId timeZone,
    String scheduleId,
    Optional<String> calendarId,
    boolean active,
    int weight,
    int priority,
    Optional<String> hubspotOwnerId)
    implements CatalogItem {

  static final int MAX_NAME = 200;
  static final int MAX_CALENDAR_ID = 1024;
  static final int MAX_OWNER_ID = 64;

  public Host {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(timeZone, "timeZone");
    Objects.requireNonNull(scheduleId, "scheduleId");
    Objects.requireNonNull(calendarId, "calendarId");
    Objects.requireNonNull(hubspotOwnerId, "hubspotOwnerId");
    Problems problems = new Problems();
    problems.slug("id", id);
    problems.text("name", name, MAX_NAME, true);
    problems.require(EmailAddress.isWellFormed(email), "email", "must be an e-mail address");
    problems.slug("scheduleId", scheduleId);
    calendarId.ifPresent(c -> problems.text("calendarId", c, MAX_CALENDAR_ID, true));
    problems.range("weight", weight, 1, 100);
    problems.range("priority", priority, 0, 4);
    hubspotOwnerId.ifPresent(
        o ->
            problems.require(
                o.matches("[0-9]{1," + MAX_OWNER_ID + "}"),
                "hubspotOwnerId",
                "must be HubSpot's numeric owner id"));
    problems.throwIfAny();
    email = email.trim();
  }

  /** A host whose contacts keep their HubSpot owner. */
  public Host(
      String id,
      String name,
      String email,
      ZoneId timeZone,
      String scheduleId,
      Optional<String> calendarId,
      boolean active,
      int weight,
      int priority) {
    this(
        id,
        name,
        email,
        timeZone,
        scheduleId,
        calendarId,
        active,
        weight,
        priority,
        Optional.empty());
  }

  /** Log-safe: no full e-mail address. */
  @Override
  public String toString() {
    return "Host[id=" + id + ", email=" + EmailAddress.mask(email) + "]";
  }

  @Override
  public CatalogKind catalogKind() {
    return CatalogKind.HOST;
  }

  @Override
  public String key() {
    return id;
  }
}
