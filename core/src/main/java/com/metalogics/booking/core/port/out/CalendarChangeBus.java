package com.metalogics.booking.core.port.out;

import java.util.function.Consumer;

/**
 * Tells every instance sharing the storage that a calendar's stored copy changed, so each drops
 * what it keeps of it (busy times, slots answers). On PostgreSQL a {@code LISTEN/NOTIFY} channel;
 * within one process a direct call.
 */
public interface CalendarChangeBus {

  /** Announces a change of {@code calendarId} to every subscriber, in every instance. */
  void publish(String calendarId);

  /**
   * {@code listener} hears each change's calendar id, from this instance and the others; an empty
   * id means any calendar may have changed (a listening session was lost and is back).
   */
  void subscribe(Consumer<String> listener);
}
