package com.metalogics.booking.core.port.in;

/** Which slots can be booked. */
public interface FindAvailableSlots {

  /**
   * @throws com.metalogics.booking.core.domain.InvalidDateRangeException when the range ends before
   *     it starts or is wider than allowed
   * @throws com.metalogics.booking.core.domain.ValidationException when the duration is not allowed
   */
  AvailableSlots handle(AvailableSlotsQuery query);
}
