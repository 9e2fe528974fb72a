package com.metalogics.booking.core.domain;

import java.util.Map;

/** The e-mail address already holds the most bookings its window allows. */
public final class FrequencyLimitExceededException extends BookingException {

  private final int maxBookings;
  private final int windowDays;

  public FrequencyLimitExceededException(int maxBookings, int windowDays) {
    super(
        ErrorCode.FREQUENCY_LIMIT_EXCEEDED,
        "Maximum " + maxBookings + " bookings per " + windowDays + " days exceeded");
    this.maxBookings = maxBookings;
    this.windowDays = windowDays;
  }

  public int maxBookings() {
    return maxBookings;
  }

  public int windowDays() {
    return windowDays;
  }

  @Override
  public Map<String, Object> details() {
    return Map.of("maxBookings", maxBookings, "windowDays", windowDays);
  }
}
