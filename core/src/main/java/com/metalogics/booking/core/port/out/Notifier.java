package com.metalogics.booking.core.port.out;

/**
 * E-mail to attendees and the admin. Implementations may throw any runtime exception on failure;
 * the core keeps the booking and retries through the sync worker.
 */
public interface Notifier {

  void notifyAttendee(AttendeeNotification notification);

  void alertAdmin(AdminAlert alert);

  default boolean enabled() {
    return true;
  }
}
