package com.metalogics.booking.core.port.out;

import com.metalogics.booking.core.domain.BookingStatus;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Admin list filters. {@code from}/{@code to} bound the start time, {@code [from, to)}; {@code
 * email} matches the normalised e-mail exactly.
 */
public record BookingQuery(
    Optional<BookingStatus> status,
    Optional<Boolean> needsSync,
    Optional<Instant> from,
    Optional<Instant> to,
    Optional<String> email,
    int limit,
    Optional<BookingCursor> after) {

  public static final int MAX_LIMIT = 200;

  public BookingQuery {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(needsSync, "needsSync");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(after, "after");
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ", was " + limit);
    }
  }

  public static BookingQuery all(int limit) {
    return new BookingQuery(
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        limit,
        Optional.empty());
  }

  public BookingQuery after(BookingCursor cursor) {
    return new BookingQuery(status, needsSync, from, to, email, limit, Optional.of(cursor));
  }
}
