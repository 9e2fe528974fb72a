package com.metalogics.booking.core.availability;

import com.metalogics.booking.core.domain.EventType;
import com.metalogics.booking.core.domain.Schedule;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything availability depends on, and nothing it would have to fetch.
 *
 * @param hostSchedule the schedule of the host who would take the meeting
 * @param typeSchedule the event type's own schedule, which narrows the host's; present exactly when
 *     the type names one
 * @param busy calendar busy times and active bookings of the host
 * @param counts bookings of the type already taken, per date in {@link #limitZone()}
 */
public record AvailabilityInput(
    EventType eventType,
    Schedule hostSchedule,
    Optional<Schedule> typeSchedule,
    BusyTimes busy,
    BookingCounts counts,
    Instant now) {

  public AvailabilityInput {
    Objects.requireNonNull(eventType, "eventType");
    Objects.requireNonNull(hostSchedule, "hostSchedule");
    Objects.requireNonNull(typeSchedule, "typeSchedule");
    Objects.requireNonNull(busy, "busy");
    Objects.requireNonNull(counts, "counts");
    Objects.requireNonNull(now, "now");
    if (!eventType.scheduleId().equals(typeSchedule.map(Schedule::id))) {
      throw new IllegalArgumentException(
          "typeSchedule "
              + typeSchedule.map(Schedule::id)
              + " is not the event type's "
              + eventType.scheduleId());
    }
  }

  /**
   * The zone whose days, weeks and months the limits count: the type's schedule's, else the host's.
   */
  public ZoneId limitZone() {
    return typeSchedule.orElse(hostSchedule).timeZone();
  }

  /** Now plus the minimum notice. */
  public Instant earliestStart() {
    return now.plus(eventType.minNotice());
  }

  /** Now plus the furthest advance, in days of 24 hours. */
  public Instant latestStart() {
    return now.plus(Duration.ofDays(eventType.maxAdvanceDays()));
  }
}
