package com.metalogics.booking.core.port.in;

import java.util.Objects;

/**
 * A push notification from the calendar, as its headers carried it.
 *
 * @param channelId {@code X-Goog-Channel-ID}
 * @param token {@code X-Goog-Channel-Token}: a secret, never logged
 * @param resourceState {@code X-Goog-Resource-State}: {@code sync}, {@code exists} or {@code
 *     not_exists}
 */
public record CalendarNotice(String channelId, String token, String resourceState) {

  public CalendarNotice {
    Objects.requireNonNull(channelId, "channelId");
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(resourceState, "resourceState");
  }

  @Override
  public String toString() {
    return "CalendarNotice[channelId=" + channelId + ", resourceState=" + resourceState + "]";
  }
}
