package com.metalogics.booking.adapter.google.internal;

import com.google.api.client.util.DateTime;
import com.google.api.services.calendar.Calendar;
import com.google.api.services.calendar.model.Event;
import com.google.api.services.calendar.model.EventDateTime;
import com.google.api.services.calendar.model.Events;
import com.metalogics.booking.core.domain.TimeSlot;
import com.metalogics.booking.core.port.out.CalendarDelta;
import com.metalogics.booking.core.port.out.CalendarItem;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code events.list} of one calendar, every page: the busy events of a window with a sync token,
 * or the changes since a sync token. Both ask for single events (recurring ones expanded), as a
 * sync token only answers the same question it was issued for.
 */
public final class EventsSync {

  static final int PAGE_SIZE = 250;

  private static final String BOOKING_ID = "bookingId";

  private final Calendar client;
  private final ZoneId zone;

  /**
   * @param zone the zone of all-day events
   */
  public EventsSync(Calendar client, ZoneId zone) {
    this.client = client;
    this.zone = zone;
  }

  public CalendarDelta list(String calendarId, TimeSlot window) throws IOException {
    Calendar.Events.List request =
        client
            .events()
            .list(calendarId)
            .setSingleEvents(true)
            .setMaxResults(PAGE_SIZE)
            .setTimeMin(new DateTime(window.start().toEpochMilli()))
            .setTimeMax(new DateTime(window.end().toEpochMilli()));
    return all(request);
  }

  /** Empty when Google answers 410 Gone: the token is too old, list the window again. */
  public Optional<CalendarDelta> changesSince(String calendarId, String syncToken)
      throws IOException {
    Calendar.Events.List request =
        client
            .events()
            .list(calendarId)
            .setSingleEvents(true)
            .setMaxResults(PAGE_SIZE)
            .setSyncToken(syncToken);
    try {
      return Optional.of(all(request));
    } catch (IOException e) {
      if (GoogleErrors.status(e) == 410) {
        return Optional.empty();
      }
      throw e;
    }
  }

  private CalendarDelta all(Calendar.Events.List request) throws IOException {
    List<CalendarItem> busy = new ArrayList<>();
    List<String> gone = new ArrayList<>();
    Events page;
    do {
      page = request.execute();
      if (page.getItems() != null) {
        page.getItems().forEach(event -> sort(event, busy, gone));
      }
      request.setPageToken(page.getNextPageToken());
    } while (page.getNextPageToken() != null);
    if (page.getNextSyncToken() == null) {
      throw new IOException("events.list ended without a sync token");
    }
    return new CalendarDelta(busy, gone, page.getNextSyncToken());
  }

  /** Cancelled and free ("transparent") events take no time; neither do events without times. */
  private void sort(Event event, List<CalendarItem> busy, List<String> gone) {
    Optional<Instant> start = at(event.getStart());
    Optional<Instant> end = at(event.getEnd());
    boolean takesTime =
        !"cancelled".equals(event.getStatus())
            && !"transparent".equals(event.getTransparency())
            && start.isPresent()
            && end.isPresent()
            && end.get().isAfter(start.get());
    if (takesTime) {
      busy.add(
          new CalendarItem(event.getId(), new TimeSlot(start.get(), end.get()), bookingId(event)));
    } else {
      gone.add(event.getId());
    }
  }

  private Optional<Instant> at(EventDateTime when) {
    if (when == null) {
      return Optional.empty();
    }
    if (when.getDateTime() != null) {
      return Optional.of(Instant.ofEpochMilli(when.getDateTime().getValue()));
    }
    if (when.getDate() != null) {
      return Optional.of(
          LocalDate.parse(when.getDate().toStringRfc3339().substring(0, 10))
              .atStartOfDay(zone)
              .toInstant());
    }
    return Optional.empty();
  }

  /** Our events carry their booking's id in a private extended property. */
  private static Optional<UUID> bookingId(Event event) {
    Map<String, String> own =
        event.getExtendedProperties() == null ? null : event.getExtendedProperties().getPrivate();
    if (own == null || own.get(BOOKING_ID) == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(UUID.fromString(own.get(BOOKING_ID)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
