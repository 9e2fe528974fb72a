package com.metalogics.booking.core.port.out;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * Push notifications of calendar changes (Google's {@code events.watch} and {@code channels.stop}).
 * Failures surface as {@code IntegrationException} for the calendar.
 */
public interface CalendarWatch {

  /**
   * Asks the calendar to post to {@code address} whenever {@code calendarId} changes, under {@code
   * channelId}, with {@code token} in every notification.
   *
   * @return the calendar's id of the watched resource and when the channel ends
   */
  Watched watch(String calendarId, String channelId, String token, URI address, Instant expiresAt);

  /** Ends a channel; one that is already gone counts as stopped. */
  void stop(String channelId, String resourceId);

  /** What the calendar made of a watch request. */
  record Watched(String resourceId, Instant expiresAt) {
    public Watched {
      Objects.requireNonNull(resourceId, "resourceId");
      Objects.requireNonNull(expiresAt, "expiresAt");
    }
  }
}
