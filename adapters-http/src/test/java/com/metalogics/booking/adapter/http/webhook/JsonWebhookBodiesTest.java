package com.metalogics.booking.adapter.http.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.metalogics.booking.core.contract.Fixtures;
import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.WebhookEvent;
import com.metalogics.booking.core.port.out.WebhookBodies;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class JsonWebhookBodiesTest {

  private final JsonWebhookBodies bodies = new JsonWebhookBodies();

  @Test
  void aCreatedEvent_carriesThePublicFields_andTheRevisionAsSequence() throws Exception {
    Booking booking = Fixtures.booking(Fixtures.NOW.plus(Duration.ofDays(2)), "ada@example.org");
    UUID eventId = UUID.randomUUID();

    JsonNode event =
        new ObjectMapper()
            .readTree(
                bodies.body(
                    eventId, WebhookEvent.BOOKING_CREATED, Fixtures.NOW, booking, "Olivia Owner"));

    assertThat(event.path("id").asText()).isEqualTo(eventId.toString());
    assertThat(event.path("type").asText()).isEqualTo("booking.created");
    assertThat(event.path("createdAt").asText()).isEqualTo(Fixtures.NOW.toString());
    assertThat(event.path("data").path("sequence").asInt()).isEqualTo(booking.revision());
    JsonNode b = event.path("data").path("booking");
    assertThat(b.path("id").asText()).isEqualTo(booking.id().toString());
    assertThat(b.path("email").asText()).isEqualTo("ada@example.org");
    assertThat(b.path("status").asText()).isEqualTo("CONFIRMED");
    assertThat(b.path("host").path("id").asText()).isEqualTo(booking.placement().hostId());
    assertThat(b.path("host").path("name").asText()).isEqualTo("Olivia Owner");
    assertThat(b.path("startTime").asText()).isEqualTo(booking.startTime().toString());
    assertThat(b.path("duration").asInt()).isEqualTo(30);
    assertThat(b.has("cancelledAt")).isFalse();
    String text = event.toString();
    assertThat(text).doesNotContain(booking.manageTokenHash()).doesNotContainIgnoringCase("token");
    assertThat(text).doesNotContain("calendarSynced").doesNotContain("crmContactId");
  }

  @Test
  void aReassignedEvent_namesTheNewHostOnTheBooking_andTheFormerHostInData() throws Exception {
    Booking booking = Fixtures.booking(Fixtures.NOW.plus(Duration.ofDays(2)), "ada@example.org");

    JsonNode event =
        new ObjectMapper()
            .readTree(
                bodies.reassignedBody(
                    UUID.randomUUID(),
                    Fixtures.NOW,
                    booking,
                    "Olivia Owner",
                    new WebhookBodies.HostRef("ann", "Ann Smith")));

    assertThat(event.path("type").asText()).isEqualTo("booking.reassigned");
    JsonNode data = event.path("data");
    assertThat(data.path("booking").path("host").path("name").asText()).isEqualTo("Olivia Owner");
    assertThat(data.path("formerHost").path("id").asText()).isEqualTo("ann");
    assertThat(data.path("formerHost").path("name").asText()).isEqualTo("Ann Smith");
    assertThat(data.path("sequence").asInt()).isEqualTo(booking.revision());
  }

  @Test
  void otherEvents_carryNoFormerHost() throws Exception {
    Booking booking = Fixtures.booking(Fixtures.NOW.plus(Duration.ofDays(2)), "ada@example.org");
    JsonNode event =
        new ObjectMapper()
            .readTree(
                bodies.body(
                    UUID.randomUUID(),
                    WebhookEvent.BOOKING_RESCHEDULED,
                    Fixtures.NOW,
                    booking,
                    "O"));
    assertThat(event.path("data").has("formerHost")).isFalse();
  }
}
