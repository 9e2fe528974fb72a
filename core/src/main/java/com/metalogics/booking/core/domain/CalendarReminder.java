package com.metalogics.booking.core.domain;

import java.util.Objects;

/**
 * A reminder the host's calendar itself gives for the booking's event (Google's {@code
 * reminders.overrides}).
 *
 * @param minutes how long before the start
 */
public record CalendarReminder(Method method, int minutes) {

  /** How the calendar reminds. */
  public enum Method {
    EMAIL,
    POPUP
  }

  public CalendarReminder {
    Objects.requireNonNull(method, "method");
  }
}
