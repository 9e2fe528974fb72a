package com.metalogics.booking.core.application;

import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.CalendarConflict;
import com.metalogics.booking.core.domain.Effect;
import com.metalogics.booking.core.domain.EffectKind;
import com.metalogics.booking.core.domain.TimeSlot;
import com.metalogics.booking.core.port.out.AdminAlert;
import com.metalogics.booking.core.port.out.EffectHandler;
import com.metalogics.booking.core.port.out.EffectOutcome;
import com.metalogics.booking.core.port.out.Notifier;
import com.metalogics.booking.core.port.out.RetrySchedule;
import java.time.Instant;

/**
 * Mails the admin that a booking's effect gave up (the payload holds the kind, the attempts made
 * and the last error, as {@link #problem} wrote them when the effect gave up), or what the host's
 * calendar did to the booking ({@link #conflicted}, {@link #reassigned}, {@link #eventDeleted}).
 */
final class AdminAlertEffects implements EffectHandler {

  private static final String SEPARATOR = "\n";

  /** First lines of the calendar alerts; never an effect kind's name. */
  private static final String CONFLICTED = "CONFLICTED";

  private static final String REASSIGNED = "REASSIGNED";

  private static final String EVENT_DELETED = "EVENT_DELETED";

  private final Notifier notifier;
  private final RetrySchedule schedule;

  AdminAlertEffects(Notifier notifier, RetrySchedule schedule) {
    this.notifier = notifier;
    this.schedule = schedule;
  }

  @Override
  public EffectKind kind() {
    return EffectKind.ADMIN_ALERT;
  }

  @Override
  public EffectOutcome run(Effect effect, Booking booking) {
    String[] parts = effect.payload().orElse("").split(SEPARATOR, 3);
    if (parts.length < 3) {
      return EffectOutcome.failed("alert payload unreadable");
    }
    notifier.alertAdmin(alert(parts, booking));
    return EffectOutcome.done();
  }

  @Override
  public RetrySchedule retrySchedule() {
    return schedule;
  }

  static String problem(EffectKind kind, int attempts, String error) {
    return kind.name() + SEPARATOR + attempts + SEPARATOR + error;
  }

  /** The payload of an alert about an outside event over the booking. */
  static String conflicted(CalendarConflict conflict) {
    return CONFLICTED + SEPARATOR + conflictPart(conflict);
  }

  /** The payload of an alert about a booking moved away from {@code formerHostId}'s conflict. */
  static String reassigned(CalendarConflict conflict, String formerHostId) {
    return REASSIGNED + SEPARATOR + conflictPart(conflict) + SEPARATOR + formerHostId;
  }

  private static String conflictPart(CalendarConflict conflict) {
    return conflict.eventTime().start()
        + "/"
        + conflict.eventTime().end()
        + "@"
        + conflict.detectedAt()
        + SEPARATOR
        + conflict.eventId();
  }

  /** The payload of an alert about the booking's event deleted by hand. */
  static String eventDeleted(String eventId) {
    return EVENT_DELETED + SEPARATOR + "-" + SEPARATOR + eventId;
  }

  private static AdminAlert alert(String[] parts, Booking booking) {
    return switch (parts[0]) {
      case CONFLICTED -> new AdminAlert.BookingConflicted(booking, conflict(parts));
      case REASSIGNED -> reassignedAlert(parts, booking);
      case EVENT_DELETED -> new AdminAlert.CalendarEventDeleted(booking, parts[2]);
      default ->
          new AdminAlert.BookingGaveUp(
              booking, EffectKind.valueOf(parts[0]), Integer.parseInt(parts[1]), parts[2]);
    };
  }

  /** The third part holds the event id, then the former host. */
  private static AdminAlert reassignedAlert(String[] parts, Booking booking) {
    String[] last = parts[2].split(SEPARATOR, 2);
    return new AdminAlert.BookingReassigned(
        booking, conflict(new String[] {parts[0], parts[1], last[0]}), last[1]);
  }

  private static CalendarConflict conflict(String[] parts) {
    String[] when = parts[1].split("@", 2);
    String[] slot = when[0].split("/", 2);
    return new CalendarConflict(
        parts[2],
        new TimeSlot(Instant.parse(slot[0]), Instant.parse(slot[1])),
        Instant.parse(when[1]));
  }
}
