package com.metalogics.booking.core.port.out;

import com.metalogics.booking.core.domain.IntegrationException;
import com.metalogics.booking.core.domain.TimeSlot;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One calendar's part of a busy-times answer for several calendars. A calendar that could not
 * answer carries its failure and no intervals: it is never read as "free".
 *
 * @param busy sorted by start; empty when failed
 */
public record CalendarBusy(
    String calendarId, List<TimeSlot> busy, Optional<IntegrationException> failure) {

  public CalendarBusy {
    Objects.requireNonNull(calendarId, "calendarId");
    busy = List.copyOf(busy);
    Objects.requireNonNull(failure, "failure");
    if (failure.isPresent() && !busy.isEmpty()) {
      throw new IllegalArgumentException("a failed calendar has no busy times");
    }
  }

  public static CalendarBusy of(String calendarId, List<TimeSlot> busy) {
    return new CalendarBusy(calendarId, busy, Optional.empty());
  }

  public static CalendarBusy failed(String calendarId, IntegrationException failure) {
    return new CalendarBusy(calendarId, List.of(), Optional.of(failure));
  }

  public boolean failed() {
    return failure.isPresent();
  }

  /** The busy times, or the failure thrown. */
  public List<TimeSlot> orThrow() {
    if (failure.isPresent()) {
      throw failure.get();
    }
    return busy;
  }
}
