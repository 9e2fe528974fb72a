package com.metalogics.booking.core.port.out;

import java.time.Instant;
import java.util.Objects;

/**
 * A push channel as stored: the token itself is never kept, only its SHA-256 hash.
 *
 * @param tokenHash hex SHA-256 of the channel's token
 */
public record WatchChannel(
    String channelId, String calendarId, String resourceId, String tokenHash, Instant expiresAt) {

  public WatchChannel {
    Objects.requireNonNull(channelId, "channelId");
    Objects.requireNonNull(calendarId, "calendarId");
    Objects.requireNonNull(resourceId, "resourceId");
    Objects.requireNonNull(tokenHash, "tokenHash");
    Objects.requireNonNull(expiresAt, "expiresAt");
  }
}
