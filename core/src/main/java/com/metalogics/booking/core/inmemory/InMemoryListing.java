package com.metalogics.booking.core.inmemory;

import com.metalogics.booking.core.domain.Attendee;
import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.EnabledIntegrations;
import com.metalogics.booking.core.port.out.BookingCursor;
import com.metalogics.booking.core.port.out.BookingPage;
import com.metalogics.booking.core.port.out.BookingQuery;
import com.metalogics.booking.core.port.out.BookingSort;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** The admin list over bookings held in memory: what the SQL of the database adapters does. */
final class InMemoryListing {

  private InMemoryListing() {}

  static BookingPage page(
      Collection<Booking> bookings, BookingQuery query, EnabledIntegrations integrations) {
    List<Booking> matching = bookings.stream().filter(matches(query, integrations)).toList();
    BookingSort sort = query.sort();
    Comparator<Booking> order = sort.comparator(integrations);
    Stream<Booking> fetch = matching.stream();
    if (query.cursor().isPresent()) {
      BookingCursor cursor = query.cursor().get();
      int side = cursor.backward() ? -1 : 1;
      fetch = fetch.filter(b -> Integer.signum(sort.compare(b, cursor, integrations)) == side);
      order = cursor.backward() ? order.reversed() : order;
    }
    List<Booking> fetched = fetch.sorted(order).limit(query.limit() + 1L).toList();
    return BookingPage.of(fetched, query, integrations, matching.size());
  }

  private static Predicate<Booking> matches(BookingQuery q, EnabledIntegrations integrations) {
    return b ->
        q.status().map(s -> b.status() == s).orElse(true)
            && q.needsSync().map(n -> integrations.needsSync(b.sync()) == n).orElse(true)
            && q.from().map(from -> !b.startTime().isBefore(from)).orElse(true)
            && q.to().map(to -> b.startTime().isBefore(to)).orElse(true)
            && q.email().map(e -> b.attendee().normalizedEmail().equals(e)).orElse(true)
            && q.search().map(s -> mentions(b.attendee(), lower(s))).orElse(true);
  }

  private static boolean mentions(Attendee attendee, String part) {
    return lower(attendee.name()).contains(part)
        || attendee.normalizedEmail().contains(part)
        || attendee.company().map(c -> lower(c).contains(part)).orElse(false);
  }

  private static String lower(String text) {
    return text.toLowerCase(Locale.ROOT);
  }
}
