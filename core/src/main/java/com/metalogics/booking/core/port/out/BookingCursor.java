package com.metalogics.booking.core.port.out;

import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.EnabledIntegrations;
import com.metalogics.booking.core.domain.ValidationException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * A position in the admin list: the sort key, start time and id of one booking in one {@link
 * BookingSort}. A forward cursor asks for the bookings after that position, a backward one for
 * those before it. The position is carried by value, so a page follows on from where the last one
 * ended even when that booking has changed since.
 */
public record BookingCursor(
    BookingSort sort, boolean backward, String key, Instant startTime, UUID id) {

  /** Longer than any name, e-mail address or company a booking may hold. */
  public static final int MAX_KEY_LENGTH = 1000;

  private static final String VERSION = "2";

  public BookingCursor {
    Objects.requireNonNull(sort, "sort");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(startTime, "startTime");
    Objects.requireNonNull(id, "id");
    if (key.length() > MAX_KEY_LENGTH) {
      throw new IllegalArgumentException("key is longer than " + MAX_KEY_LENGTH);
    }
  }

  /** The bookings that follow {@code booking} in {@code sort}. */
  public static BookingCursor after(
      Booking booking, BookingSort sort, EnabledIntegrations integrations) {
    return new BookingCursor(
        sort, false, sort.keyOf(booking, integrations), booking.startTime(), booking.id());
  }

  /** The bookings that precede {@code booking} in {@code sort}. */
  public static BookingCursor before(
      Booking booking, BookingSort sort, EnabledIntegrations integrations) {
    return after(booking, sort, integrations).reversed();
  }

  /** The same position, looking the other way. */
  public BookingCursor reversed() {
    return new BookingCursor(sort, !backward, key, startTime, id);
  }

  public String encode() {
    String raw =
        String.join(
            ":",
            VERSION,
            sort.field().name().toLowerCase(Locale.ROOT),
            sort.descending() ? "desc" : "asc",
            backward ? "back" : "fwd",
            Long.toString(startTime.getEpochSecond()),
            Integer.toString(startTime.getNano()),
            id.toString(),
            key);
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  /** A cursor that {@link #encode()} made; anything else is a validation error of "cursor". */
  public static BookingCursor decode(String encoded) {
    try {
      String raw = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
      String[] parts = raw.split(":", 8);
      if (parts.length != 8 || !VERSION.equals(parts[0])) {
        throw new IllegalArgumentException("unknown cursor version");
      }
      BookingSort sort =
          new BookingSort(
              BookingSort.Field.valueOf(parts[1].toUpperCase(Locale.ROOT)),
              flag(parts[2], "desc", "asc"));
      Instant start = Instant.ofEpochSecond(Long.parseLong(parts[4]), Long.parseLong(parts[5]));
      BookingCursor cursor =
          new BookingCursor(
              sort, flag(parts[3], "back", "fwd"), parts[7], start, UUID.fromString(parts[6]));
      requireKeyFits(cursor);
      return cursor;
    } catch (RuntimeException e) {
      throw ValidationException.ofField("cursor", "is not a cursor this service issued");
    }
  }

  private static boolean flag(String value, String yes, String no) {
    if (!value.equals(yes) && !value.equals(no)) {
      throw new IllegalArgumentException("neither " + yes + " nor " + no);
    }
    return value.equals(yes);
  }

  private static void requireKeyFits(BookingCursor cursor) {
    boolean fits =
        switch (cursor.sort.field()) {
          case START -> cursor.key.isEmpty();
          case SYNC -> cursor.key.matches("[0-9]");
          default -> true;
        };
    if (!fits) {
      throw new IllegalArgumentException("key does not fit the sort field");
    }
  }
}
