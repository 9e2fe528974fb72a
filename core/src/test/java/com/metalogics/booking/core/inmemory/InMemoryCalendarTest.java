package com.metalogics.booking.core.inmemory;

import com.metalogics.booking.core.contract.CalendarPortContract;
import com.metalogics.booking.core.domain.IntegrationException;
import com.metalogics.booking.core.port.out.CalendarEvent;
import com.metalogics.booking.core.port.out.CalendarPort;
import java.util.List;

class InMemoryCalendarTest extends CalendarPortContract {

  private final InMemoryCalendar inMemory = new InMemoryCalendar();

  @Override
  protected CalendarPort createCalendar() {
    return inMemory;
  }

  @Override
  protected List<String> otherCalendarIds() {
    return List.of("grace@example.com", "alan@example.com");
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
}
