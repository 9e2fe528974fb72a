package com.metalogics.booking.core.port.out;

import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.BookingStatus;
import java.util.List;
import java.util.Objects;

/**
 * A mail to the attendee about the booking's current revision.
 *
 * @param manageToken the secret for the manage link; never log it
 * @param calendarWritten false when the owner's calendar could not be written: the mail then
 *     carries manual calendar instructions
 * @param hostNames the names of the hosts the meeting is with, the lead host first (a collective
 *     meeting's co-hosts after), as the catalog has them now; a host since removed is left out
 */
public record AttendeeNotification(
    Kind kind,
    Booking booking,
    String manageToken,
    boolean calendarWritten,
    List<String> hostNames) {

  /** Which mail. */
  public enum Kind {
    CONFIRMATION,
    RESCHEDULE,
    CANCELLATION
  }

  public AttendeeNotification {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(booking, "booking");
    Objects.requireNonNull(manageToken, "manageToken");
    hostNames = List.copyOf(hostNames);
  }

  /** Unique per booking revision: the same key is never mailed twice. */
  public String key() {
    return booking.id() + ":" + booking.revision();
  }

  public static Kind kindOf(Booking booking) {
    if (booking.status() == BookingStatus.CANCELLED) {
      return Kind.CANCELLATION;
    }
    return booking.revision() == 1 ? Kind.CONFIRMATION : Kind.RESCHEDULE;
  }

  @Override
  public String toString() {
    return "AttendeeNotification[kind=" + kind + ", booking=" + booking.id() + "]";
  }
}
