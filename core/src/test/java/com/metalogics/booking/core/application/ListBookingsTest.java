package com.metalogics.booking.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.InvalidDateRangeException;
import com.metalogics.booking.core.port.out.BookingPage;
import com.metalogics.booking.core.port.out.BookingQuery;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The admin's list use case: its checks and how it pages back. */
class ListBookingsTest {

  private final EngineHarness h = new EngineHarness();

  @Test
  void aRangeThatDoesNotStartBeforeItEnds_isAnInvalidDateRange() {
    BookingQuery inverted = BookingQuery.all(10).withStartBetween(h.ny(3, 0, 0), h.ny(2, 0, 0));
    BookingQuery empty = BookingQuery.all(10).withStartBetween(h.ny(2, 0, 0), h.ny(2, 0, 0));

    assertThatThrownBy(() -> h.engine.listBookings().handle(inverted))
        .isInstanceOf(InvalidDateRangeException.class);
    assertThatThrownBy(() -> h.engine.listBookings().handle(empty))
        .isInstanceOf(InvalidDateRangeException.class);
  }

  @Test
  void searchAndEmail_areNormalisedBeforeStorageSeesThem() {
    Booking booking = h.book(h.ny(2, 10, 0), "Ada@Example.com").booking();

    BookingPage page =
        h.engine
            .listBookings()
            .handle(BookingQuery.all(10).withEmail(" ADA@example.COM ").withSearch("  lovelace "));

    assertThat(page.bookings()).extracting(Booking::id).containsExactly(booking.id());
  }

  @Test
  void pagingBack_toAStartThatLostBookings_answersTheFullFirstPage() {
    List<UUID> ids =
        List.of(10, 11, 12, 13).stream()
            .map(hour -> h.book(h.ny(2, hour, 0), "p" + hour + "@example.com").booking().id())
            .toList();
    BookingQuery confirmed =
        BookingQuery.all(2).withStatus(com.metalogics.booking.core.domain.BookingStatus.CONFIRMED);
    BookingPage second =
        h.engine.listBookings().handle(confirmed.at(first(confirmed).next().get()));
    assertThat(second.bookings())
        .extracting(Booking::id)
        .containsExactlyElementsOf(ids.subList(2, 4));
    Booking gone = h.repository.findById(ids.get(0)).orElseThrow();
    h.repository.update(gone.cancel(h.clock.instant(), Optional.empty())).orElseThrow();

    BookingPage back = h.engine.listBookings().handle(confirmed.at(second.previous().get()));

    assertThat(back.bookings()).extracting(Booking::id).containsExactly(ids.get(1), ids.get(2));
    assertThat(back.previous()).isEmpty();
    assertThat(back.total()).isEqualTo(3);
  }

  private BookingPage first(BookingQuery query) {
    return h.engine.listBookings().handle(query);
  }
}
