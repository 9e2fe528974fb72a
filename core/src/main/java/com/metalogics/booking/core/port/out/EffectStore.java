package com.metalogics.booking.core.port.out;

import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.Effect;
import com.metalogics.booking.core.domain.EffectKind;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The outbox: effects written by {@link BookingRepository}'s reserve and update, claimed and run by
 * the engine. Every implementation passes {@code EffectStoreContract} from the core's test-jar.
 * After every write the effects' booking carries {@link
 * com.metalogics.booking.core.domain.SyncSummary#derive} of its effects, in the same transaction.
 */
public interface EffectStore {

  /**
   * Claims up to {@code limit} pending effects of {@code kinds} whose next attempt is due at {@code
   * now} and which nobody else holds, until {@code now + lease}; oldest due first. Two callers, in
   * one process or several, never get the same effect while its claim holds. An effect whose kind
   * comes {@link EffectKind#after()} another kind in {@code kinds} is left while the booking
   * revision's effect of that kind is pending and due.
   */
  List<Effect> claimDue(Instant now, Duration lease, int limit, Set<EffectKind> kinds);

  /** Gives up claims early (a graceful stop), so that another instance may take them at once. */
  void release(Collection<UUID> effectIds);

  /**
   * Stores what a run made of the effect (matched by id), releases its claim and refreshes its
   * booking's sync summary.
   *
   * @return the booking after the write; empty when the effect or its booking is unknown
   */
  Optional<Booking> storeOutcome(Effect effect);

  /**
   * Stores what runs made of several effects of one booking, as {@link #storeOutcome} stores each,
   * with one refresh of the booking's summary: a store with transactions uses one. An unknown
   * effect is left out.
   *
   * @return the booking after the write; empty when no effect, or the booking, is known
   * @throws IllegalArgumentException when the effects are not all of one booking
   */
  default Optional<Booking> storeOutcomes(List<Effect> effects) {
    requireOneBooking(effects);
    Optional<Booking> after = Optional.empty();
    for (Effect effect : effects) {
      Optional<Booking> stored = storeOutcome(effect);
      if (stored.isPresent()) {
        after = stored;
      }
    }
    return after;
  }

  /**
   * As {@link #storeOutcomes(List)}, given the booking as the caller last had it: a store may
   * answer with that one, its summary refreshed, instead of reading the row again, while no change
   * of the booking has been stored since (its version is still the stored one).
   */
  default Optional<Booking> storeOutcomes(Booking known, List<Effect> effects) {
    return storeOutcomes(effects);
  }

  /**
   * @throws IllegalArgumentException when the effects are not all of one booking
   */
  static void requireOneBooking(List<Effect> effects) {
    if (effects.stream().map(Effect::bookingId).distinct().count() > 1) {
      throw new IllegalArgumentException("the effects are of more than one booking");
    }
  }

  /**
   * Inserts an effect for an existing booking, unless one with the same booking, kind, target and
   * revision is there already.
   *
   * @return true when it was inserted
   */
  boolean addEffect(Effect effect);

  Optional<Effect> findEffect(UUID id);

  /** The booking's effects, oldest first. */
  List<Effect> effectsOf(UUID bookingId);

  /**
   * The newest {@code limit} effects of {@code kind} aimed at {@code target} (or at {@code
   * target#key}, a notice to that target), newest first: a webhook subscription's deliveries.
   */
  List<Effect> effectsFor(EffectKind kind, String target, int limit);

  /** Counts for metrics, at {@code now}. */
  EffectStats effectStats(Instant now);
}
