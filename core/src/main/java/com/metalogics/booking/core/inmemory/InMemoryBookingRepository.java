package com.metalogics.booking.core.inmemory;

import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.BookingStatus;
import com.metalogics.booking.core.domain.Effect;
import com.metalogics.booking.core.domain.EffectKind;
import com.metalogics.booking.core.domain.EnabledIntegrations;
import com.metalogics.booking.core.domain.FrequencyLimitExceededException;
import com.metalogics.booking.core.domain.Placement;
import com.metalogics.booking.core.domain.TimeSlot;
import com.metalogics.booking.core.port.out.BookingPage;
import com.metalogics.booking.core.port.out.BookingQuery;
import com.metalogics.booking.core.port.out.BookingRepository;
import com.metalogics.booking.core.port.out.EffectStats;
import com.metalogics.booking.core.port.out.FrequencyLimit;
import com.metalogics.booking.core.port.out.HostChoice;
import com.metalogics.booking.core.port.out.PeriodCap;
import com.metalogics.booking.core.port.out.Reservation;
import com.metalogics.booking.core.port.out.Tally;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
  private final InMemoryEffects effects = new InMemoryEffects();
  private final FailureSwitch failures = new FailureSwitch();
  private final InMemoryInsights insights = new InMemoryInsights();
  private final InMemoryHostLedger ledger = new InMemoryHostLedger();

  /** The insight aggregates this repository's writes count in. */
  public InMemoryInsights insights() {
    return insights;
  }

  /** Make storage fail (e.g. with {@code StorageUnavailableException}) or hang. */
  public FailureSwitch failures() {
    return failures;
  }

  @Override
  public synchronized Booking reserve(Reservation asked) {
    failures.check();
    Optional<Booking> earlier =
        asked.booking().idempotencyKey().map(byIdempotencyKey::get).map(bookings::get);
    if (earlier.isPresent()) {
      return earlier.get();
    }
    HostChoice.Ledger hosts = ledger.of(bookings.values(), asked.booking(), asked.buffer());
    Reservation reservation =
        asked.assignedTo(asked.choice().decide(hosts, asked.booking().slot()));
    Booking booking = reservation.booking();
    InMemoryHostLedger.requireBelowCaps(bookings.values(), booking, reservation.caps());
    FrequencyLimit limit = reservation.limit();
    String email = booking.attendee().normalizedEmail();
    int max = limitOverrides.getOrDefault(email, limit.maxBookings());
    if (countByEmailLocked(email, limit.windowStart(), limit.eventType()) >= max) {
      throw new FrequencyLimitExceededException(max, limit.windowDays());
    }
    effects.insert(reservation.effects());
    insights.add(reservation.tallies());
    Booking stored = effects.summarised(booking.withVersion(1));
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
  public synchronized List<Booking> findConflicted(int limit) {
    failures.check();
    return active().filter(Booking::conflicted).sorted(LIST_ORDER).limit(limit).toList();
  }

  @Override
  public synchronized int countActiveByEmailSince(String normalizedEmail, Instant since) {
    failures.check();
    return countByEmailLocked(normalizedEmail, since, Optional.empty());
  }

  @Override
  public synchronized Optional<Booking> update(
      Booking booking, List<Effect> newEffects, List<Tally> tallies) {
    failures.check();
    Booking stored = bookings.get(booking.id());
    if (stored == null || stored.version() != booking.version()) {
      return Optional.empty();
    }
    insights.add(tallies);
    return Optional.of(write(booking, stored, newEffects));
  }

  @Override
  public synchronized Optional<Booking> updateSlot(
      Booking rescheduled,
      Duration buffer,
      List<PeriodCap> caps,
      List<Effect> newEffects,
      List<Tally> tallies) {
    failures.check();
    Booking stored = bookings.get(rescheduled.id());
    if (stored == null || stored.version() != rescheduled.version()) {
      return Optional.empty();
    }
    InMemoryHostLedger.requireNoOverlap(bookings.values(), rescheduled, buffer);
    InMemoryHostLedger.requireBelowCaps(bookings.values(), rescheduled, caps);
    insights.add(tallies);
    return Optional.of(write(rescheduled, stored, newEffects));
  }

  @Override
  public synchronized Optional<Booking> updateSlot(
      Booking rescheduled,
      Duration buffer,
      List<PeriodCap> caps,
      HostChoice choice,
      List<Effect> newEffects,
      List<Tally> tallies) {
    failures.check();
    Booking stored = bookings.get(rescheduled.id());
    if (stored == null || stored.version() != rescheduled.version()) {
      return Optional.empty();
    }
    HostChoice.Decision decision =
        choice.decide(ledger.of(bookings.values(), rescheduled, buffer), rescheduled.slot());
    Placement placement = rescheduled.placement().assignedTo(decision.hosts(), decision.reason());
    Booking placed = rescheduled.withPlacement(placement);
    InMemoryHostLedger.requireBelowCaps(bookings.values(), placed, caps);
    insights.add(tallies.stream().map(t -> t.withPlacement(placement)).toList());
    return Optional.of(write(placed, stored, newEffects));
  }

  private Booking write(Booking booking, Booking stored, List<Effect> newEffects) {
    effects.supersede(booking.id(), booking.revision(), booking.updatedAt());
    effects.insert(newEffects);
    Booking written = effects.summarised(booking.withVersion(stored.version() + 1));
    bookings.put(written.id(), written);
    return written;
  }

  @Override
  public synchronized BookingPage list(BookingQuery query, EnabledIntegrations integrations) {
    failures.check();
    return InMemoryListing.page(bookings.values(), query, integrations);
  }

  @Override
  public synchronized List<Effect> claimDue(
      Instant now, Duration lease, int limit, Set<EffectKind> kinds) {
    failures.check();
    return effects.claimDue(now, lease, limit, kinds);
  }

  @Override
  public synchronized void release(Collection<UUID> effectIds) {
    failures.check();
    effects.release(effectIds);
  }

  @Override
  public synchronized Optional<Booking> storeOutcome(Effect effect) {
    failures.check();
    Booking booking = bookings.get(effect.bookingId());
    if (booking == null || !effects.replace(effect)) {
      return Optional.empty();
    }
    Booking summarised = effects.summarised(booking);
    bookings.put(summarised.id(), summarised);
    return Optional.of(summarised);
  }

  @Override
  public synchronized boolean addEffect(Effect effect) {
    failures.check();
    Booking booking = bookings.get(effect.bookingId());
    if (booking == null || !effects.insertIfAbsent(effect)) {
      return false;
    }
    bookings.put(booking.id(), effects.summarised(booking));
    return true;
  }

  @Override
  public synchronized Optional<Effect> findEffect(UUID id) {
    failures.check();
    return effects.find(id);
  }

  @Override
  public synchronized List<Effect> effectsOf(UUID bookingId) {
    failures.check();
    return effects.of(bookingId);
  }

  @Override
  public synchronized List<Effect> effectsFor(EffectKind kind, String target, int limit) {
    failures.check();
    return effects.forTarget(kind, target, limit);
  }

  @Override
  public synchronized EffectStats effectStats(Instant now) {
    failures.check();
    return effects.stats(now);
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
