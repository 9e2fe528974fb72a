package com.metalogics.booking.adapter.google;

import com.fasterxml.jackson.databind.JsonNode;
import com.metalogics.booking.adapter.google.internal.EventMapper;
import com.metalogics.booking.core.contract.CalendarPortContract;
import com.metalogics.booking.core.port.out.CalendarPort;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * The port's contract, met by the real adapter talking HTTP to the fake Google. The service account
 * has no delegation, as by default, so guests are named in the description.
 */
class GoogleCalendarAdapterContractTest extends CalendarPortContract {

  private static final List<String> HOSTS = List.of("grace@example.com", "alan@example.com");

  @TempDir Path directory;
  private GoogleFixture fixture;

  @Override
  protected CalendarPort createCalendar() {
    fixture = new GoogleFixture(directory);
    HOSTS.forEach(fixture.google::addCalendar);
    return fixture.adapter();
  }

  @Override
  protected List<String> otherCalendarIds() {
    return HOSTS;
  }

  @Override
  protected void failBusyTimes(String calendarId) {
    fixture.google.freeBusyError(calendarId, Optional.of("internalError"));
  }

  @Override
  protected List<String> guestsOf(String calendarId, String eventId) {
    JsonNode event = fixture.google.event(calendarId, eventId).orElseThrow();
    List<String> guests = new ArrayList<>();
    event.path("attendees").forEach(attendee -> guests.add(attendee.path("email").asText()));
    event
        .path("description")
        .asText()
        .lines()
        .filter(line -> line.startsWith(EventMapper.GUESTS))
        .flatMap(line -> Arrays.stream(line.substring(EventMapper.GUESTS.length()).split(", ")))
        .forEach(guests::add);
    return guests;
  }

  @AfterEach
  void stopGoogle() {
    fixture.close();
  }
}
