package com.metalogics.booking.core.inmemory;

import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.BookingStatus;
import com.metalogics.booking.core.domain.EnabledIntegrations;
import com.metalogics.booking.core.domain.FrequencyLimitExceededException;
import com.metalogics.booking.core.domain.SlotUnavailableException;
import com.metalogics.booking.core.domain.TimeSlot;
import com.metalogics.booking.core.port.out.BookingPage;
import com.metalogics.booking.core.port.out.BookingQuery;
import com.metalogics.booking.core.port.out.BookingRepository;
import com.metalogics.booking.core.port.out.FrequencyLimit;
import com.metalogics.booking.core.port.out.PeriodCap;
import com.metalogics.booking.core.port.out.Reservation;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A thread-safe repository in memory with the same atomicity as the database ones: one lock
 * serialises every write, as one calendar's row lock does there.
 */
public final class InMemoryBookingRepository implements BookingRepository {

  private static final Comparator<Booking> LIST_ORDER =
      Comparator.comparing(Booking::startTime).thenComparing(b -> b.id().toString());

  private final Map<UUID, Booking> bookings = new HashMap<>();
  private final Map<String, UUID> byIdempotencyKey = new HashMap<>();
  private final Map<String, Integer> limitOverrides = new HashMap<>();
  private final Map<UUID, Instant> claims = new HashMap<>();
  private final FailureSwitch failures = new FailureSwitch();

  /** Make storage fail (e.g. with {@code StorageUnavailableException}) or hang. */
  public FailureSwitch failures() {
    return failures;
  }

  @Override
  public synchronized Booking reserve(Reservation reservation) {
    failures.check();
    Booking booking = reservation.booking();
    Optional<Booking> earlier =
        booking.idempotencyKey().map(byIdempotencyKey::get).map(bookings::get);
    if (earlier.isPresent()) {
      return earlier.get();
    }
    requireNoOverlap(booking, reservation.buffer());
    requireBelowCaps(booking, reservation.caps());
    FrequencyLimit limit = reservation.limit();
    String email = booking.attendee().normalizedEmail();
    int max = limitOverrides.getOrDefault(email, limit.maxBookings());
    if (countByEmailLocked(email, limit.windowStart(), limit.eventType()) >= max) {
      throw new FrequencyLimitExceededException(max, limit.windowDays());
    }
    Booking stored = booking.withVersion(1);
    bookings.put(stored.id(), stored);
    booking.idempotencyKey().ifPresent(key -> byIdempotencyKey.put(key, stored.id()));
    return stored;
  }

  @Override
  public synchronized Optional<Booking> findById(UUID id) {
    failures.check();
    return Optional.ofNullable(bookings.get(id));
  }

  @Override
  public synchronized Optional<Booking> findByIdempotencyKey(String idempotencyKey) {
    failures.check();
    return Optional.ofNullable(byIdempotencyKey.get(idempotencyKey)).map(bookings::get);
  }

  @Override
  public synchronized List<Booking> findActiveOverlapping(TimeSlot range) {
    failures.check();
    return active().filter(b -> b.slot().overlaps(range)).sorted(LIST_ORDER).toList();
  }

  @Override
  public synchronized int countActiveByEmailSince(String normalizedEmail, Instant since) {
    failures.check();
    return countByEmailLocked(normalizedEmail, since, Optional.empty());
  }

  @Override
  public synchronized Optional<Booking> update(Booking booking) {
    failures.check();
    Booking stored = bookings.get(booking.id());
    if (stored == null || stored.version() != booking.version()) {
      return Optional.empty();
    }
    return Optional.of(write(booking, stored));
  }

  @Override
  public synchronized Optional<Booking> updateSlot(
      Booking rescheduled, Duration buffer, List<PeriodCap> caps) {
    failures.check();
    Booking stored = bookings.get(rescheduled.id());
    if (stored == null || stored.version() != rescheduled.version()) {
      return Optional.empty();
    }
    requireNoOverlap(rescheduled, buffer);
    requireBelowCaps(rescheduled, caps);
    return Optional.of(write(rescheduled, stored));
  }

  private Booking write(Booking booking, Booking stored) {
    Booking written = booking.withVersion(stored.version() + 1);
    bookings.put(written.id(), written);
    claims.remove(written.id());
    return written;
  }

  @Override
  public synchronized BookingPage list(BookingQuery query, EnabledIntegrations integrations) {
    failures.check();
    return InMemoryListing.page(bookings.values(), query, integrations);
  }

  @Override
  public synchronized List<Booking> claimForSync(
      Instant now, Duration lease, int limit, EnabledIntegrations integrations) {
    failures.check();
    List<Booking> due =
        bookings.values().stream()
            .filter(b -> integrations.needsSync(b.sync()))
            .filter(b -> b.sync().nextAttemptAt().map(at -> !at.isAfter(now)).orElse(true))
            .filter(
                b ->
                    Optional.ofNullable(claims.get(b.id()))
                        .map(until -> !until.isAfter(now))
                        .orElse(true))
            .sorted(Comparator.comparing(Booking::updatedAt).thenComparing(b -> b.id().toString()))
            .limit(limit)
            .toList();
    Instant until = now.plus(lease);
    due.forEach(b -> claims.put(b.id(), until));
    return due;
  }

  @Override
  public synchronized Optional<Integer> findLimitOverride(String normalizedEmail) {
    failures.check();
    return Optional.ofNullable(limitOverrides.get(normalizedEmail));
  }

  @Override
  public synchronized void setLimitOverride(String normalizedEmail, int maxBookings) {
    failures.check();
    limitOverrides.put(normalizedEmail, maxBookings);
  }

  @Override
  public synchronized void clearLimitOverride(String normalizedEmail) {
    failures.check();
    limitOverrides.remove(normalizedEmail);
  }

  @Override
  public void ping() {
    failures.check();
  }

  /** Every stored booking, for tests and demos. */
  public synchronized List<Booking> all() {
    return bookings.values().stream().sorted(LIST_ORDER).toList();
  }

  private void requireNoOverlap(Booking booking, Duration buffer) {
    TimeSlot widened = booking.slot().widen(buffer);
    boolean taken =
        active().anyMatch(b -> !b.id().equals(booking.id()) && b.slot().overlaps(widened));
    if (taken) {
      throw new SlotUnavailableException(
          booking.slot(), SlotUnavailableException.Reason.ALREADY_BOOKED);
    }
  }

  /** Each cap counts the other confirmed bookings of its type starting in its period. */
  private void requireBelowCaps(Booking booking, List<PeriodCap> caps) {
    for (PeriodCap cap : caps) {
      long taken =
          active()
              .filter(b -> !b.id().equals(booking.id()))
              .filter(b -> b.placement().eventType().equals(cap.eventType()))
              .filter(b -> !b.startTime().isBefore(cap.from()) && b.startTime().isBefore(cap.to()))
              .count();
      if (taken >= cap.max()) {
        throw new SlotUnavailableException(
            booking.slot(), SlotUnavailableException.Reason.LIMIT_REACHED);
      }
    }
  }

  private int countByEmailLocked(
      String normalizedEmail, Instant since, Optional<String> eventType) {
    return (int)
        bookings.values().stream()
            .filter(b -> b.status() != BookingStatus.CANCELLED)
            .filter(b -> b.attendee().normalizedEmail().equals(normalizedEmail))
            .filter(b -> !b.createdAt().isBefore(since))
            .filter(b -> eventType.map(b.placement().eventType()::equals).orElse(true))
            .count();
  }

  private Stream<Booking> active() {
    return bookings.values().stream().filter(Booking::isActive);
  }
}
