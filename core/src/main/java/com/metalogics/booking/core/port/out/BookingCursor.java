package com.metalogics.booking.core.port.out;

import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.ValidationException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.UUID;

/**
 * Position in the admin list: the last booking's start time and id. Ids order by their lower-case
 * string, which is also how PostgreSQL and H2 order UUID columns.
 */
public record BookingCursor(Instant startTime, UUID id) {

  public BookingCursor {
    Objects.requireNonNull(startTime, "startTime");
    Objects.requireNonNull(id, "id");
  }

  public static BookingCursor of(Booking booking) {
    return new BookingCursor(booking.startTime(), booking.id());
  }

  public String encode() {
    String raw = startTime.getEpochSecond() + ":" + startTime.getNano() + ":" + id;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  public static BookingCursor decode(String encoded) {
    try {
      String raw = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
      String[] parts = raw.split(":", 3);
      Instant start = Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
      return new BookingCursor(start, UUID.fromString(parts[2]));
    } catch (RuntimeException e) {
      throw ValidationException.ofField("cursor", "is not a cursor this service issued");
    }
  }

  /** True when {@code booking} comes after this position in list order. */
  public boolean precedes(Booking booking) {
    int byStart = booking.startTime().compareTo(startTime);
    return byStart > 0 || (byStart == 0 && booking.id().toString().compareTo(id.toString()) > 0);
  }
}
