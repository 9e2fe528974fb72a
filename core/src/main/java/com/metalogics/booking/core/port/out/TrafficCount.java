package com.metalogics.booking.core.port.out;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Booking-page traffic of one event type on one business day, to be added to what is stored.
 *
 * @param visitors visitors not counted before on that day
 * @param searchers visitors who searched for slots, not counted before on that day
 */
public record TrafficCount(
    LocalDate day, String eventType, long views, long searches, long visitors, long searchers) {

  public TrafficCount {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(eventType, "eventType");
    if (views < 0 || searches < 0 || visitors < 0 || searchers < 0) {
      throw new IllegalArgumentException("traffic counts must not be negative");
    }
  }

  public TrafficCount plus(TrafficCount other) {
    return new TrafficCount(
        day,
        eventType,
        views + other.views,
        searches + other.searches,
        visitors + other.visitors,
        searchers + other.searchers);
  }
}
