package com.metalogics.booking.adapter.http.webhook;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.metalogics.booking.adapter.http.internal.Json;
import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.WebhookEvent;
import com.metalogics.booking.core.port.out.WebhookBodies;
import java.time.Instant;
import java.util.UUID;

/**
 * Webhook bodies in JSON, with the booking's public fields as the API names them. Sync state and
 * the manage token are the service's own business and stay out.
 */
public final class JsonWebhookBodies implements WebhookBodies {

  private final ObjectMapper mapper = Json.mapper();

  record Event(String id, String type, Instant createdAt, Data data) {}

  /** {@code formerHost}: a {@code booking.reassigned} event's host the booking moved from. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Data(BookingData booking, int sequence, HostRef formerHost) {}

  record HostRef(String id, String name) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record BookingData(
      UUID id,
      String status,
      String eventType,
      HostRef host,
      Instant startTime,
      Instant endTime,
      long duration,
      String name,
      String email,
      String company,
      String phone,
      String message,
      String timeZone,
      Instant createdAt,
      Instant updatedAt,
      Instant cancelledAt,
      String cancelReason,
      ConflictData conflict) {}

  /** The outside calendar event over a conflicted booking. */
  record ConflictData(Instant eventStart, Instant eventEnd, Instant detectedAt) {}

  @Override
  public String body(
      UUID eventId, WebhookEvent type, Instant createdAt, Booking booking, String hostName) {
    return write(
        eventId, type, createdAt, new Data(data(booking, hostName), booking.revision(), null));
  }

  @Override
  public String reassignedBody(
      UUID eventId,
      Instant createdAt,
      Booking booking,
      String hostName,
      WebhookBodies.HostRef former) {
    Data data =
        new Data(
            data(booking, hostName), booking.revision(), new HostRef(former.id(), former.name()));
    return write(eventId, WebhookEvent.BOOKING_REASSIGNED, createdAt, data);
  }

  private String write(UUID eventId, WebhookEvent type, Instant createdAt, Data data) {
    try {
      return mapper.writeValueAsString(
          new Event(eventId.toString(), type.wireName(), createdAt, data));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A webhook body is plain records and always serialises", e);
    }
  }

  private static BookingData data(Booking booking, String hostName) {
    String hostId = booking.placement().hostId();
    return new BookingData(
        booking.id(),
        booking.status().name(),
        booking.placement().eventType(),
        new HostRef(hostId, hostName),
        booking.startTime(),
        booking.endTime(),
        booking.duration().toMinutes(),
        booking.attendee().name(),
        booking.attendee().email(),
        booking.attendee().company().orElse(null),
        booking.attendee().phone().orElse(null),
        booking.attendee().message().orElse(null),
        booking.attendee().timeZone().getId(),
        booking.createdAt(),
        booking.updatedAt(),
        booking.isActive() ? null : booking.cancelledAt().orElse(null),
        booking.isActive() ? null : booking.cancelReason().orElse(null),
        booking
            .conflict()
            .map(c -> new ConflictData(c.eventTime().start(), c.eventTime().end(), c.detectedAt()))
            .orElse(null));
  }
}
