package com.metalogics.booking.core.port.in;

/** Which slots can be booked. */
public interface FindAvailableSlots {

  /**
   * @throws com.metalogics.booking.core.domain.InvalidDateRangeException when the range ends before
   *     it starts or is wider than allowed
   * @throws com.metalogics.booking.core.domain.ValidationException when the duration is not allowed
   */
  AvailableSlots handle(AvailableSlotsQuery query);

  /**
   * Like {@link #handle(AvailableSlotsQuery)}, by the catalog at {@code catalogRevision}, which the
   * caller read a moment ago (as {@code BookingEngine.catalogRevision()}) for its own use, such as
   * keying a cache: the catalog kept at that revision is used without asking storage again.
   */
  default AvailableSlots handle(AvailableSlotsQuery query, long catalogRevision) {
    return handle(query);
  }
}
