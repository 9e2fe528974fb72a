package com.metalogics.booking.core.application;

import com.metalogics.booking.core.domain.EmailAddress;
import com.metalogics.booking.core.domain.TextPolicy;
import com.metalogics.booking.core.domain.ValidationException;
import com.metalogics.booking.core.port.in.ListBookings;
import com.metalogics.booking.core.port.in.ManageLimitOverrides;
import com.metalogics.booking.core.port.out.BookingPage;
import com.metalogics.booking.core.port.out.BookingQuery;
import com.metalogics.booking.core.port.out.BookingRepository;
import java.util.Optional;

/** The admin's list and the frequency-limit overrides. */
final class AdminService implements ListBookings, ManageLimitOverrides {

  static final int MAX_OVERRIDE = 10_000;

  private final BookingRepository repository;

  AdminService(BookingRepository repository) {
    this.repository = repository;
  }

  @Override
  public BookingPage handle(BookingQuery query) {
    Optional<String> problem = query.email().flatMap(TextPolicy.SINGLE_LINE::problemWith);
    if (problem.isPresent()) {
      throw ValidationException.ofField("email", problem.get());
    }
    BookingQuery normalized =
        new BookingQuery(
            query.status(),
            query.needsSync(),
            query.from(),
            query.to(),
            query.email().map(EmailAddress::normalize),
            query.limit(),
            query.after());
    return repository.list(normalized);
  }

  @Override
  public void set(String email, int maxBookings) {
    String normalized = requireEmail(email);
    if (maxBookings < 0 || maxBookings > MAX_OVERRIDE) {
      throw ValidationException.ofField("maxBookings", "must be 0.." + MAX_OVERRIDE);
    }
    repository.setLimitOverride(normalized, maxBookings);
  }

  @Override
  public void clear(String email) {
    repository.clearLimitOverride(requireEmail(email));
  }

  @Override
  public Optional<Integer> find(String email) {
    return repository.findLimitOverride(requireEmail(email));
  }

  private static String requireEmail(String email) {
    if (email != null && !TextPolicy.SINGLE_LINE.accepts(email)) {
      throw ValidationException.ofField("email", TextPolicy.CONTROL_CHARACTERS);
    }
    if (email == null || !EmailAddress.isWellFormed(email)) {
      throw ValidationException.ofField("email", "is not a valid e-mail address");
    }
    return EmailAddress.normalize(email);
  }
}
