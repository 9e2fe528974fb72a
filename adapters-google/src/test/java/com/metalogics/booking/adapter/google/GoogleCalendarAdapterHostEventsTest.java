package com.metalogics.booking.adapter.google;

import static com.metalogics.booking.adapter.google.GoogleFixture.CALENDAR;
import static com.metalogics.booking.adapter.google.GoogleFixture.event;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.metalogics.booking.adapter.google.fake.RequestLog.Entry;
import com.metalogics.booking.core.port.out.CalendarEvent;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Events in the hosts' calendars: where they land, whom they invite, how they move. */
class GoogleCalendarAdapterHostEventsTest extends WithFakeGoogle {

  private static final String GRACE = "grace@example.com";
  private static final String ALAN = "alan@example.com";
  private static final List<String> GUESTS = List.of(ALAN, "ada@example.com");

  @Override
  GoogleCalendarAdapter createAdapter(GoogleFixture fixture) {
    fixture.google.addCalendar(GRACE);
    fixture.google.addCalendar(ALAN);
    return fixture.adapter();
  }

  @Test
  void anEventWithACalendar_isWrittenThere_andNotIntoTheConfiguredOne() {
    CalendarEvent event = event(10).in(Optional.of(GRACE), List.of());

    adapter.createEvent(event);

    assertThat(fixture.google.event(GRACE, event.eventId())).isPresent();
    assertThat(fixture.google.events(CALENDAR)).isEmpty();
    assertThat(adapter.defaultCalendarId()).isEqualTo(CALENDAR);
  }

  @Test
  void givenDelegation_guestsAreInvitedAsAttendees_besideTheBooker() {
    GoogleCalendarAdapter delegated =
        fixture.adapter(
            fixture.config().toBuilder().delegatedUser(Optional.of("owner@example.com")).build());
    CalendarEvent event = event(10).in(Optional.of(GRACE), GUESTS);

    delegated.createEvent(event);

    ObjectNode stored = fixture.google.event(GRACE, event.eventId()).orElseThrow();
    assertThat(attendees(stored)).containsExactly("jane.doe@example.org", ALAN, "ada@example.com");
    assertThat(stored.path("description").asText()).doesNotContain("Guests:");
  }

  @Test
  void givenNoDelegation_attendeesAreRefusedOnce_thenGuestsAreNamedInTheDescription() {
    CalendarEvent first = event(10).in(Optional.of(GRACE), GUESTS);
    CalendarEvent second = event(12).in(Optional.of(GRACE), GUESTS);

    adapter.createEvent(first);
    adapter.createEvent(second);

    for (CalendarEvent event : List.of(first, second)) {
      ObjectNode stored = fixture.google.event(GRACE, event.eventId()).orElseThrow();
      assertThat(stored.has("attendees")).isFalse();
      assertThat(stored.path("description").asText())
          .contains("Guests: alan@example.com, ada@example.com");
    }
    assertThat(refusedWrites()).hasSize(1);
  }

  @Test
  void givenDelegationThatGoogleStillRefusesAttendeesTo_theEventIsWrittenWithoutThem() {
    fixture.google.refuseAttendees(true);
    GoogleCalendarAdapter delegated =
        fixture.adapter(
            fixture.config().toBuilder().delegatedUser(Optional.of("owner@example.com")).build());
    CalendarEvent event = event(10).in(Optional.of(GRACE), GUESTS);

    delegated.updateEvent(event);

    ObjectNode stored = fixture.google.event(GRACE, event.eventId()).orElseThrow();
    assertThat(stored.has("attendees")).isFalse();
    assertThat(stored.path("description").asText()).contains("Guests: ");
  }

  @Test
  void movingBetweenCalendars_usesEventsMove_thenRewritesTheEventInItsNewCalendar() {
    CalendarEvent event = event(10).in(Optional.of(GRACE), List.of());
    adapter.createEvent(event);
    CalendarEvent later =
        new CalendarEvent(event.eventId(), event.bookingId(), event.attendee(), event(15).slot())
            .in(Optional.of(ALAN), List.of());

    adapter.moveEvent(Optional.of(GRACE), later);

    assertThat(fixture.google.event(GRACE, event.eventId())).isEmpty();
    JsonNode moved = fixture.google.event(ALAN, event.eventId()).orElseThrow();
    assertThat(OffsetDateTime.parse(moved.path("start").path("dateTime").asText()).toInstant())
        .isEqualTo(later.slot().start());
    assertThat(fixture.google.requests().count("POST", "/move")).isEqualTo(1);
  }

  @Test
  void movingAnEventThatIsNotInItsSource_writesItIntoTheTarget() {
    CalendarEvent event = event(11).in(Optional.of(ALAN), List.of());

    adapter.moveEvent(Optional.of(GRACE), event);

    assertThat(fixture.google.event(ALAN, event.eventId())).isPresent();
  }

  @Test
  void deletingInACalendar_cancelsTheEventThere() {
    CalendarEvent event = event(10).in(Optional.of(GRACE), List.of());
    adapter.createEvent(event);

    adapter.deleteEvent(Optional.of(GRACE), event.eventId());

    assertThat(fixture.google.event(GRACE, event.eventId()).orElseThrow().path("status").asText())
        .isEqualTo("cancelled");
  }

  private List<Entry> refusedWrites() {
    return fixture.google.requests().api().stream().filter(e -> e.status() == 403).toList();
  }

  private static List<String> attendees(JsonNode event) {
    List<String> emails = new ArrayList<>();
    event.path("attendees").forEach(a -> emails.add(a.path("email").asText()));
    return emails;
  }
}
