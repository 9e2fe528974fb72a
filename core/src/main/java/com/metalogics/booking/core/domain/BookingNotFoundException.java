package com.metalogics.booking.core.domain;

import java.util.UUID;

/** No such booking, or one the caller may not see: the two are answered alike on purpose. */
public final class BookingNotFoundException extends BookingException {

  private final UUID bookingId;

  public BookingNotFoundException(UUID bookingId) {
    super(ErrorCode.NOT_FOUND, "Booking not found");
    this.bookingId = bookingId;
  }

  public UUID bookingId() {
    return bookingId;
  }
}
