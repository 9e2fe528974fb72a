package com.metalogics.booking.core.port.out;

import com.metalogics.booking.core.domain.TimeSlot;
import java.time.Instant;
import java.util.Objects;

/**
 * Where a calendar's stored copy of busy events stands.
 *
 * @param syncToken what to ask the calendar for the next changes with
 * @param window the time the copy covers completely
 * @param syncedAt when the copy last matched the calendar
 */
public record MirrorState(String calendarId, String syncToken, TimeSlot window, Instant syncedAt) {

  public MirrorState {
    Objects.requireNonNull(calendarId, "calendarId");
    Objects.requireNonNull(syncToken, "syncToken");
    Objects.requireNonNull(window, "window");
    Objects.requireNonNull(syncedAt, "syncedAt");
  }
}
