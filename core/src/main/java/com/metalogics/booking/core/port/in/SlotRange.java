package com.metalogics.booking.core.port.in;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The range of an available-slots query. Each end is a day in the business zone or an instant; the
 * core turns days into instants, since only it knows the business zone.
 */
public record SlotRange(Bound start, Bound end) {

  public SlotRange {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
  }

  /** One end of a range. */
  public sealed interface Bound {

    /** Where this bound puts the start of a range. */
    Instant startIn(ZoneId zone);

    /** Where this bound puts the end of a range. */
    Instant endIn(ZoneId zone);
  }

  /** A whole business day: a range starts at its first instant and ends after its last. */
  public record Day(LocalDate date) implements Bound {
    public Day {
      Objects.requireNonNull(date, "date");
    }

    @Override
    public Instant startIn(ZoneId zone) {
      return date.atStartOfDay(zone).toInstant();
    }

    @Override
    public Instant endIn(ZoneId zone) {
      return date.plusDays(1).atStartOfDay(zone).toInstant();
    }
  }

  /** An instant; as an end it is excluded, the range is half-open. */
  public record At(Instant instant) implements Bound {
    public At {
      Objects.requireNonNull(instant, "instant");
    }

    @Override
    public Instant startIn(ZoneId zone) {
      return instant;
    }

    @Override
    public Instant endIn(ZoneId zone) {
      return instant;
    }
  }

  /** From the start of {@code startDate} to the end of {@code endDate}, in the business zone. */
  public static SlotRange dates(LocalDate startDate, LocalDate endDate) {
    return new SlotRange(new Day(startDate), new Day(endDate));
  }

  /** The half-open interval {@code [from, to)}. */
  public static SlotRange instants(Instant from, Instant to) {
    return new SlotRange(new At(from), new At(to));
  }
}
