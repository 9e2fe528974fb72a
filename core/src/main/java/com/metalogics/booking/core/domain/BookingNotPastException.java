package com.metalogics.booking.core.domain;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** Only a meeting that has begun can be marked as a no-show. */
public final class BookingNotPastException extends BookingException {

  private final UUID bookingId;
  private final Instant startTime;

  public BookingNotPastException(UUID bookingId, Instant startTime) {
    super(ErrorCode.BOOKING_NOT_PAST, "The meeting has not started yet");
    this.bookingId = bookingId;
    this.startTime = startTime;
  }

  public UUID bookingId() {
    return bookingId;
  }

  @Override
  public Map<String, Object> details() {
    return Map.of("startTime", startTime.toString());
  }
}
