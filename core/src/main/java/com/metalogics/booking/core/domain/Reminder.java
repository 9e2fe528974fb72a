package com.metalogics.booking.core.domain;

import java.time.Duration;
import java.util.Objects;

/**
 * One reminder the attendee gets before every booking of an event type.
 *
 * @param offsetMinutes how long before the start it is sent
 */
public record Reminder(ReminderChannel channel, int offsetMinutes) {

  /** Four weeks, as far ahead as a calendar reminder may go. */
  public static final int MAX_OFFSET_MINUTES = 40_320;

  public Reminder {
    Objects.requireNonNull(channel, "channel");
  }

  public Duration offset() {
    return Duration.ofMinutes(offsetMinutes);
  }

  /** The reminder's key among a booking's effects of its channel: the offset in minutes. */
  public String target() {
    return Integer.toString(offsetMinutes);
  }
}
