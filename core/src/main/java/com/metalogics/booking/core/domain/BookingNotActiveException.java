package com.metalogics.booking.core.domain;

import java.util.Map;
import java.util.UUID;

/** The booking is cancelled and cannot be changed any more. */
public final class BookingNotActiveException extends BookingException {

  private final UUID bookingId;
  private final BookingStatus status;

  public BookingNotActiveException(UUID bookingId, BookingStatus status) {
    super(ErrorCode.BOOKING_NOT_ACTIVE, "Booking is " + status.name().toLowerCase());
    this.bookingId = bookingId;
    this.status = status;
  }

  public UUID bookingId() {
    return bookingId;
  }

  public BookingStatus status() {
    return status;
  }

  @Override
  public Map<String, Object> details() {
    return Map.of("status", status.name());
  }
}
