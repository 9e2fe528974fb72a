package com.metalogics.booking.core.application;

import com.metalogics.booking.core.domain.Assignment;
import com.metalogics.booking.core.domain.EventType;
import com.metalogics.booking.core.domain.Placement;
import com.metalogics.booking.core.domain.TimeSlot;
import com.metalogics.booking.core.port.out.HostChoice;
import com.metalogics.booking.core.port.out.PoolHost;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An event type with the hosts who take it: the one host of a {@code SINGLE} type, the active hosts
 * of a pool in the pool's order, or the hosts of an existing booking. The first host leads: the
 * slots query's dates and the type's limits are counted in their zone (unless the type names a
 * schedule, whose zone wins for every host).
 */
record Team(EventType type, List<Offer> members) {

  Team {
    Objects.requireNonNull(type, "type");
    members = List.copyOf(members);
    if (members.isEmpty()) {
      throw new IllegalArgumentException("a team needs a host");
    }
  }

  static Team of(Offer single) {
    return new Team(single.type(), List.of(single));
  }

  Offer lead() {
    return members.get(0);
  }

  Assignment assignment() {
    return type.assignment();
  }

  /** True for the one-host path, which asks no pool questions. */
  boolean single() {
    return type.assignment() == Assignment.SINGLE;
  }

  ZoneId zone() {
    return lead().zone();
  }

  Placement placement() {
    return lead().placement();
  }

  /** Where the bookings of any member matter for {@code range}. */
  TimeSlot bookingSpan(TimeSlot range) {
    TimeSlot span = lead().bookingSpan(range);
    for (int i = 1; i < members.size(); i++) {
      TimeSlot own = members.get(i).bookingSpan(range);
      span =
          new TimeSlot(
              own.start().isBefore(span.start()) ? own.start() : span.start(),
              own.end().isAfter(span.end()) ? own.end() : span.end());
    }
    return span;
  }

  /** The first instant of the type's fairness period holding {@code now}, in the zone. */
  Instant fairnessSince(Instant now) {
    return type.fairnessPeriod().start(now, zone());
  }

  /**
   * Who may take {@code slot}: the members, of whom {@code free} passed the rules and calendars.
   */
  HostChoice choice(TimeSlot slot, Set<String> free, Instant now) {
    List<PoolHost> pool = new ArrayList<>(members.size());
    for (Offer member : members) {
      pool.add(
          new PoolHost(
              member.host().id(),
              member.host().priority(),
              member.host().weight(),
              member.hostCapsFor(slot)));
    }
    return new HostChoice(type.slug(), type.assignment(), pool, free, fairnessSince(now));
  }
}
