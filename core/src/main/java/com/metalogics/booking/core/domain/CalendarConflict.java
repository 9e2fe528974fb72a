package com.metalogics.booking.core.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * An event of the host's calendar, not made by us, that overlaps a confirmed booking. The booking
 * still stands; the admin decides.
 *
 * @param eventId the calendar's id of the outside event
 * @param eventTime when the outside event takes place
 * @param detectedAt when the sync noticed it
 */
public record CalendarConflict(String eventId, TimeSlot eventTime, Instant detectedAt) {

  public CalendarConflict {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(eventTime, "eventTime");
    Objects.requireNonNull(detectedAt, "detectedAt");
    if (eventId.isBlank() || eventId.length() > 1024) {
      throw new IllegalArgumentException("eventId must have 1 to 1024 characters");
    }
  }
}
