package com.metalogics.booking.core.port.out;

import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.Effect;
import com.metalogics.booking.core.domain.Placement;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What {@link BookingRepository#reserve} checks and inserts as one unit.
 *
 * @param buffer free time kept on both sides of the new booking: no active booking of the same host
 *     may overlap the slot widened by it
 * @param caps the event type's booking limits for the periods the slot starts in; each is checked
 *     under the same lock as the overlap
 * @param effects the new booking's effects, inserted with it
 * @param tallies what the new booking adds to the insight aggregates, in the same transaction
 * @param choice who takes the booking, decided under the same lock; the booking's placement names
 *     the hosts once {@link #assignedTo} has been applied
 */
public record Reservation(
    Booking booking,
    Duration buffer,
    FrequencyLimit limit,
    List<PeriodCap> caps,
    List<Effect> effects,
    List<Tally> tallies,
    HostChoice choice) {

  public Reservation {
    Objects.requireNonNull(booking, "booking");
    Objects.requireNonNull(buffer, "buffer");
    Objects.requireNonNull(limit, "limit");
    caps = List.copyOf(caps);
    effects = List.copyOf(effects);
    tallies = List.copyOf(tallies);
    Objects.requireNonNull(choice, "choice");
  }

  /** A reservation for the booking's own host. */
  public Reservation(
      Booking booking,
      Duration buffer,
      FrequencyLimit limit,
      List<PeriodCap> caps,
      List<Effect> effects,
      List<Tally> tallies) {
    this(
        booking,
        buffer,
        limit,
        caps,
        effects,
        tallies,
        HostChoice.single(
            booking.placement().eventType(), booking.placement().hostId(), List.of()));
  }

  /** The same reservation with the booking and its tallies placed with the chosen hosts. */
  public Reservation assignedTo(HostChoice.Decision decision) {
    Placement placement = booking.placement().assignedTo(decision.hosts(), decision.reason());
    Booking placed = booking.withPlacement(placement);
    List<Tally> placedTallies = tallies.stream().map(t -> t.withPlacement(placement)).toList();
    return new Reservation(placed, buffer, limit, caps, effects, placedTallies, choice);
  }

  /** A reservation that counts nothing for insights. */
  public Reservation(
      Booking booking,
      Duration buffer,
      FrequencyLimit limit,
      List<PeriodCap> caps,
      List<Effect> effects) {
    this(booking, buffer, limit, caps, effects, List.of());
  }

  /** A reservation without effects. */
  public Reservation(Booking booking, Duration buffer, FrequencyLimit limit, List<PeriodCap> caps) {
    this(booking, buffer, limit, caps, List.of());
  }

  /** A reservation without period limits or effects. */
  public Reservation(Booking booking, Duration buffer, FrequencyLimit limit) {
    this(booking, buffer, limit, List.of(), List.of());
  }
}
