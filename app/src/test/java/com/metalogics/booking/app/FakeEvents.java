package com.metalogics.booking.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.metalogics.booking.adapter.google.fake.FakeGoogleCalendar;
import com.metalogics.booking.adapter.google.fake.RequestLog;
import com.metalogics.booking.adapter.hubspot.fake.FakeHubSpot;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Reads what the fake Google Calendar and HubSpot hold and were sent. */
final class FakeEvents {

  private static final ObjectMapper JSON = new ObjectMapper();

  private FakeEvents() {}

  static Instant start(JsonNode event) {
    return OffsetDateTime.parse(event.path("start").path("dateTime").asText()).toInstant();
  }

  static Instant end(JsonNode event) {
    return OffsetDateTime.parse(event.path("end").path("dateTime").asText()).toInstant();
  }

  /** What the owner sees: who, how to reach them, the manage link; the attendee invited. */
  static void assertDetails(JsonNode event, UUID bookingId) {
    assertThat(event.path("summary").asText()).isEqualTo("Meeting with Grace Hopper (Navy Labs)");
    assertThat(event.path("description").asText())
        .contains("Email: guest", "Phone: +1 555 0100", "About compilers")
        .contains(ServiceRig.PUBLIC_URL + "/manage/" + bookingId)
        .doesNotContain("token");
    assertThat(event.path("attendees").path(0).path("email").asText())
        .matches("guest\\d+@example\\.com");
    assertThat(event.path("extendedProperties").path("private").path("bookingId").asText())
        .isEqualTo(bookingId.toString());
  }

  /** Event id to the number of inserts the fake answered 200 (created the event). */
  static Map<String, Long> successfulInsertsPerEventId(FakeGoogleCalendar google) {
    return google.requests().all().stream()
        .filter(e -> e.method().equals("POST") && e.path().endsWith("/events"))
        .filter(e -> e.status() == 200)
        .collect(Collectors.groupingBy(FakeEvents::idInBody, Collectors.counting()));
  }

  private static String idInBody(RequestLog.Entry entry) {
    try {
      return JSON.readTree(entry.body()).path("id").asText();
    } catch (JsonProcessingException e) {
      throw new AssertionError("insert body is not JSON", e);
    }
  }

  static List<String> noteBodies(FakeHubSpot hubspot) {
    List<String> bodies = new ArrayList<>();
    for (FakeHubSpot.Contact contact : hubspot.contacts()) {
      hubspot.notesOf(contact.id()).forEach(n -> bodies.add(n.properties().get("hs_note_body")));
    }
    return bodies;
  }

  /** How many notes tell of this event ("Meeting booked", "Meeting cancelled" ...) of a booking. */
  static long notesFor(List<String> bodies, UUID bookingId, String event) {
    String booking = "(booking " + bookingId + ")";
    return bodies.stream().filter(b -> b.startsWith(event + ": ") && b.contains(booking)).count();
  }
}
