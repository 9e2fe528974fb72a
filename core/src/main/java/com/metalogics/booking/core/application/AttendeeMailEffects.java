package com.metalogics.booking.core.application;

import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.Effect;
import com.metalogics.booking.core.domain.EffectKind;
import com.metalogics.booking.core.domain.Host;
import com.metalogics.booking.core.domain.SyncStatus;
import com.metalogics.booking.core.port.out.AttendeeNotification;
import com.metalogics.booking.core.port.out.EffectHandler;
import com.metalogics.booking.core.port.out.EffectOutcome;
import com.metalogics.booking.core.port.out.Notifier;
import com.metalogics.booking.core.port.out.RetrySchedule;

/**
 * Mails the attendee about the booking's revision, under a Message-ID made from the notification's
 * key ({@code bookingId:revision}), which is also the remote reference. It runs after the calendar
 * effect of the same change, so that the mail can say whether the calendar shows the meeting. The
 * mail names the hosts the revision is with, so an attendee moved to another host learns who.
 */
final class AttendeeMailEffects implements EffectHandler {

  private final Notifier notifier;
  private final ManageTokens tokens;
  private final RetrySchedule schedule;
  private final GiveUpAlerts alerts;
  private final BookingHosts hosts;

  AttendeeMailEffects(
      Notifier notifier,
      ManageTokens tokens,
      RetrySchedule schedule,
      GiveUpAlerts alerts,
      BookingHosts hosts) {
    this.notifier = notifier;
    this.tokens = tokens;
    this.schedule = schedule;
    this.alerts = alerts;
    this.hosts = hosts;
  }

  @Override
  public EffectKind kind() {
    return EffectKind.ATTENDEE_MAIL;
  }

  @Override
  public EffectOutcome run(Effect effect, Booking booking) {
    AttendeeNotification notification =
        new AttendeeNotification(
            AttendeeNotification.kindOf(booking),
            booking,
            tokens.issue(booking.id()),
            booking.sync().calendar() == SyncStatus.SYNCED,
            hosts.of(booking.placement()).stream().map(Host::name).toList());
    notifier.notifyAttendee(notification);
    return EffectOutcome.done(notification.key());
  }

  @Override
  public RetrySchedule retrySchedule() {
    return schedule;
  }

  @Override
  public void gaveUp(Effect failed, Booking booking) {
    alerts.gaveUp(failed, booking);
  }
}
