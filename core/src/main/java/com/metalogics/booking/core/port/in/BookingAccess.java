package com.metalogics.booking.core.port.in;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Who asks for a booking: the admin, or a holder of the booking's manage token. A wrong token is
 * answered like an unknown id.
 */
public record BookingAccess(UUID bookingId, Optional<String> manageToken, boolean admin) {

  public BookingAccess {
    Objects.requireNonNull(bookingId, "bookingId");
    Objects.requireNonNull(manageToken, "manageToken");
  }

  public static BookingAccess admin(UUID bookingId) {
    return new BookingAccess(bookingId, Optional.empty(), true);
  }

  public static BookingAccess withToken(UUID bookingId, String token) {
    return new BookingAccess(bookingId, Optional.ofNullable(token), false);
  }

  @Override
  public String toString() {
    return "BookingAccess[bookingId=" + bookingId + ", admin=" + admin + "]";
  }
}
