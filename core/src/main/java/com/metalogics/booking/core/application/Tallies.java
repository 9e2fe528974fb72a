package com.metalogics.booking.core.application;

import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.CrmOrigin;
import com.metalogics.booking.core.port.out.Tally;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * What each booking change adds to the insight aggregates. Storage writes these with the change
 * itself, so a count exists exactly when its change does: an idempotent replay, a lost race or a
 * rolled-back write counts nothing.
 */
final class Tallies {

  private final ZoneId zone;

  /**
   * @param zone the business zone, whose days and hours the aggregates are kept in
   */
  Tallies(ZoneId zone) {
    this.zone = zone;
  }

  /** A booking made: counted on the day it was made, and at its meeting's weekday and hour. */
  List<Tally> created(Booking booking) {
    ZonedDateTime start = booking.startTime().atZone(zone);
    return List.of(
        outcome(booking, booking.createdAt(), Tally.Measure.BOOKED),
        new Tally.SlotTime(
            day(booking.createdAt()), booking.placement(), start.getDayOfWeek(), start.getHour()));
  }

  /** A booking cancelled, rescheduled or marked as a no-show at {@code at}. */
  List<Tally> changed(Booking booking, Tally.Measure measure, Instant at) {
    return List.of(outcome(booking, at, measure));
  }

  /** The CRM told where the booking's contact came from. */
  List<Tally> crmOrigin(Booking booking, CrmOrigin origin, Instant at) {
    return List.of(new Tally.CrmSource(day(at), booking.placement(), origin.source()));
  }

  private Tally outcome(Booking booking, Instant at, Tally.Measure measure) {
    return new Tally.Outcome(
        day(at),
        booking.placement(),
        booking.placement().vipTier(),
        booking.attribution().source().label(),
        measure);
  }

  LocalDate day(Instant at) {
    return LocalDate.ofInstant(at, zone);
  }
}
