package com.metalogics.booking.core.port.out;

import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.EnabledIntegrations;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of the admin list, in the query's order. {@code next} and {@code previous} are present
 * when bookings follow or precede the page; {@code total} counts every booking that matches the
 * filters, on any page.
 */
public record BookingPage(
    List<Booking> bookings,
    Optional<BookingCursor> next,
    Optional<BookingCursor> previous,
    int total) {

  public BookingPage {
    bookings = List.copyOf(bookings);
    Objects.requireNonNull(next, "next");
    Objects.requireNonNull(previous, "previous");
    if (total < 0) {
      throw new IllegalArgumentException("total must not be negative");
    }
  }

  /**
   * The page for {@code query} from the bookings storage fetched for it: up to {@code limit + 1} of
   * them, nearest to the cursor first (so in reverse list order for a backward cursor).
   */
  public static BookingPage of(
      List<Booking> fetched, BookingQuery query, EnabledIntegrations integrations, int total) {
    int limit = query.limit();
    boolean more = fetched.size() > limit;
    List<Booking> rows = new ArrayList<>(more ? fetched.subList(0, limit) : fetched);
    Optional<BookingCursor> cursor = query.cursor();
    boolean backward = cursor.map(BookingCursor::backward).orElse(false);
    if (backward) {
      Collections.reverse(rows);
    }
    BookingSort sort = query.sort();
    Optional<BookingCursor> first =
        rows.isEmpty()
            ? cursor.map(c -> c.backward() ? c : c.reversed())
            : Optional.of(BookingCursor.before(rows.get(0), sort, integrations));
    Optional<BookingCursor> last =
        rows.isEmpty()
            ? cursor.map(c -> c.backward() ? c.reversed() : c)
            : Optional.of(BookingCursor.after(rows.get(rows.size() - 1), sort, integrations));
    Optional<BookingCursor> next = backward || more ? last : Optional.empty();
    Optional<BookingCursor> previous =
        backward ? (more ? first : Optional.empty()) : cursor.flatMap(c -> first);
    return new BookingPage(rows, next, previous, total);
  }
}
