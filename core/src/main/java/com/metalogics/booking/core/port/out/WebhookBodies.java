package com.metalogics.booking.core.port.out;

import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.WebhookEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * Writes the body of a webhook event: {@code {"id", "type", "createdAt", "data": {"booking",
 * "sequence"}}}, the booking with its public fields only (never the manage token). The body is made
 * once, when the change is stored, so a later change of the booking never alters an event.
 */
public interface WebhookBodies {

  /**
   * @param booking the booking as the change left it; its revision is the event's per-booking
   *     {@code sequence}
   * @param hostName the name of the booking's host, as the catalog has it now
   */
  String body(UUID eventId, WebhookEvent type, Instant createdAt, Booking booking, String hostName);
}
