package com.metalogics.booking.core.port.in;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** The range of an available-slots query: business-zone dates, or instants. */
public sealed interface SlotRange {

  /** From the start of {@code startDate} to the end of {@code endDate}, in the business zone. */
  record Dates(LocalDate startDate, LocalDate endDate) implements SlotRange {
    public Dates {
      Objects.requireNonNull(startDate, "startDate");
      Objects.requireNonNull(endDate, "endDate");
    }
  }

  /** The half-open interval {@code [from, to)}. */
  record Instants(Instant from, Instant to) implements SlotRange {
    public Instants {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
    }
  }
}
