package com.metalogics.booking.adapter.http.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.metalogics.booking.core.domain.CalendarReminder;
import com.metalogics.booking.core.domain.Reminder;
import com.metalogics.booking.core.domain.ReminderChannel;
import com.metalogics.booking.core.domain.ReminderPlan;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An event type's {@code reminders} ({@code [{channel: EMAIL|SMS, offsetMinutes}]}, absent: one
 * e-mail a day before) and {@code calendarReminders} ({@code [{method: email|popup, minutes}]},
 * absent or empty: the calendar's defaults), as the admin API shows and takes them.
 */
final class ReminderFields {

  private ReminderFields() {}

  record ReminderView(String channel, int offsetMinutes) {}

  record CalendarReminderView(String method, int minutes) {}

  static List<ReminderView> reminders(ReminderPlan plan) {
    return plan.attendee().stream()
        .map(r -> new ReminderView(r.channel().name(), r.offsetMinutes()))
        .toList();
  }

  static List<CalendarReminderView> calendar(ReminderPlan plan) {
    return plan.calendar().stream()
        .map(r -> new CalendarReminderView(r.method().name().toLowerCase(Locale.ROOT), r.minutes()))
        .toList();
  }

  /**
   * A list with an unreadable entry is reported and read as empty: the domain's paths count the
   * entries, and a shorter list would name the wrong ones.
   */
  static ReminderPlan parse(CatalogFields f, JsonNode body) {
    List<Reminder> attendee =
        f.array(body, "reminders", "reminders")
            .map(nodes -> attendee(f, nodes))
            .orElse(ReminderPlan.DEFAULT.attendee());
    List<CalendarReminder> calendar =
        f.array(body, "calendarReminders", "calendarReminders")
            .map(nodes -> calendar(f, nodes))
            .orElse(List.of());
    return new ReminderPlan(attendee, calendar);
  }

  private static List<Reminder> attendee(CatalogFields f, List<JsonNode> nodes) {
    List<Reminder> out = new ArrayList<>();
    boolean readable = true;
    for (int i = 0; i < nodes.size(); i++) {
      String path = "reminders[" + i + "]";
      Optional<ReminderChannel> channel =
          named(f, nodes.get(i), "channel", path, ReminderChannel.values(), false);
      Optional<Integer> offset = required(f, nodes.get(i), "offsetMinutes", path);
      if (channel.isPresent() && offset.isPresent()) {
        out.add(new Reminder(channel.get(), offset.get()));
      } else {
        readable = false;
      }
    }
    return readable ? out : List.of();
  }

  private static List<CalendarReminder> calendar(CatalogFields f, List<JsonNode> nodes) {
    List<CalendarReminder> out = new ArrayList<>();
    boolean readable = true;
    for (int i = 0; i < nodes.size(); i++) {
      String path = "calendarReminders[" + i + "]";
      Optional<CalendarReminder.Method> method =
          named(f, nodes.get(i), "method", path, CalendarReminder.Method.values(), true);
      Optional<Integer> minutes = required(f, nodes.get(i), "minutes", path);
      if (method.isPresent() && minutes.isPresent()) {
        out.add(new CalendarReminder(method.get(), minutes.get()));
      } else {
        readable = false;
      }
    }
    return readable ? out : List.of();
  }

  private static Optional<Integer> required(
      CatalogFields f, JsonNode node, String name, String parent) {
    String path = CatalogFields.at(parent, name);
    Optional<Integer> value = f.integer(node, name, path);
    if (value.isEmpty() && !f.has(path)) {
      f.problem(path, "is required");
    }
    return value;
  }

  /** One of {@code values} by name; in lower case where the API spells it so. */
  private static <E extends Enum<E>> Optional<E> named(
      CatalogFields f, JsonNode node, String name, String parent, E[] values, boolean lower) {
    String path = CatalogFields.at(parent, name);
    String text = f.requiredText(node, name, path);
    Optional<E> value =
        Arrays.stream(values).filter(v -> spelled(v, lower).equals(text)).findFirst();
    if (value.isEmpty() && !f.has(path)) {
      f.problem(
          path, "must be one of " + Arrays.stream(values).map(v -> spelled(v, lower)).toList());
    }
    return value;
  }

  private static String spelled(Enum<?> value, boolean lower) {
    return lower ? value.name().toLowerCase(Locale.ROOT) : value.name();
  }
}
