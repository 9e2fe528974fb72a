package com.metalogics.booking.core.application;

import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.Effect;
import com.metalogics.booking.core.domain.EffectKind;
import com.metalogics.booking.core.domain.EventType;
import com.metalogics.booking.core.domain.Reminder;
import com.metalogics.booking.core.domain.ReminderChannel;
import com.metalogics.booking.core.port.out.BookingChange;
import com.metalogics.booking.core.port.out.EffectPlanner;
import com.metalogics.booking.core.port.out.Stored;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Plans the reminders of the booking's event type for the new revision, each due its offset before
 * the start: with the booking, and again for the new time after a reschedule (the older revision's
 * pending ones are cancelled by storage as superseded); none after a cancel. A reminder whose time
 * has passed already is not planned, nor one of a channel switched off, nor an SMS to an attendee
 * without a number or who opted out.
 */
final class ReminderEffects implements EffectPlanner {

  private final CatalogCache catalog;
  private final Set<ReminderChannel> channels;

  ReminderEffects(CatalogCache catalog, Set<ReminderChannel> channels) {
    this.catalog = catalog;
    this.channels = channels.isEmpty() ? Set.of() : EnumSet.copyOf(channels);
  }

  @Override
  public List<Effect> plan(BookingChange change, Instant now, Instant firstWorkerAttempt) {
    Booking booking = change.booking();
    if (!booking.isActive() || channels.isEmpty()) {
      return List.of();
    }
    Optional<EventType> type =
        catalog.recent().eventType(booking.placement().eventType()).map(Stored::value);
    List<Effect> effects = new ArrayList<>();
    for (Reminder reminder : type.map(t -> t.reminders().attendee()).orElse(List.of())) {
      Instant due = booking.startTime().minus(reminder.offset());
      if (due.isAfter(now) && reaches(booking, reminder.channel())) {
        effects.add(
            Effect.planned(
                booking,
                EffectKind.reminder(reminder.channel()),
                reminder.target(),
                due,
                due,
                Optional.empty(),
                now));
      }
    }
    return effects;
  }

  private boolean reaches(Booking booking, ReminderChannel channel) {
    if (!channels.contains(channel)) {
      return false;
    }
    return channel != ReminderChannel.SMS
        || (booking.attendee().phone().isPresent() && !booking.attendee().smsOptedOut());
  }
}
