package com.metalogics.booking.core.application;

import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.Effect;
import com.metalogics.booking.core.domain.EffectKind;
import com.metalogics.booking.core.domain.EnabledIntegrations;
import com.metalogics.booking.core.domain.Integration;
import com.metalogics.booking.core.port.out.BookingChange;
import com.metalogics.booking.core.port.out.EffectPlanner;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The effects of a booking change: one calendar, CRM and attendee-mail effect each for the new
 * revision, for the integrations switched on, then whatever the extra planners add.
 */
final class EffectPlanning {

  private final EnabledIntegrations integrations;
  private final List<EffectPlanner> extra;
  private final Clock clock;
  private final Duration inlineGrace;

  EffectPlanning(
      EnabledIntegrations integrations,
      List<EffectPlanner> extra,
      Clock clock,
      Duration inlineGrace) {
    this.integrations = integrations;
    this.extra = List.copyOf(extra);
    this.clock = clock;
    this.inlineGrace = inlineGrace;
  }

  List<Effect> created(Booking booking) {
    return plan(new BookingChange(booking, Optional.empty(), BookingChange.Kind.CREATED));
  }

  List<Effect> changed(Booking before, Booking after, BookingChange.Kind kind) {
    return plan(new BookingChange(after, Optional.of(before), kind));
  }

  /**
   * A reschedule whose hosts are chosen anew: the calendar effect carries the former lead host,
   * whose calendar the event moves from.
   */
  List<Effect> reassigned(Booking before, Booking after) {
    List<Effect> effects = new ArrayList<>();
    for (Effect effect : changed(before, after, BookingChange.Kind.RESCHEDULED)) {
      effects.add(
          effect.kind() == EffectKind.CALENDAR
              ? effect.withPayload(Optional.of(before.placement().hostId()))
              : effect);
    }
    return effects;
  }

  private List<Effect> plan(BookingChange change) {
    Instant now = clock.instant();
    Instant firstWorkerAttempt = now.plus(inlineGrace);
    List<Effect> effects = new ArrayList<>(3 + extra.size());
    Booking booking = change.booking();
    if (integrations.isEnabled(Integration.CALENDAR)) {
      effects.add(mirror(booking, EffectKind.CALENDAR, now, firstWorkerAttempt));
    }
    if (integrations.isEnabled(Integration.CRM)) {
      effects.add(mirror(booking, EffectKind.CRM, now, firstWorkerAttempt));
    }
    if (integrations.isEnabled(Integration.EMAIL)) {
      effects.add(mirror(booking, EffectKind.ATTENDEE_MAIL, now, firstWorkerAttempt));
    }
    for (EffectPlanner planner : extra) {
      effects.addAll(planner.plan(change, now, firstWorkerAttempt));
    }
    return effects;
  }

  private static Effect mirror(
      Booking booking, EffectKind kind, Instant now, Instant firstAttempt) {
    return Effect.planned(booking, kind, "", now, firstAttempt, Optional.empty(), now);
  }
}
