package com.metalogics.booking.core.application;

import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.BookingNotActiveException;
import com.metalogics.booking.core.domain.BookingNotFoundException;
import com.metalogics.booking.core.port.in.BookingAccess;
import com.metalogics.booking.core.port.out.BookingRepository;
import java.util.Optional;
import java.util.function.Function;

/**
 * One booking as its access lets the caller see it, and changes to it written over fresh reads. A
 * booking the access does not open is not found, so a wrong token learns nothing of the booking.
 */
final class BookingWrites {

  /** Concurrent writers are rare; a few fresh reads settle them. */
  private static final int WRITE_ATTEMPTS = 5;

  private final BookingRepository repository;

  BookingWrites(BookingRepository repository) {
    this.repository = repository;
  }

  /** Applies {@code change} to a fresh read until no concurrent writer got in between. */
  Booking write(BookingAccess access, Function<Booking, Optional<Booking>> change) {
    for (int attempt = 0; attempt < WRITE_ATTEMPTS; attempt++) {
      Optional<Booking> written = change.apply(load(access));
      if (written.isPresent()) {
        return written.get();
      }
    }
    throw new IllegalStateException("booking " + access.bookingId() + " kept changing");
  }

  Booking load(BookingAccess access) {
    return repository
        .findById(access.bookingId())
        .filter(
            b ->
                access.admin()
                    || access
                        .manageToken()
                        .map(t -> ManageTokens.matches(t, b.manageTokenHash()))
                        .orElse(false))
        .orElseThrow(() -> new BookingNotFoundException(access.bookingId()));
  }

  static void requireActive(Booking booking) {
    if (!booking.isActive()) {
      throw new BookingNotActiveException(booking.id(), booking.status());
    }
  }
}
