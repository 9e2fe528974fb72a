package com.metalogics.booking.adapter.google.internal;

import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.services.calendar.Calendar;
import com.google.api.services.calendar.model.Event;
import com.metalogics.booking.core.port.out.CalendarEvent;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One attempt of each event write, idempotent under the event id derived from the booking. A
 * service account without domain-wide delegation may not invite attendees: Google answers 403
 * {@code forbiddenForServiceAccounts}. The write is then made again without attendees, and this
 * process stops offering them, so later events do not repeat the refused request.
 */
public final class EventWriter {

  private static final Logger LOG = LoggerFactory.getLogger(EventWriter.class);
  private static final String ATTENDEES_REFUSED = "forbiddenForServiceAccounts";

  private final Calendar client;
  private final EventMapper mapper;
  private final String sendUpdates;
  private final AtomicBoolean attendeesRefused = new AtomicBoolean();

  public EventWriter(Calendar client, EventMapper mapper, String sendUpdates) {
    this.client = client;
    this.mapper = mapper;
    this.sendUpdates = sendUpdates;
  }

  /** Whether Google refused attendees to this process (the guests go into the description). */
  public boolean attendeesRefused() {
    return attendeesRefused.get();
  }

  /** Inserts the event; when it exists already (an earlier attempt got through), updates it. */
  public Void insertOrUpdate(String calendarId, CalendarEvent event) throws IOException {
    return withAttendeeFallback(event, body -> insertOrUpdate(calendarId, body));
  }

  /** Updates the event; when it does not exist, inserts it. */
  public Void updateOrInsert(String calendarId, CalendarEvent event) throws IOException {
    return withAttendeeFallback(event, body -> updateOrInsert(calendarId, body));
  }

  /**
   * Moves the event from {@code fromCalendarId} into its own calendar with Google's {@code
   * events.move}, then rewrites it there; an event not in the source (never written, or moved by an
   * earlier attempt) is written into the target.
   */
  public Void move(String fromCalendarId, String toCalendarId, CalendarEvent event)
      throws IOException {
    if (!fromCalendarId.equals(toCalendarId)) {
      try {
        client
            .events()
            .move(fromCalendarId, event.eventId(), toCalendarId)
            .setSendUpdates(sendUpdates)
            .execute();
      } catch (GoogleJsonResponseException e) {
        if (!gone(e)) {
          throw e;
        }
        LOG.debug("calendar event {} was not in its source calendar", event.eventId());
      }
    }
    return updateOrInsert(toCalendarId, event);
  }

  /** Deletes the event; one already gone counts as deleted. */
  public Void delete(String calendarId, String eventId) throws IOException {
    try {
      client.events().delete(calendarId, eventId).setSendUpdates(sendUpdates).execute();
    } catch (GoogleJsonResponseException e) {
      if (!gone(e)) {
        throw e;
      }
      LOG.debug("calendar event {} was already gone", eventId);
    }
    return null;
  }

  @FunctionalInterface
  private interface Write {
    Void send(Event body) throws IOException;
  }

  private Void withAttendeeFallback(CalendarEvent event, Write write) throws IOException {
    Event body = mapper.toEvent(event, !attendeesRefused.get());
    try {
      return write.send(body);
    } catch (GoogleJsonResponseException e) {
      if (body.getAttendees() == null || !refusesAttendees(e)) {
        throw e;
      }
      if (attendeesRefused.compareAndSet(false, true)) {
        LOG.warn(
            "Google refuses attendees to this service account (no domain-wide delegation):"
                + " events name their guests in the description from now on");
      }
      return write.send(mapper.toEvent(event, false));
    }
  }

  private Void insertOrUpdate(String calendarId, Event body) throws IOException {
    try {
      client.events().insert(calendarId, body).setSendUpdates(sendUpdates).execute();
    } catch (GoogleJsonResponseException e) {
      if (e.getStatusCode() != 409) {
        throw e;
      }
      // The event exists: an earlier attempt got through, or the booking was cancelled and is
      // being written again. Make its content match.
      update(calendarId, body);
    }
    return null;
  }

  private Void updateOrInsert(String calendarId, Event body) throws IOException {
    try {
      update(calendarId, body);
    } catch (GoogleJsonResponseException e) {
      if (!gone(e)) {
        throw e;
      }
      insertOrUpdate(calendarId, body);
    }
    return null;
  }

  private void update(String calendarId, Event body) throws IOException {
    client.events().update(calendarId, body.getId(), body).setSendUpdates(sendUpdates).execute();
  }

  private static boolean gone(GoogleJsonResponseException e) {
    return e.getStatusCode() == 404 || e.getStatusCode() == 410;
  }

  private static boolean refusesAttendees(GoogleJsonResponseException e) {
    return e.getStatusCode() == 403
        && GoogleErrors.reason(e).filter(ATTENDEES_REFUSED::equals).isPresent();
  }
}
