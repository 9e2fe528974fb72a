package com.metalogics.booking.core.contract;

import static com.metalogics.booking.core.contract.Fixtures.NOW;
import static com.metalogics.booking.core.contract.Fixtures.booking;
import static com.metalogics.booking.core.contract.Fixtures.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.metalogics.booking.core.domain.Attendee;
import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.BookingStatus;
import com.metalogics.booking.core.domain.CalendarConflict;
import com.metalogics.booking.core.domain.FrequencyLimitExceededException;
import com.metalogics.booking.core.domain.Placement;
import com.metalogics.booking.core.domain.SlotUnavailableException;
import com.metalogics.booking.core.domain.TimeSlot;
import com.metalogics.booking.core.port.out.BookedSlot;
import com.metalogics.booking.core.port.out.BookingRepository;
import com.metalogics.booking.core.port.out.FrequencyLimit;
import com.metalogics.booking.core.port.out.Reservation;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link BookingRepository} must do: reserve atomically, find, update with version
 * checks. Listing, claiming and overrides are in {@link BookingRepositoryQueryContract}, placement
 * and limits in {@link BookingRepositoryLimitsContract}. Each test works in its own far-future
 * week, so implementations may share one database.
 */
public abstract class BookingRepositoryContract extends BookingRepositoryLoadsContract {

  @Test
  void reserve_storesEveryField_andFindByIdReadsItBack() {
    Booking fresh = booking(at(10, 0), uniqueEmail());
    Booking stored = repository.reserve(reservation(fresh));
    assertThat(stored).isEqualTo(fresh.withVersion(stored.version()));
    assertThat(repository.findById(fresh.id())).contains(stored);
  }

  @Test
  void reserve_keepsTheVipTierOfThePlacement() {
    Booking plain = booking(at(12, 0), uniqueEmail());
    Booking vip =
        new Booking(
            plain.id(),
            plain.attendee(),
            plain.slot(),
            plain.status(),
            plain.revision(),
            plain.sync(),
            plain.createdAt(),
            plain.updatedAt(),
            plain.cancelledAt(),
            plain.cancelReason(),
            plain.manageTokenHash(),
            plain.idempotencyKey(),
            plain.version(),
            plain.placement().underTier(Optional.of("gold")),
            plain.attribution(),
            plain.noShowAt());
    Booking stored = repository.reserve(reservation(vip));
    assertThat(repository.findById(vip.id()).map(b -> b.placement().vipTier()))
        .contains(Optional.of("gold"));
    assertThat(stored.placement()).isEqualTo(vip.placement());
  }

  @Test
  void update_keepsTheAttendeesSmsOptOut() {
    Booking stored = repository.reserve(reservation(booking(at(10, 0), uniqueEmail())));
    Booking optedOut = stored.withAttendee(stored.attendee().withSmsOptedOut(), NOW);

    repository.update(optedOut).orElseThrow();

    assertThat(repository.findById(stored.id()).orElseThrow().attendee().smsOptedOut()).isTrue();
  }

  @Test
  void reserve_keepsTextVerbatim() {
    Attendee odd =
        new Attendee(
            "Zoë O'Brien \"Ω\" 李小龍",
            "zoe.o'brien@example.com",
            Optional.of("'); DROP TABLE bookings;--"),
            Optional.empty(),
            Optional.of("Line one\nLine two \u2603 \uD83D\uDE00 \\ % _"),
            ZoneId.of("Asia/Kolkata"));
    Booking fresh =
        Booking.newBooking(
            UUID.randomUUID(),
            odd,
            TimeSlot.of(at(11, 0), Duration.ofMinutes(45)),
            NOW,
            "hash",
            Optional.of("key-" + UUID.randomUUID()));
    repository.reserve(reservation(fresh));
    assertThat(repository.findById(fresh.id()).orElseThrow().attendee()).isEqualTo(odd);
  }

  @Test
  void givenActiveBooking_reserveOverlapping_isAlreadyBooked() {
    repository.reserve(reservation(booking(at(10, 0), uniqueEmail())));
    Booking overlapping = booking(at(10, 15), uniqueEmail());
    assertThatThrownBy(() -> repository.reserve(reservation(overlapping)))
        .isInstanceOfSatisfying(
            SlotUnavailableException.class,
            e -> assertThat(e.reason()).isEqualTo(SlotUnavailableException.Reason.ALREADY_BOOKED));
    assertThat(repository.findById(overlapping.id())).isEmpty();
  }

  @Test
  void givenActiveBooking_reserveWithinBuffer_isRejected_andJustOutsideIsAccepted() {
    repository.reserve(reservation(booking(at(10, 0), uniqueEmail())));
    assertThatThrownBy(() -> repository.reserve(reservation(booking(at(10, 40), uniqueEmail()))))
        .isInstanceOf(SlotUnavailableException.class);
    assertThatThrownBy(() -> repository.reserve(reservation(booking(at(9, 20), uniqueEmail()))))
        .isInstanceOf(SlotUnavailableException.class);
    Booking after = repository.reserve(reservation(booking(at(10, 45), uniqueEmail())));
    Booking before = repository.reserve(reservation(booking(at(9, 15), uniqueEmail())));
    assertThat(repository.findById(after.id())).isPresent();
    assertThat(repository.findById(before.id())).isPresent();
  }

  @Test
  void givenLongBookingAroundACancelledOne_reserveInsideIt_isAlreadyBooked() {
    Booking cancelled = repository.reserve(reservation(booking(at(10, 30), uniqueEmail())));
    repository.update(cancelled.cancel(NOW, Optional.empty())).orElseThrow();
    Duration hour = Duration.ofMinutes(60);
    repository.reserve(reservation(booking(at(10, 0), hour, uniqueEmail(), NOW)));
    repository.reserve(reservation(booking(at(12, 0), uniqueEmail())));

    // The latest booking starting before the slot is the cancelled one; the hour-long one under
    // it still holds the slot.
    Booking inside = booking(at(10, 35), Duration.ofMinutes(15), uniqueEmail(), NOW);
    assertThatThrownBy(() -> repository.reserve(reservation(inside)))
        .isInstanceOf(SlotUnavailableException.class);
    Booking between = repository.reserve(reservation(booking(at(11, 15), uniqueEmail())));
    assertThat(repository.findById(between.id())).isPresent();
  }

  @Test
  void givenCancelledBooking_reserveSameSlot_succeeds() {
    Booking first = repository.reserve(reservation(booking(at(10, 0), uniqueEmail())));
    repository.update(first.cancel(NOW, Optional.of("changed plans"))).orElseThrow();
    Booking second = repository.reserve(reservation(booking(at(10, 0), uniqueEmail())));
    assertThat(repository.findById(second.id())).isPresent();
  }

  @Test
  void reserve_enforcesFrequencyLimit_caseInsensitively() {
    String email = uniqueEmail();
    repository.reserve(reservation(booking(at(9, 0), email), 2));
    repository.reserve(reservation(booking(at(11, 0), email.toUpperCase()), 2));
    Booking third = booking(at(13, 0), email);
    assertThatThrownBy(() -> repository.reserve(reservation(third, 2)))
        .isInstanceOfSatisfying(
            FrequencyLimitExceededException.class, e -> assertThat(e.maxBookings()).isEqualTo(2));
    assertThat(repository.findById(third.id())).isEmpty();
  }

  @Test
  void frequencyLimit_ignoresCancelledAndOldBookings() {
    String email = uniqueEmail();
    Booking cancelled = repository.reserve(reservation(booking(at(9, 0), email), 1));
    repository.update(cancelled.cancel(NOW, Optional.empty())).orElseThrow();
    Booking old = booking(at(11, 0), Duration.ofMinutes(30), email, NOW.minus(Duration.ofDays(40)));
    repository.reserve(reservation(old, 5));
    Booking fresh = repository.reserve(reservation(booking(at(13, 0), email), 1));
    assertThat(repository.findById(fresh.id())).isPresent();
    assertThat(repository.countActiveByEmailSince(email, windowStart())).isEqualTo(1);
  }

  @Test
  void limitOverride_replacesTheLimitInsideReserve() {
    String email = uniqueEmail();
    repository.setLimitOverride(email, 3);
    for (int hour = 9; hour < 15; hour += 2) {
      repository.reserve(reservation(booking(at(hour, 0), email), 1));
    }
    assertThatThrownBy(() -> repository.reserve(reservation(booking(at(16, 0), email), 1)))
        .isInstanceOf(FrequencyLimitExceededException.class);
    repository.setLimitOverride(email, 0);
    assertThat(repository.findLimitOverride(email)).contains(0);
    repository.clearLimitOverride(email);
    assertThat(repository.findLimitOverride(email)).isEmpty();
  }

  @Test
  void reserve_withKnownIdempotencyKey_returnsTheEarlierBooking() {
    String key = "key-" + UUID.randomUUID();
    Booking first = withKey(booking(at(10, 0), uniqueEmail()), key);
    Booking stored = repository.reserve(reservation(first));
    Booking second = withKey(booking(at(14, 0), uniqueEmail()), key);
    assertThat(repository.reserve(reservation(second))).isEqualTo(stored);
    assertThat(repository.findByIdempotencyKey(key)).contains(stored);
    assertThat(repository.findById(second.id())).isEmpty();
  }

  @Test
  void findActiveOverlapping_returnsOnlyActiveOverlappingBookings_inStartOrder() {
    Booking late = repository.reserve(reservation(booking(at(14, 0), uniqueEmail())));
    Booking early = repository.reserve(reservation(booking(at(10, 0), uniqueEmail())));
    Booking cancelled = repository.reserve(reservation(booking(at(12, 0), uniqueEmail())));
    repository.update(cancelled.cancel(NOW, Optional.empty())).orElseThrow();
    repository.reserve(reservation(booking(at(18, 0), uniqueEmail())));
    TimeSlot range = new TimeSlot(at(10, 15), at(14, 10));
    assertThat(repository.findActiveOverlapping(range))
        .extracting(Booking::id)
        .containsExactly(early.id(), late.id());
  }

  @Test
  void findBookedSlots_readsTheSameBookingsAsFindActiveOverlapping_withSlotAndPlacement() {
    Placement pooled =
        new Placement(
            "team",
            "ada",
            Optional.of("gold"),
            List.of("grace", "alan"),
            Optional.of("least busy"));
    Booking late = repository.reserve(reservation(booking(at(14, 0), uniqueEmail())));
    Booking early =
        repository.reserve(reservation(booking(at(10, 0), uniqueEmail()).withPlacement(pooled)));
    Booking cancelled = repository.reserve(reservation(booking(at(12, 0), uniqueEmail())));
    repository.update(cancelled.cancel(NOW, Optional.empty())).orElseThrow();
    repository.reserve(reservation(booking(at(18, 0), uniqueEmail())));
    TimeSlot range = new TimeSlot(at(10, 15), at(14, 10));

    assertThat(repository.findBookedSlots(range))
        .containsExactly(BookedSlot.of(early), BookedSlot.of(late))
        .containsExactlyElementsOf(
            repository.findActiveOverlapping(range).stream().map(BookedSlot::of).toList());
    assertThat(early.placement().vipTier()).contains("gold");
  }

  @Test
  void update_withCurrentVersion_bumpsIt_andStaleOrUnknownIsRefused() {
    Booking stored = repository.reserve(reservation(booking(at(10, 0), uniqueEmail())));
    Booking cancelled = stored.cancel(NOW.plusSeconds(5), Optional.of("no time"));
    Booking written = repository.update(cancelled).orElseThrow();
    assertThat(written.version()).isEqualTo(stored.version() + 1);
    assertThat(written.status()).isEqualTo(BookingStatus.CANCELLED);
    assertThat(repository.findById(stored.id())).contains(written);
    assertThat(repository.update(stored)).isEmpty();
    assertThat(repository.update(booking(at(15, 0), uniqueEmail()))).isEmpty();
  }

  @Test
  void update_storesTheCalendarConflict_findConflictedListsIt_andClearingRemovesIt() {
    Booking stored = repository.reserve(reservation(booking(at(10, 0), uniqueEmail())));
    CalendarConflict conflict =
        new CalendarConflict("outside1", TimeSlot.of(at(10, 15), Duration.ofMinutes(45)), NOW);

    Booking flagged =
        repository.update(stored.withConflict(Optional.of(conflict), NOW)).orElseThrow();

    assertThat(repository.findById(stored.id()).orElseThrow().conflict()).contains(conflict);
    assertThat(repository.findConflicted(10_000)).extracting(Booking::id).contains(stored.id());
    repository.update(flagged.withConflict(Optional.empty(), NOW)).orElseThrow();
    assertThat(repository.findById(stored.id()).orElseThrow().conflicted()).isFalse();
    assertThat(repository.findConflicted(10_000))
        .extracting(Booking::id)
        .doesNotContain(stored.id());
  }

  @Test
  void updateSlot_refusesOverlapWithOthers_butNotWithItself() {
    Booking mine = repository.reserve(reservation(booking(at(10, 0), uniqueEmail())));
    repository.reserve(reservation(booking(at(12, 0), uniqueEmail())));
    Booking shifted =
        repository
            .updateSlot(
                mine.reschedule(TimeSlot.of(at(10, 15), Duration.ofMinutes(30)), NOW), BUFFER)
            .orElseThrow();
    assertThat(shifted.startTime()).isEqualTo(at(10, 15));
    assertThat(shifted.revision()).isEqualTo(2);
    Booking clash = shifted.reschedule(TimeSlot.of(at(11, 30), Duration.ofMinutes(30)), NOW);
    assertThatThrownBy(() -> repository.updateSlot(clash, BUFFER))
        .isInstanceOf(SlotUnavailableException.class);
    assertThat(repository.findById(mine.id()).orElseThrow().startTime()).isEqualTo(at(10, 15));
  }

  protected Reservation reservation(Booking booking) {
    return reservation(booking, 100);
  }

  protected Reservation reservation(Booking booking, int maxPerEmail) {
    return new Reservation(booking, BUFFER, new FrequencyLimit(maxPerEmail, windowStart(), 30));
  }

  private static Booking withKey(Booking b, String key) {
    return Booking.newBooking(
        b.id(), b.attendee(), b.slot(), b.createdAt(), b.manageTokenHash(), Optional.of(key));
  }

  /** A far-future week per test, so tests sharing one database never collide. */
  @BeforeEach
  void pickWeek() {
    weekStart = Fixtures.freshWeek();
  }
}
