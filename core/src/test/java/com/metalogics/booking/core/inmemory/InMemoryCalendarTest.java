package com.metalogics.booking.core.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.metalogics.booking.core.contract.CalendarPortContract;
import com.metalogics.booking.core.contract.Fixtures;
import com.metalogics.booking.core.domain.IntegrationException;
import com.metalogics.booking.core.domain.TimeSlot;
import com.metalogics.booking.core.port.out.CalendarEvent;
import com.metalogics.booking.core.port.out.CalendarPort;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class InMemoryCalendarTest extends CalendarPortContract {

  private static final String GRACE = "grace@example.com";
  private static final String ALAN = "alan@example.com";
  private static final TimeSlot DAY = TimeSlot.of(Fixtures.NOW, Duration.ofDays(1));

  private final InMemoryCalendar inMemory = new InMemoryCalendar();

  @Override
  protected CalendarPort createCalendar() {
    return inMemory;
  }

  @Override
  protected List<String> otherCalendarIds() {
    return List.of(GRACE, ALAN);
  }

  @Override
  protected void failBusyTimes(String calendarId) {
    inMemory
        .failures(calendarId)
        .failWith(() -> IntegrationException.calendar("calendar " + calendarId + " is down", null));
  }

  @Override
  protected List<String> guestsOf(String calendarId, String eventId) {
    return inMemory.event(calendarId, eventId).map(CalendarEvent::guests).orElse(List.of());
  }

  @Test
  void givenTheWholeServiceDown_anAskForSeveralCalendars_throws() {
    inMemory.failures().failWith(() -> IntegrationException.calendar("down", null));

    assertThatThrownBy(() -> inMemory.busyIntervals(List.of(GRACE, ALAN), DAY))
        .isInstanceOf(IntegrationException.class);
  }

  @Test
  void givenOneCalendarFailing_writesToItFail_andTheOthersTakeTheirs() {
    failBusyTimes(GRACE);
    CalendarEvent forAlan = event().in(Optional.of(ALAN), List.of());

    assertThatThrownBy(() -> inMemory.createEvent(event().in(Optional.of(GRACE), List.of())))
        .isInstanceOf(IntegrationException.class);
    inMemory.createEvent(forAlan);

    assertThat(inMemory.events(ALAN)).containsExactly(forAlan);
    assertThat(inMemory.events(GRACE)).isEmpty();
  }

  @Test
  void blockedTimes_belongToTheirCalendar() {
    TimeSlot meeting = TimeSlot.of(Fixtures.NOW.plus(Duration.ofHours(2)), Duration.ofHours(1));

    inMemory.block(GRACE, meeting);

    assertThat(inMemory.busyIntervals(List.of(GRACE, ALAN), DAY).get(GRACE).busy())
        .containsExactly(meeting);
    assertThat(inMemory.busyIntervals(List.of(GRACE, ALAN), DAY).get(ALAN).busy()).isEmpty();
    assertThat(inMemory.busyIntervals(DAY)).isEmpty();
  }

  private static CalendarEvent event() {
    UUID bookingId = UUID.randomUUID();
    return new CalendarEvent(
        CalendarEvent.eventIdFor(bookingId),
        bookingId,
        Fixtures.attendee(Fixtures.uniqueEmail()),
        TimeSlot.of(Fixtures.NOW.plus(Duration.ofHours(3)), Duration.ofMinutes(30)));
  }
}
