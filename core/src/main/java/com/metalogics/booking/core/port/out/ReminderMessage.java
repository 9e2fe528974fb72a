package com.metalogics.booking.core.port.out;

import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.Reminder;
import java.util.Objects;

/**
 * One reminder to send, as a {@link ReminderSender} sees it.
 *
 * @param key the same for every attempt at this reminder and different for any other: the
 *     Message-ID of a mail, the reference an SMS carries so that a retry can find it
 * @param eventTitle the event type's title
 * @param location the event type's location text; may be empty
 * @param hostName who takes the meeting
 * @param manageToken the secret for the manage link; never log it, never put it in an SMS
 */
public record ReminderMessage(
    String key,
    Reminder reminder,
    Booking booking,
    String eventTitle,
    String location,
    String hostName,
    String manageToken) {

  public ReminderMessage {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(reminder, "reminder");
    Objects.requireNonNull(booking, "booking");
    Objects.requireNonNull(eventTitle, "eventTitle");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(hostName, "hostName");
    Objects.requireNonNull(manageToken, "manageToken");
  }

  @Override
  public String toString() {
    return "ReminderMessage[key=" + key + ", booking=" + booking.id() + "]";
  }
}
