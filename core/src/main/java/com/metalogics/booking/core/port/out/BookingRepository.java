package com.metalogics.booking.core.port.out;

import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.Effect;
import com.metalogics.booking.core.domain.EnabledIntegrations;
import com.metalogics.booking.core.domain.TimeSlot;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Where bookings live. Every implementation passes {@code BookingRepositoryContract} from the
 * core's test-jar. Failures to reach storage surface as {@code StorageUnavailableException} and
 * never leave a half-written booking behind.
 */
public interface BookingRepository extends EffectStore {

  /**
   * Atomically, serialised per calendar: returns the booking already stored under the same
   * idempotency key if there is one; otherwise checks that no active booking overlaps the new slot
   * widened by the buffer ({@code SlotUnavailableException} with {@code ALREADY_BOOKED}), that no
   * {@link PeriodCap} of the reservation is full ({@code SlotUnavailableException} with {@code
   * LIMIT_REACHED}) and that the e-mail is below its limit ({@code
   * FrequencyLimitExceededException}), then inserts it with the reservation's effects and adds its
   * tallies to the insight aggregates. A limit override for the e-mail replaces the reservation's
   * limit.
   *
   * @return the stored booking: the new one, or the earlier one with the same idempotency key
   */
  Booking reserve(Reservation reservation);

  Optional<Booking> findById(UUID id);

  Optional<Booking> findByIdempotencyKey(String idempotencyKey);

  /** Active bookings whose slot overlaps {@code range}, ordered by start time. */
  List<Booking> findActiveOverlapping(TimeSlot range);

  /**
   * The same bookings as {@link #findActiveOverlapping}, in the same order, as much of each as
   * availability reads. A store may read less than the whole booking here.
   */
  default List<BookedSlot> findBookedSlots(TimeSlot range) {
    return findActiveOverlapping(range).stream().map(BookedSlot::of).toList();
  }

  /**
   * Confirmed bookings flagged with a calendar conflict, the earliest start first, at most {@code
   * limit}.
   */
  List<Booking> findConflicted(int limit);

  /** Non-cancelled bookings of the normalised e-mail created at or after {@code since}. */
  int countActiveByEmailSince(String normalizedEmail, Instant since);

  /**
   * Writes the booking if the stored version equals {@code booking.version()}, with {@code
   * effects}; pending effects of older revisions whose kind is {@link
   * com.metalogics.booking.core.domain.EffectKind#revisionScoped} are cancelled, as the new
   * revision serves them; adds {@code tallies} to the insight aggregates in the same transaction.
   *
   * @return the stored booking with the next version; empty when it changed meanwhile or is unknown
   */
  Optional<Booking> update(Booking booking, List<Effect> effects, List<Tally> tallies);

  /** {@link #update(Booking, List, List)} counting nothing for insights. */
  default Optional<Booking> update(Booking booking, List<Effect> effects) {
    return update(booking, effects, List.of());
  }

  /** {@link #update(Booking, List)} without new effects. */
  default Optional<Booking> update(Booking booking) {
    return update(booking, List.of());
  }

  /**
   * Like {@link #update(Booking, List, List)}, after checking atomically (as {@link #reserve} does)
   * that no other active booking overlaps the booking's new slot widened by {@code buffer} ({@code
   * ALREADY_BOOKED}) and that no cap is full without the booking itself ({@code LIMIT_REACHED}).
   *
   * @param caps the event type's limits for the periods the new slot starts in
   */
  Optional<Booking> updateSlot(
      Booking rescheduled,
      Duration buffer,
      List<PeriodCap> caps,
      List<Effect> effects,
      List<Tally> tallies);

  /**
   * Like {@link #updateSlot(Booking, Duration, List, List, List)}, the booking's hosts chosen anew
   * by {@code choice} inside the same lock (the booking's own time counts against none of them): a
   * round-robin booking whose host is not free at the new slot moves to another of the pool. The
   * tallies are counted for the hosts chosen.
   *
   * <p>It decides with {@code choice} before it reads {@code effects}.
   *
   * @param caps the event type's limits for the periods the new slot starts in; the hosts' own are
   *     the choice's
   */
  Optional<Booking> updateSlot(
      Booking rescheduled,
      Duration buffer,
      List<PeriodCap> caps,
      HostChoice choice,
      List<Effect> effects,
      List<Tally> tallies);

  /**
   * Like {@link #updateSlot(Booking, Duration, List, HostChoice, List, List)}, its effects planned
   * by {@code plan} on the booking as the choice placed it, in the same write: effects that name
   * the hosts chosen (a webhook's body, an alert) are stored with the move or not at all.
   */
  default Optional<Booking> updateSlot(
      Booking rescheduled,
      Duration buffer,
      List<PeriodCap> caps,
      HostChoice choice,
      Function<Booking, List<Effect>> plan,
      List<Tally> tallies) {
    List<Effect> effects = new ArrayList<>();
    HostChoice planning =
        choice.listenedBy(
            decision -> {
              choice.listener().accept(decision);
              Booking placed =
                  rescheduled.withPlacement(
                      rescheduled.placement().assignedTo(decision.hosts(), decision.reason()));
              effects.clear();
              effects.addAll(plan.apply(placed));
            });
    return updateSlot(rescheduled, buffer, caps, planning, effects, tallies);
  }

  /** {@link #updateSlot(Booking, Duration, List, List, List)} counting nothing for insights. */
  default Optional<Booking> updateSlot(
      Booking rescheduled, Duration buffer, List<PeriodCap> caps, List<Effect> effects) {
    return updateSlot(rescheduled, buffer, caps, effects, List.of());
  }

  /** {@link #updateSlot(Booking, Duration, List, List)} without new effects. */
  default Optional<Booking> updateSlot(Booking rescheduled, Duration buffer, List<PeriodCap> caps) {
    return updateSlot(rescheduled, buffer, caps, List.of());
  }

  /** {@link #updateSlot(Booking, Duration, List, List)} for a type without period limits. */
  default Optional<Booking> updateSlot(Booking rescheduled, Duration buffer) {
    return updateSlot(rescheduled, buffer, List.of(), List.of());
  }

  /**
   * One page of the bookings matching the query's filters, in its {@link BookingSort}, at its
   * cursor; build the answer with {@link BookingPage#of}. Only {@code integrations} count for the
   * {@code needsSync} filter and the sync order.
   */
  BookingPage list(BookingQuery query, EnabledIntegrations integrations);

  Optional<Integer> findLimitOverride(String normalizedEmail);

  void setLimitOverride(String normalizedEmail, int maxBookings);

  void clearLimitOverride(String normalizedEmail);

  /** Cheap round trip for readiness checks; throws when storage cannot be reached. */
  void ping();
}
