package com.metalogics.booking.adapter.google;

import static com.metalogics.booking.adapter.google.GoogleFixture.CALENDAR;
import static com.metalogics.booking.adapter.google.GoogleFixture.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.metalogics.booking.adapter.google.fake.Fault;
import com.metalogics.booking.core.domain.CalendarReminder;
import com.metalogics.booking.core.domain.IntegrationException;
import com.metalogics.booking.core.domain.IntegrationException.Kind;
import com.metalogics.booking.core.domain.TimeSlot;
import com.metalogics.booking.core.port.out.CalendarEvent;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the adapter writes into Google, and how it stays idempotent. */
class GoogleCalendarAdapterEventsTest extends WithFakeGoogle {

  @Test
  void createdEvent_carriesIdTimesAttendeeDetailsAndManageLink_butNoInvitation() {
    CalendarEvent booking = event(10);

    String id = adapter.createEvent(booking);

    ObjectNode stored = fixture.google.event(CALENDAR, id).orElseThrow();
    assertThat(id).isEqualTo(booking.eventId());
    assertThat(stored.path("summary").asText()).isEqualTo("Meeting with Jane Doe (Acme GmbH)");
    assertThat(stored.path("description").asText())
        .contains("Jane Doe", "jane.doe@example.org", "Acme GmbH", "Let us talk about the roadmap.")
        .contains("https://book.example.com/manage/" + booking.bookingId())
        .doesNotContainIgnoringCase("token");
    assertThat(instant(stored.path("start"))).isEqualTo(booking.slot().start());
    assertThat(instant(stored.path("end"))).isEqualTo(booking.slot().end());
    assertThat(stored.path("start").path("timeZone").asText()).isEqualTo("Europe/Berlin");
    assertThat(stored.path("extendedProperties").path("private").path("bookingId").asText())
        .isEqualTo(booking.bookingId().toString());
    assertThat(stored.has("attendees")).isFalse();
  }

  @Test
  void calendarReminders_areSetAsOverrides_andAbsentOnesLeaveTheCalendarsDefaults() {
    CalendarEvent plain = event(10);
    CalendarEvent reminded =
        new CalendarEvent(
            plain.eventId(),
            plain.bookingId(),
            plain.attendee(),
            plain.slot(),
            List.of(
                new CalendarReminder(CalendarReminder.Method.POPUP, 10),
                new CalendarReminder(CalendarReminder.Method.EMAIL, 1440)));

    String id = adapter.createEvent(reminded);

    JsonNode reminders = fixture.google.event(CALENDAR, id).orElseThrow().path("reminders");
    assertThat(reminders.path("useDefault").asBoolean(true)).isFalse();
    assertThat(reminders.path("overrides").toString())
        .isEqualTo(
            "[{\"method\":\"popup\",\"minutes\":10},{\"method\":\"email\",\"minutes\":1440}]");
    adapter.updateEvent(plain);
    assertThat(fixture.google.event(CALENDAR, id).orElseThrow().has("reminders")).isFalse();
  }

  @Test
  void givenDelegation_createdEventInvitesTheAttendee_andSendUpdatesIsPassed() {
    GoogleCalendarAdapter delegated =
        fixture.adapter(
            fixture.config().toBuilder()
                .delegatedUser(Optional.of("owner@example.com"))
                .sendUpdates("externalOnly")
                .build());

    String id = delegated.createEvent(event(10));

    ObjectNode stored = fixture.google.event(CALENDAR, id).orElseThrow();
    assertThat(stored.path("attendees").get(0).path("email").asText())
        .isEqualTo("jane.doe@example.org");
    assertThat(fixture.google.requests().api())
        .allSatisfy(call -> assertThat(call.query()).contains("sendUpdates=externalOnly"));
  }

  @Test
  void givenDelegationRefusedByGoogle_whenCreating_thenAuthError() {
    fixture.google.allowDelegation(false);
    GoogleCalendarAdapter delegated =
        fixture.adapter(
            fixture.config().toBuilder()
                .delegatedUser(Optional.of("owner@example.com"))
                .sendUpdates("all")
                .build());

    assertThatThrownBy(() -> delegated.createEvent(event(10)))
        .isInstanceOfSatisfying(
            IntegrationException.class, e -> assertThat(e.kind()).isEqualTo(Kind.AUTH));
  }

  @Test
  void givenFirstCreateStoredButAnswered500_whenRetried_thenExactlyOneEventWithCurrentContent() {
    fixture.google.faults().failNext(1, Fault.SERVER_ERROR_AFTER_HANDLING);
    CalendarEvent booking = event(10);

    adapter.createEvent(booking);

    assertThat(fixture.google.events(CALENDAR)).hasSize(1);
    assertThat(fixture.google.requests().count("POST", "/events")).isEqualTo(2);
    assertThat(fixture.google.requests().count("PUT", "/events/" + booking.eventId())).isEqualTo(1);
  }

  @Test
  void givenEventExistsWithOldContent_whenCreatedAgain_thenDuplicateCountsAndContentIsUpdated() {
    CalendarEvent booking = event(10);
    adapter.createEvent(booking);
    CalendarEvent moved = moved(booking, 15);

    adapter.createEvent(moved);

    assertThat(fixture.google.events(CALENDAR)).hasSize(1);
    ObjectNode stored = fixture.google.event(CALENDAR, booking.eventId()).orElseThrow();
    assertThat(instant(stored.path("start"))).isEqualTo(moved.slot().start());
  }

  @Test
  void givenCancelledEvent_whenCreatedAgain_thenItIsConfirmedAgain() {
    CalendarEvent booking = event(10);
    adapter.createEvent(booking);
    adapter.deleteEvent(booking.eventId());

    adapter.createEvent(booking);

    ObjectNode stored = fixture.google.event(CALENDAR, booking.eventId()).orElseThrow();
    assertThat(stored.path("status").asText()).isEqualTo("confirmed");
  }

  @Test
  void givenMissingEvent_whenUpdated_thenItIsCreated() {
    CalendarEvent booking = event(11);

    adapter.updateEvent(booking);

    assertThat(fixture.google.event(CALENDAR, booking.eventId())).isPresent();
    assertThat(fixture.google.requests().count("PUT", "/events/")).isEqualTo(1);
    assertThat(fixture.google.requests().count("POST", "/events")).isEqualTo(1);
  }

  @Test
  void givenEventAlreadyDeletedOrUnknown_whenDeleted_thenSuccess() {
    CalendarEvent booking = event(10);
    adapter.createEvent(booking);
    adapter.deleteEvent(booking.eventId());

    adapter.deleteEvent(booking.eventId());
    adapter.deleteEvent(event(12).eventId());

    assertThat(fixture.google.requests().api())
        .filteredOn(call -> call.method().equals("DELETE"))
        .extracting(call -> call.status())
        .containsExactly(204, 410, 404);
  }

  @Test
  void givenOwnerBusyTimes_whenReading_thenTheyAreReported() {
    Instant start = GoogleFixture.NOW.plus(Duration.ofHours(3));
    fixture.google.block(CALENDAR, start, start.plus(Duration.ofHours(1)));

    assertThat(adapter.busyIntervals(GoogleFixture.days(1)))
        .containsExactly(new TimeSlot(start, start.plus(Duration.ofHours(1))));
  }

  private static CalendarEvent moved(CalendarEvent event, int hourOfDay) {
    return new CalendarEvent(
        event.eventId(), event.bookingId(), event.attendee(), event(hourOfDay).slot());
  }

  private static Instant instant(JsonNode when) {
    return OffsetDateTime.parse(when.path("dateTime").asText()).toInstant();
  }
}
