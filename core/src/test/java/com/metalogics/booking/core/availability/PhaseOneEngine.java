package com.metalogics.booking.core.availability;

import com.metalogics.booking.core.domain.BookingRules;
import com.metalogics.booking.core.domain.SlotUnavailableException.Reason;
import com.metalogics.booking.core.domain.TimeSlot;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The phase-1 slot engine as it was before slots and admission became uses of {@link Availability}:
 * kept as the tests' record of what phase 1 answered (it offers both occurrences of a repeated
 * local hour), written plainly with java.time.
 */
final class PhaseOneEngine {

  private PhaseOneEngine() {}

  static List<TimeSlot> slots(
      TimeSlot range, Duration duration, BookingRules rules, Instant now, List<TimeSlot> busy) {
    SlotQuery q = SlotPolicy.queryFor(range, duration, rules, now, busy);
    List<TimeSlot> out = new ArrayList<>();
    LocalDate first = LocalDate.ofInstant(q.range().start(), q.hours().zone());
    LocalDate last = LocalDate.ofInstant(q.range().end(), q.hours().zone());
    Instant earliest = q.earliestStart().isAfter(range.start()) ? q.earliestStart() : range.start();
    for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
      if (!q.hours().isBusinessDay(day)) {
        continue;
      }
      TimeSlot opening = q.hours().openingOn(day);
      for (Instant start = opening.start();
          !start.plus(duration).isAfter(opening.end());
          start = start.plus(q.increment())) {
        TimeSlot slot = TimeSlot.of(start, duration);
        if (start.isAfter(q.latestStart()) || slot.end().isAfter(range.end())) {
          return out;
        }
        TimeSlot widened = slot.widen(q.buffer());
        if (!start.isBefore(earliest) && busy.stream().noneMatch(b -> b.overlaps(widened))) {
          out.add(slot);
        }
      }
    }
    return out;
  }

  static Optional<Reason> rejectionOf(TimeSlot slot, BookingRules rules, Instant now) {
    if (slot.start().isBefore(SlotPolicy.earliestStart(rules, now))) {
      return Optional.of(Reason.TOO_SOON);
    }
    if (slot.start().isAfter(SlotPolicy.latestStart(rules, now))) {
      return Optional.of(Reason.TOO_FAR_AHEAD);
    }
    LocalDate day = LocalDate.ofInstant(slot.start(), rules.businessHours().zone());
    TimeSlot opening = rules.businessHours().openingOn(day);
    if (!rules.businessHours().isBusinessDay(day) || !opening.contains(slot)) {
      return Optional.of(Reason.OUTSIDE_BUSINESS_HOURS);
    }
    Duration sinceOpening = Duration.between(opening.start(), slot.start());
    if (sinceOpening.toNanos() % rules.incrementFor(slot.length()).toNanos() != 0) {
      return Optional.of(Reason.OFF_GRID);
    }
    return Optional.empty();
  }
}
