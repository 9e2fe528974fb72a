package com.metalogics.booking.core.availability;

import com.metalogics.booking.core.domain.EventType;
import com.metalogics.booking.core.domain.Schedule;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Everything availability depends on, and nothing it would have to fetch.
 *
 * @param hostSchedule the schedule of the host who would take the meeting
 * @param typeSchedule the event type's own schedule, which narrows the host's; present exactly when
 *     the type names one
 * @param busy calendar busy times and active bookings of the host
 * @param counts bookings of the type already taken, per date in {@link #limitZone()}
 * @param priority what the VIP rules change for this visitor
 * @param hostCounts bookings of the type the host already takes, per date in {@link #limitZone()}:
 *     what the type's limits per host count
 */
public record AvailabilityInput(
    EventType eventType,
    Schedule hostSchedule,
    Optional<Schedule> typeSchedule,
    BusyTimes busy,
    BookingCounts counts,
    Instant now,
    Priority priority,
    BookingCounts hostCounts) {

  public AvailabilityInput {
    Objects.requireNonNull(eventType, "eventType");
    Objects.requireNonNull(hostSchedule, "hostSchedule");
    Objects.requireNonNull(typeSchedule, "typeSchedule");
    Objects.requireNonNull(busy, "busy");
    Objects.requireNonNull(counts, "counts");
    Objects.requireNonNull(now, "now");
    Objects.requireNonNull(priority, "priority");
    Objects.requireNonNull(hostCounts, "hostCounts");
    if (!eventType.scheduleId().equals(typeSchedule.map(Schedule::id))) {
      throw new IllegalArgumentException(
          "typeSchedule "
              + typeSchedule.map(Schedule::id)
              + " is not the event type's "
              + eventType.scheduleId());
    }
  }

  /** A question in which the host holds none of the type's bookings yet. */
  public AvailabilityInput(
      EventType eventType,
      Schedule hostSchedule,
      Optional<Schedule> typeSchedule,
      BusyTimes busy,
      BookingCounts counts,
      Instant now,
      Priority priority) {
    this(eventType, hostSchedule, typeSchedule, busy, counts, now, priority, BookingCounts.none());
  }

  /** The question of a visitor to whom no VIP rule applies and from whom nothing is held back. */
  public AvailabilityInput(
      EventType eventType,
      Schedule hostSchedule,
      Optional<Schedule> typeSchedule,
      BusyTimes busy,
      BookingCounts counts,
      Instant now) {
    this(eventType, hostSchedule, typeSchedule, busy, counts, now, Priority.ORDINARY);
  }

  /**
   * The zone whose days, weeks and months the limits count: the type's schedule's, else the host's.
   */
  public ZoneId limitZone() {
    return typeSchedule.orElse(hostSchedule).timeZone();
  }

  /** Now plus the minimum notice: the type's, or a VIP's shorter one. */
  public Instant earliestStart() {
    Duration notice = eventType.minNotice();
    Optional<Duration> vipNotice = priority.vip().flatMap(Priority.VipTerms::minNotice);
    if (vipNotice.isPresent() && vipNotice.get().compareTo(notice) < 0) {
      notice = vipNotice.get();
    }
    return now.plus(notice);
  }

  /** Now plus the furthest advance, in days of 24 hours: the type's, or a VIP's longer one. */
  public Instant latestStart() {
    int days = eventType.maxAdvanceDays();
    OptionalInt vipDays =
        priority.vip().map(Priority.VipTerms::maxAdvanceDays).orElse(OptionalInt.empty());
    if (vipDays.isPresent() && vipDays.getAsInt() > days) {
      days = vipDays.getAsInt();
    }
    return now.plus(Duration.ofDays(days));
  }
}
