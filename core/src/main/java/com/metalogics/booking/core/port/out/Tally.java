package com.metalogics.booking.core.port.out;

import com.metalogics.booking.core.domain.Placement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One increment of the daily insight aggregates, written by storage in the same transaction as the
 * booking change it counts, so that the counts never drift from the bookings.
 */
public sealed interface Tally permits Tally.Outcome, Tally.SlotTime, Tally.CrmSource {

  /** The business day the change happened on. */
  LocalDate day();

  Placement placement();

  /** The same increment counted for {@code other}: the hosts storage assigned. */
  Tally withPlacement(Placement other);

  /** What happened to a booking. */
  enum Measure {
    BOOKED,
    CANCELLED,
    RESCHEDULED,
    NO_SHOW
  }

  /**
   * A booking made, cancelled, rescheduled or marked as a no-show.
   *
   * @param vipTier the booking's VIP tier; empty while there are no tiers
   * @param leadSource the lead source's {@linkplain com.metalogics.booking.core.domain.LeadSource
   *     #label() label}
   */
  record Outcome(
      LocalDate day,
      Placement placement,
      Optional<String> vipTier,
      String leadSource,
      Measure measure)
      implements Tally {
    public Outcome {
      Objects.requireNonNull(day, "day");
      Objects.requireNonNull(placement, "placement");
      Objects.requireNonNull(vipTier, "vipTier");
      Objects.requireNonNull(leadSource, "leadSource");
      Objects.requireNonNull(measure, "measure");
    }

    @Override
    public Outcome withPlacement(Placement other) {
      return new Outcome(day, other, vipTier, leadSource, measure);
    }
  }

  /** A booking made for a meeting on {@code weekday} at {@code hour}, in the business zone. */
  record SlotTime(LocalDate day, Placement placement, DayOfWeek weekday, int hour)
      implements Tally {
    public SlotTime {
      Objects.requireNonNull(day, "day");
      Objects.requireNonNull(placement, "placement");
      Objects.requireNonNull(weekday, "weekday");
      if (hour < 0 || hour > 23) {
        throw new IllegalArgumentException("hour must be 0 to 23, was " + hour);
      }
    }

    @Override
    public SlotTime withPlacement(Placement other) {
      return new SlotTime(day, other, weekday, hour);
    }
  }

  /** A booking whose contact the CRM says came from {@code source}, counted when it learns so. */
  record CrmSource(LocalDate day, Placement placement, String source) implements Tally {
    public CrmSource {
      Objects.requireNonNull(day, "day");
      Objects.requireNonNull(placement, "placement");
      Objects.requireNonNull(source, "source");
    }

    @Override
    public CrmSource withPlacement(Placement other) {
      return new CrmSource(day, other, source);
    }
  }
}
