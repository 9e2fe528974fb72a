package com.metalogics.booking.core.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

/**
 * Over how long a round-robin pool's bookings are counted when the next host is chosen: the period
 * holding the booking's moment, in the event type's zone. A new period starts every host from zero.
 */
public enum FairnessPeriod {
  DAY,
  /** From Monday. */
  WEEK,
  MONTH,
  /** Calendar quarters: January, April, July, October. */
  QUARTER;

  /** The first instant of the period holding {@code now} in {@code zone}. */
  public Instant start(Instant now, ZoneId zone) {
    LocalDate date = LocalDate.ofInstant(now, zone);
    LocalDate first =
        switch (this) {
          case DAY -> date;
          case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
          case MONTH -> date.withDayOfMonth(1);
          case QUARTER -> date.withMonth((date.getMonthValue() - 1) / 3 * 3 + 1).withDayOfMonth(1);
        };
    return first.atStartOfDay(zone).toInstant();
  }
}
