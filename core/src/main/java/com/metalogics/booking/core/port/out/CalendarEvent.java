package com.metalogics.booking.core.port.out;

import com.metalogics.booking.core.domain.Attendee;
import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.CalendarReminder;
import com.metalogics.booking.core.domain.TimeSlot;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The calendar's view of a booking. The event id is derived from the booking id in Google's
 * base32hex alphabet (0-9, a-v), so every retry addresses the same event.
 *
 * @param reminders what the calendar reminds the host of; empty: the calendar's own defaults
 * @param calendarId the host's calendar that holds the event; empty: the port's default calendar
 * @param guests e-mail addresses of further hosts invited to the event (a collective meeting)
 */
public record CalendarEvent(
    String eventId,
    UUID bookingId,
    Attendee attendee,
    TimeSlot slot,
    List<CalendarReminder> reminders,
    Optional<String> calendarId,
    List<String> guests) {

  private static final char[] BASE32HEX = "0123456789abcdefghijklmnopqrstuv".toCharArray();

  public CalendarEvent {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(bookingId, "bookingId");
    Objects.requireNonNull(attendee, "attendee");
    Objects.requireNonNull(slot, "slot");
    reminders = List.copyOf(reminders);
    Objects.requireNonNull(calendarId, "calendarId");
    guests = List.copyOf(guests);
  }

  /** An event in the default calendar without guests. */
  public CalendarEvent(
      String eventId,
      UUID bookingId,
      Attendee attendee,
      TimeSlot slot,
      List<CalendarReminder> reminders) {
    this(eventId, bookingId, attendee, slot, reminders, Optional.empty(), List.of());
  }

  /** An event with the calendar's default reminders. */
  public CalendarEvent(String eventId, UUID bookingId, Attendee attendee, TimeSlot slot) {
    this(eventId, bookingId, attendee, slot, List.of());
  }

  public static CalendarEvent of(Booking booking, List<CalendarReminder> reminders) {
    return new CalendarEvent(
        eventIdFor(booking.id()), booking.id(), booking.attendee(), booking.slot(), reminders);
  }

  /** The same event in {@code calendarId} with {@code guests} invited. */
  public CalendarEvent in(Optional<String> calendarId, List<String> guests) {
    return new CalendarEvent(eventId, bookingId, attendee, slot, reminders, calendarId, guests);
  }

  /** 26 base32hex characters: the 128 bits of the id, five bits per character. */
  public static String eventIdFor(UUID bookingId) {
    ByteBuffer bytes = ByteBuffer.allocate(16);
    bytes.putLong(bookingId.getMostSignificantBits()).putLong(bookingId.getLeastSignificantBits());
    java.math.BigInteger value = new java.math.BigInteger(1, bytes.array());
    char[] out = new char[26];
    for (int i = 25; i >= 0; i--) {
      out[i] = BASE32HEX[value.intValue() & 31];
      value = value.shiftRight(5);
    }
    return new String(out);
  }
}
