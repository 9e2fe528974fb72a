package com.metalogics.booking.adapter.google.internal;

import com.google.api.client.util.DateTime;
import com.google.api.services.calendar.model.Event;
import com.google.api.services.calendar.model.EventAttendee;
import com.google.api.services.calendar.model.EventDateTime;
import com.google.api.services.calendar.model.EventReminder;
import com.metalogics.booking.core.domain.Attendee;
import com.metalogics.booking.core.domain.CalendarReminder;
import com.metalogics.booking.core.port.out.CalendarEvent;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the core's {@link CalendarEvent} into Google's {@link Event}. The description carries the
 * manage link by booking id only: the manage token never leaves the service. The event's guests
 * (further hosts) are invited as attendees; where Google refuses attendees, they are named in the
 * description instead.
 */
public final class EventMapper {

  /** Starts the description line naming the guests when they could not be invited. */
  public static final String GUESTS = "Guests: ";

  private final ZoneId zone;
  private final String publicBaseUrl;
  private final boolean inviteAttendee;

  /**
   * @param inviteAttendee true only with domain-wide delegation: Google refuses attendees on a
   *     service account's own requests ({@code forbiddenForServiceAccounts})
   */
  public EventMapper(ZoneId zone, String publicBaseUrl, boolean inviteAttendee) {
    this.zone = zone;
    this.publicBaseUrl = publicBaseUrl;
    this.inviteAttendee = inviteAttendee;
  }

  /**
   * @param attendeesAllowed false once Google refused attendees to this service account: the event
   *     then invites nobody and names its guests in the description
   */
  public Event toEvent(CalendarEvent source, boolean attendeesAllowed) {
    Attendee attendee = source.attendee();
    Event event =
        new Event()
            .setId(source.eventId())
            .setStatus("confirmed")
            .setSummary(summary(attendee))
            .setDescription(description(source, !attendeesAllowed))
            .setStart(at(source.slot().start()))
            .setEnd(at(source.slot().end()))
            .setExtendedProperties(
                new Event.ExtendedProperties()
                    .setPrivate(Map.of("bookingId", source.bookingId().toString())));
    if (!source.reminders().isEmpty()) {
      event.setReminders(
          new Event.Reminders()
              .setUseDefault(false)
              .setOverrides(source.reminders().stream().map(EventMapper::reminder).toList()));
    }
    List<EventAttendee> attendees = new ArrayList<>();
    if (inviteAttendee) {
      attendees.add(new EventAttendee().setEmail(attendee.email()).setDisplayName(attendee.name()));
    }
    source.guests().forEach(guest -> attendees.add(new EventAttendee().setEmail(guest)));
    if (attendeesAllowed && !attendees.isEmpty()) {
      event.setAttendees(attendees);
    }
    return event;
  }

  private static EventReminder reminder(CalendarReminder reminder) {
    return new EventReminder()
        .setMethod(reminder.method().name().toLowerCase(Locale.ROOT))
        .setMinutes(reminder.minutes());
  }

  public String manageLink(CalendarEvent source) {
    return publicBaseUrl + "/manage/" + source.bookingId();
  }

  private static String summary(Attendee attendee) {
    return attendee
        .company()
        .filter(company -> !company.isBlank())
        .map(company -> "Meeting with " + attendee.name() + " (" + company + ")")
        .orElse("Meeting with " + attendee.name());
  }

  private String description(CalendarEvent source, boolean listGuests) {
    Attendee attendee = source.attendee();
    StringBuilder text = new StringBuilder();
    text.append("Name: ").append(attendee.name()).append('\n');
    text.append("Email: ").append(attendee.email()).append('\n');
    attendee.company().ifPresent(company -> text.append("Company: ").append(company).append('\n'));
    attendee.phone().ifPresent(phone -> text.append("Phone: ").append(phone).append('\n'));
    text.append("Attendee time zone: ").append(attendee.timeZone().getId()).append('\n');
    attendee
        .message()
        .ifPresent(message -> text.append("\nMessage:\n").append(message).append('\n'));
    if (listGuests && !source.guests().isEmpty()) {
      text.append("\n").append(GUESTS).append(String.join(", ", source.guests())).append('\n');
    }
    text.append("\nManage booking: ").append(manageLink(source)).append('\n');
    text.append("Booking id: ").append(source.bookingId());
    return text.toString();
  }

  private EventDateTime at(Instant instant) {
    return new EventDateTime()
        .setDateTime(DateTime.parseRfc3339(instant.toString()))
        .setTimeZone(zone.getId());
  }
}
