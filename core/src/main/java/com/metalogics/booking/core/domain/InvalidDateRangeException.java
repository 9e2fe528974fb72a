package com.metalogics.booking.core.domain;

/** An available-slots range that ends before it starts or is wider than allowed. */
public final class InvalidDateRangeException extends BookingException {

  public InvalidDateRangeException(String message) {
    super(ErrorCode.INVALID_DATE_RANGE, message);
  }
}
