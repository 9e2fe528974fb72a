package com.metalogics.booking.core.port.out;

import java.time.Instant;
import java.util.Objects;

/**
 * A note about one booking event.
 *
 * @param key unique per booking event (booking id and revision): a second note with the same key is
 *     never added
 */
public record CrmNote(String key, Instant timestamp, String body) {

  public CrmNote {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(timestamp, "timestamp");
    Objects.requireNonNull(body, "body");
  }
}
