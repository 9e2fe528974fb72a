package com.metalogics.booking.core.availability;

import com.metalogics.booking.core.domain.Schedule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * When a host, narrowed by an event type's schedule, is open over the local dates of a span: the
 * windows, the second occurrences of repeated local times, and each schedule with its zone's
 * offsets. The last of {@link #opens()} is the zone the limits count in.
 */
record OpenTime(List<Open> opens, Windows windows, Intervals repeated) {

  /** A schedule with the offsets of its zone around the span. */
  record Open(OpenDays days, ZoneTimeline timeline) {

    static Open of(Schedule schedule, long from, long to) {
      return new Open(new OpenDays(schedule), ZoneTimeline.of(schedule.timeZone(), from, to));
    }
  }

  /** Over the local dates from that of {@code from} to that of {@code to}, in every zone. */
  static OpenTime of(Schedule hostSchedule, Optional<Schedule> typeSchedule, long from, long to) {
    List<Open> opens = new ArrayList<>(2);
    Open host = Open.of(hostSchedule, from, to);
    opens.add(host);
    Windows open = Windows.of(host.days(), host.timeline(), from, to);
    Intervals twice = host.timeline().repeatedTimes();
    if (typeSchedule.isPresent()) {
      Open narrowing = Open.of(typeSchedule.get(), from, to);
      opens.add(narrowing);
      open = Windows.intersect(open, Windows.of(narrowing.days(), narrowing.timeline(), from, to));
      twice = Intervals.union(twice, narrowing.timeline().repeatedTimes());
    }
    return new OpenTime(opens, open, twice);
  }

  /** The schedule, with its zone, whose local dates the limits and the held-back share count. */
  Open counted() {
    return opens.get(opens.size() - 1);
  }
}
