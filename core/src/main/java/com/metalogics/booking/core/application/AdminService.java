package com.metalogics.booking.core.application;

import com.metalogics.booking.core.domain.EmailAddress;
import com.metalogics.booking.core.domain.EnabledIntegrations;
import com.metalogics.booking.core.domain.InvalidDateRangeException;
import com.metalogics.booking.core.domain.TextPolicy;
import com.metalogics.booking.core.domain.ValidationException;
import com.metalogics.booking.core.port.in.ListBookings;
import com.metalogics.booking.core.port.in.ManageLimitOverrides;
import com.metalogics.booking.core.port.out.BookingCursor;
import com.metalogics.booking.core.port.out.BookingPage;
import com.metalogics.booking.core.port.out.BookingQuery;
import com.metalogics.booking.core.port.out.BookingRepository;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The admin's list and the frequency-limit overrides. */
final class AdminService implements ListBookings, ManageLimitOverrides {

  static final int MAX_OVERRIDE = 10_000;

  private final BookingRepository repository;
  private final EnabledIntegrations integrations;

  AdminService(BookingRepository repository, EnabledIntegrations integrations) {
    this.repository = repository;
    this.integrations = integrations;
  }

  /**
   * A backward page that reaches the start of the list with room to spare is answered as the first
   * page instead: bookings that left the filter since would otherwise leave it short.
   */
  @Override
  public BookingPage handle(BookingQuery query) {
    Map<String, String> problems = new LinkedHashMap<>();
    query
        .email()
        .flatMap(TextPolicy.SINGLE_LINE::problemWith)
        .ifPresent(p -> problems.put("email", p));
    query
        .search()
        .flatMap(TextPolicy.SINGLE_LINE::problemWith)
        .ifPresent(p -> problems.put("q", p));
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    if (query.from().isPresent()
        && query.to().isPresent()
        && !query.from().get().isBefore(query.to().get())) {
      throw new InvalidDateRangeException("The range must start before it ends");
    }
    BookingQuery normalized =
        new BookingQuery(
            query.status(),
            query.needsSync(),
            query.from(),
            query.to(),
            query.email().map(EmailAddress::normalize),
            query.search().map(String::trim),
            query.sort(),
            query.limit(),
            query.cursor());
    BookingPage page = repository.list(normalized, integrations);
    boolean backward = normalized.cursor().filter(BookingCursor::backward).isPresent();
    if (backward && page.previous().isEmpty() && page.bookings().size() < normalized.limit()) {
      return repository.list(normalized.firstPage(), integrations);
    }
    return page;
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
