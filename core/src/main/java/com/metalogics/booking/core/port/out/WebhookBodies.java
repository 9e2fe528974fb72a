package com.metalogics.booking.core.port.out;

import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.WebhookEvent;
import java.time.Instant;
import java.util.Objects;
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

  /**
   * The body of a {@code booking.reassigned} event: {@link #body}'s, its {@code data} also naming
   * the host the booking moved from ({@code "formerHost": {"id", "name"}}). Bodies that carry no
   * more than the booking leave it out.
   *
   * @param former the host the booking moved from, as the catalog has it now
   */
  default String reassignedBody(
      UUID eventId, Instant createdAt, Booking booking, String hostName, HostRef former) {
    return body(eventId, WebhookEvent.BOOKING_REASSIGNED, createdAt, booking, hostName);
  }

  /** A host as an event names it. */
  record HostRef(String id, String name) {
    public HostRef {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(name, "name");
    }
  }
}
