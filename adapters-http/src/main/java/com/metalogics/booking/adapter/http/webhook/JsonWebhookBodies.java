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

  record Data(BookingData booking, int sequence) {}

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
    String hostId = booking.placement().hostId();
    BookingData data =
        new BookingData(
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
                .map(
                    c ->
                        new ConflictData(
                            c.eventTime().start(), c.eventTime().end(), c.detectedAt()))
                .orElse(null));
    try {
      return mapper.writeValueAsString(
          new Event(
              eventId.toString(), type.wireName(), createdAt, new Data(data, booking.revision())));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A webhook body is plain records and always serialises", e);
    }
  }
}
