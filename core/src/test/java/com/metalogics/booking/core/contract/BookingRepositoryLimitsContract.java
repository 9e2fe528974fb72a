package com.metalogics.booking.core.contract;

import static com.metalogics.booking.core.contract.Fixtures.NOW;
import static com.metalogics.booking.core.contract.Fixtures.attendee;
import static com.metalogics.booking.core.contract.Fixtures.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.metalogics.booking.core.application.ManageTokens;
import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.EnabledIntegrations;
import com.metalogics.booking.core.domain.FrequencyLimitExceededException;
import com.metalogics.booking.core.domain.Placement;
import com.metalogics.booking.core.domain.SlotUnavailableException;
import com.metalogics.booking.core.domain.TimeSlot;
import com.metalogics.booking.core.port.out.BookingQuery;
import com.metalogics.booking.core.port.out.FrequencyLimit;
import com.metalogics.booking.core.port.out.PeriodCap;
import com.metalogics.booking.core.port.out.Reservation;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Placement of a booking (event type and host), the event type's period caps and the per-type
 * e-mail limit: part of the repository contract. Each test invents its own event types, so counts
 * by type never see another test's bookings.
 */
public abstract class BookingRepositoryLimitsContract extends BookingRepositoryQueryContract {

  protected static final Duration BUFFER = Duration.ofMinutes(15);
  private static final Duration HALF_HOUR = Duration.ofMinutes(30);

  protected static Instant windowStart() {
    return NOW.minus(Duration.ofDays(30));
  }

  @Test
  void placement_roundTripsThroughReserveUpdateAndReads() {
    Placement placement = new Placement(newType(), "host-" + UUID.randomUUID());
    Booking fresh = placed(at(10, 0), uniqueEmail(), placement);

    Booking stored = repository.reserve(plain(fresh));
    Booking cancelled = repository.update(stored.cancel(NOW, Optional.empty())).orElseThrow();

    assertThat(stored.placement()).isEqualTo(placement);
    assertThat(cancelled.placement()).isEqualTo(placement);
    assertThat(repository.findById(fresh.id())).map(Booking::placement).contains(placement);
    assertThat(
            repository
                .list(
                    BookingQuery.all(50).withEmail(fresh.attendee().normalizedEmail()),
                    EnabledIntegrations.all())
                .bookings())
        .extracting(Booking::placement)
        .containsExactly(placement);
  }

  @Test
  void cap_refusesTheBookingBeyondItsMax_withLimitReached() {
    String type = newType();
    PeriodCap day = new PeriodCap(type, at(0, 0), at(24, 0), 2);
    repository.reserve(capped(placed(at(9, 0), uniqueEmail(), type), day));
    repository.reserve(capped(placed(at(11, 0), uniqueEmail(), type), day));
    Booking third = placed(at(13, 0), uniqueEmail(), type);

    assertThatThrownBy(() -> repository.reserve(capped(third, day)))
        .isInstanceOfSatisfying(
            SlotUnavailableException.class,
            e -> assertThat(e.reason()).isEqualTo(SlotUnavailableException.Reason.LIMIT_REACHED));
    assertThat(repository.findById(third.id())).isEmpty();
  }

  @Test
  void cap_countsOnlyConfirmedBookingsOfItsTypeStartingInItsPeriod() {
    String type = newType();
    PeriodCap day = new PeriodCap(type, at(24, 0), at(48, 0), 1);
    Booking cancelled = repository.reserve(plain(placed(at(33, 0), uniqueEmail(), type)));
    repository.update(cancelled.cancel(NOW, Optional.empty())).orElseThrow();
    repository.reserve(plain(placed(at(34, 0), uniqueEmail(), newType())));
    repository.reserve(plain(placed(at(23, 30), uniqueEmail(), type)));
    repository.reserve(plain(placed(at(48, 0), uniqueEmail(), type)));

    Booking fits = repository.reserve(capped(placed(at(35, 0), uniqueEmail(), type), day));

    assertThat(repository.findById(fits.id())).isPresent();
    assertThatThrownBy(
            () -> repository.reserve(capped(placed(at(37, 0), uniqueEmail(), type), day)))
        .isInstanceOf(SlotUnavailableException.class);
  }

  @Test
  void everyCapOfAReservationCounts() {
    String type = newType();
    repository.reserve(plain(placed(at(9, 0), uniqueEmail(), type)));
    PeriodCap roomyDay = new PeriodCap(type, at(24, 0), at(48, 0), 5);
    PeriodCap fullWeek = new PeriodCap(type, at(0, 0), at(7 * 24, 0), 1);
    Booking next = placed(at(30, 0), uniqueEmail(), type);

    assertThatThrownBy(() -> repository.reserve(capped(next, roomyDay, fullWeek)))
        .isInstanceOfSatisfying(
            SlotUnavailableException.class,
            e -> assertThat(e.reason()).isEqualTo(SlotUnavailableException.Reason.LIMIT_REACHED));
    assertThat(repository.reserve(capped(next, roomyDay))).isNotNull();
  }

  @Test
  void updateSlot_intoAFullPeriod_isLimitReached_butMovingWithinItsOwnPeriodFits() {
    String type = newType();
    PeriodCap firstDay = new PeriodCap(type, at(0, 0), at(24, 0), 1);
    PeriodCap secondDay = new PeriodCap(type, at(24, 0), at(48, 0), 1);
    Booking mine = repository.reserve(capped(placed(at(9, 0), uniqueEmail(), type), firstDay));
    repository.reserve(capped(placed(at(33, 0), uniqueEmail(), type), secondDay));

    Booking within =
        repository
            .updateSlot(
                mine.reschedule(TimeSlot.of(at(14, 0), HALF_HOUR), NOW), BUFFER, List.of(firstDay))
            .orElseThrow();
    Booking intoFull = within.reschedule(TimeSlot.of(at(36, 0), HALF_HOUR), NOW);

    assertThat(within.startTime()).isEqualTo(at(14, 0));
    assertThatThrownBy(() -> repository.updateSlot(intoFull, BUFFER, List.of(secondDay)))
        .isInstanceOfSatisfying(
            SlotUnavailableException.class,
            e -> assertThat(e.reason()).isEqualTo(SlotUnavailableException.Reason.LIMIT_REACHED));
    assertThat(repository.findById(mine.id()).orElseThrow().startTime()).isEqualTo(at(14, 0));
  }

  @Test
  void frequencyLimitOfAType_countsOnlyThatTypesBookings() {
    String email = uniqueEmail();
    String first = newType();
    String second = newType();
    repository.reserve(limited(placed(at(9, 0), email, first), 1, Optional.of(first)));
    repository.reserve(limited(placed(at(11, 0), email, second), 1, Optional.of(second)));
    Booking again = placed(at(13, 0), email, first);

    assertThatThrownBy(() -> repository.reserve(limited(again, 1, Optional.of(first))))
        .isInstanceOfSatisfying(
            FrequencyLimitExceededException.class, e -> assertThat(e.maxBookings()).isEqualTo(1));
    assertThat(repository.findById(again.id())).isEmpty();
    assertThatThrownBy(
            () ->
                repository.reserve(
                    limited(placed(at(15, 0), email, newType()), 2, Optional.empty())))
        .isInstanceOf(FrequencyLimitExceededException.class);
  }

  @Test
  void frequencyLimitOfAType_ignoresCancelledBookings_andTheOverrideStillReplacesIt() {
    String email = uniqueEmail();
    String type = newType();
    Booking cancelled =
        repository.reserve(limited(placed(at(9, 0), email, type), 1, Optional.of(type)));
    repository.update(cancelled.cancel(NOW, Optional.empty())).orElseThrow();
    repository.reserve(limited(placed(at(11, 0), email, type), 1, Optional.of(type)));
    repository.setLimitOverride(email, 2);

    Booking second =
        repository.reserve(limited(placed(at(13, 0), email, type), 1, Optional.of(type)));

    assertThat(repository.findById(second.id())).isPresent();
  }

  private static String newType() {
    return "type-" + UUID.randomUUID().toString().substring(0, 13);
  }

  private static Booking placed(Instant start, String email, String type) {
    return placed(start, email, new Placement(type, "owner"));
  }

  private static Booking placed(Instant start, String email, Placement placement) {
    UUID id = UUID.randomUUID();
    return Booking.newBooking(
        id,
        attendee(email),
        TimeSlot.of(start, HALF_HOUR),
        NOW,
        ManageTokens.hash("token-" + id),
        Optional.empty(),
        placement);
  }

  private Reservation capped(Booking booking, PeriodCap... caps) {
    return new Reservation(
        booking, BUFFER, new FrequencyLimit(100, windowStart(), 30), List.of(caps));
  }

  private Reservation limited(Booking booking, int max, Optional<String> type) {
    return new Reservation(booking, BUFFER, new FrequencyLimit(max, windowStart(), 30, type));
  }
}
