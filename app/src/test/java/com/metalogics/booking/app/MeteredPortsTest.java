package com.metalogics.booking.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.metalogics.booking.core.contract.Fixtures;
import com.metalogics.booking.core.domain.BookingStatus;
import com.metalogics.booking.core.domain.IntegrationException;
import com.metalogics.booking.core.domain.TimeSlot;
import com.metalogics.booking.core.inmemory.InMemoryCalendar;
import com.metalogics.booking.core.inmemory.InMemoryCrm;
import com.metalogics.booking.core.port.out.CalendarEvent;
import com.metalogics.booking.core.port.out.CrmContact;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MeteredPortsTest {

  private final MeterRegistry registry = new SimpleMeterRegistry();
  private final TimeSlot range =
      TimeSlot.of(Instant.parse("2030-01-07T00:00:00Z"), Duration.ofDays(1));

  @Test
  void givenNoCallYet_everyOperationAndOutcome_isCountedAtZero() {
    new MeteredCalendar(new InMemoryCalendar(), registry);
    new MeteredCrm(new InMemoryCrm(), registry);

    assertThat(registry.get(IntegrationMeter.METRIC).counters()).hasSize((5 + 4) * 3);
    assertThat(count("calendar", "create_event", "auth_failure")).isZero();
    assertThat(count("crm", "add_note", "success")).isZero();
  }

  @Test
  void givenCalendarCalls_countsSuccessAndFailurePerOutcome() {
    InMemoryCalendar calendar = new InMemoryCalendar();
    MeteredCalendar metered = new MeteredCalendar(calendar, registry);

    metered.busyIntervals(range);
    calendar.failures().failWith(() -> IntegrationException.calendar("down", null));
    assertThatThrownBy(() -> metered.busyIntervals(range)).isInstanceOf(IntegrationException.class);
    calendar.failures().failWith(() -> IntegrationException.calendarAuth("bad key", null));
    assertThatThrownBy(() -> metered.deleteEvent("e1")).isInstanceOf(IntegrationException.class);

    assertThat(count("calendar", "busy_intervals", "success")).isEqualTo(1);
    assertThat(count("calendar", "busy_intervals", "failure")).isEqualTo(1);
    assertThat(count("calendar", "delete_event", "auth_failure")).isEqualTo(1);
    assertThat(metered.enabled()).isTrue();
  }

  @Test
  void givenCallsAboutSeveralCalendars_countsOneCallEach_andAFailedCalendarIsNoFailedCall() {
    InMemoryCalendar calendar = new InMemoryCalendar();
    MeteredCalendar metered = new MeteredCalendar(calendar, registry);
    calendar.failures("host-b").failWith(() -> IntegrationException.calendar("gone", null));

    var busy = metered.busyIntervals(List.of("primary", "host-b"), range);
    metered.moveEvent(Optional.empty(), event().in(Optional.of("host-c"), List.of()));
    metered.deleteEvent(Optional.of("host-c"), "e1");

    assertThat(busy.get("host-b").failed()).isTrue();
    assertThat(count("calendar", "busy_intervals", "success")).isEqualTo(1);
    assertThat(count("calendar", "busy_intervals", "failure")).isZero();
    assertThat(count("calendar", "move_event", "success")).isEqualTo(1);
    assertThat(count("calendar", "delete_event", "success")).isEqualTo(1);
    assertThat(metered.defaultCalendarId()).isEqualTo("primary");
  }

  @Test
  void givenCrmCalls_countsSuccessAndFailure() {
    InMemoryCrm crm = new InMemoryCrm();
    MeteredCrm metered = new MeteredCrm(crm, registry);
    CrmContact contact =
        new CrmContact("ada@example.com", "Ada", "Lovelace", Optional.empty(), Optional.empty());

    String contactId = metered.upsertContact(contact);
    metered.recordStatus(contactId, UUID.randomUUID(), BookingStatus.CONFIRMED);
    assertThat(metered.contactProperty("ada@example.com", "firstname")).contains("Ada");
    crm.failures().failWith(() -> IntegrationException.crm("throttled", null));
    assertThatThrownBy(() -> metered.upsertContact(contact))
        .isInstanceOf(IntegrationException.class);

    assertThat(count("crm", "upsert_contact", "success")).isEqualTo(1);
    assertThat(count("crm", "record_status", "success")).isEqualTo(1);
    assertThat(count("crm", "contact_property", "success")).isEqualTo(1);
    assertThat(count("crm", "upsert_contact", "failure")).isEqualTo(1);
  }

  private CalendarEvent event() {
    UUID bookingId = UUID.randomUUID();
    return new CalendarEvent(
        CalendarEvent.eventIdFor(bookingId),
        bookingId,
        Fixtures.attendee("ada@example.com"),
        TimeSlot.of(range.start().plus(Duration.ofHours(10)), Duration.ofMinutes(30)));
  }

  private double count(String integration, String operation, String outcome) {
    return registry
        .get(IntegrationMeter.METRIC)
        .tags("integration", integration, "operation", operation, "outcome", outcome)
        .counter()
        .count();
  }
}
