package com.metalogics.booking.core.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The reminders of an event type's bookings: those the service sends the attendee, and those the
 * host's calendar gives for the event (empty: the calendar's own defaults).
 *
 * @param attendee sent by e-mail or SMS before the start, each once
 * @param calendar at most {@link #MAX_CALENDAR_REMINDERS}, as Google allows
 */
public record ReminderPlan(List<Reminder> attendee, List<CalendarReminder> calendar) {

  public static final int MAX_REMINDERS = 10;
  public static final int MAX_CALENDAR_REMINDERS = 5;

  /** One e-mail a day before; the calendar's defaults. */
  public static final ReminderPlan DEFAULT =
      new ReminderPlan(List.of(new Reminder(ReminderChannel.EMAIL, 24 * 60)), List.of());

  public ReminderPlan {
    attendee = List.copyOf(attendee);
    calendar = List.copyOf(calendar);
  }

  public boolean sends(ReminderChannel channel) {
    return attendee.stream().anyMatch(r -> r.channel() == channel);
  }

  /** Named by the admin API's paths: {@code reminders[1].offsetMinutes}. */
  void check(Problems problems) {
    problems.require(
        attendee.size() <= MAX_REMINDERS, "reminders", "must list at most " + MAX_REMINDERS);
    Set<Reminder> seen = new HashSet<>();
    for (int i = 0; i < attendee.size(); i++) {
      Reminder reminder = Objects.requireNonNull(attendee.get(i), "reminders");
      String field = "reminders[" + i + "].offsetMinutes";
      problems.range(field, reminder.offsetMinutes(), 1, Reminder.MAX_OFFSET_MINUTES);
      problems.require(seen.add(reminder), field, "repeats " + reminder.offsetMinutes());
    }
    problems.require(
        calendar.size() <= MAX_CALENDAR_REMINDERS,
        "calendarReminders",
        "must list at most " + MAX_CALENDAR_REMINDERS);
    for (int i = 0; i < calendar.size(); i++) {
      CalendarReminder reminder = Objects.requireNonNull(calendar.get(i), "calendarReminders");
      problems.range(
          "calendarReminders[" + i + "].minutes",
          reminder.minutes(),
          0,
          Reminder.MAX_OFFSET_MINUTES);
    }
  }
}
