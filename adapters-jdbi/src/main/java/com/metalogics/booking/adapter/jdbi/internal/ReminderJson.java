package com.metalogics.booking.adapter.jdbi.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.metalogics.booking.core.domain.CalendarReminder;
import com.metalogics.booking.core.domain.Reminder;
import com.metalogics.booking.core.domain.ReminderChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON text of an event type's reminders, named as the admin API names them: {@code
 * [{"channel":"EMAIL","offsetMinutes":1440}]} and {@code [{"method":"popup","minutes":10}]}.
 */
final class ReminderJson {

  private ReminderJson() {}

  static String reminders(List<Reminder> reminders) {
    return CatalogJson.write(
        reminders.stream()
            .map(r -> Map.of("channel", r.channel().name(), "offsetMinutes", r.offsetMinutes()))
            .toList());
  }

  static List<Reminder> reminders(String json) {
    List<Reminder> reminders = new ArrayList<>();
    for (JsonNode node : CatalogJson.tree(json)) {
      reminders.add(
          new Reminder(
              ReminderChannel.valueOf(node.path("channel").asText()),
              node.path("offsetMinutes").asInt()));
    }
    return reminders;
  }

  static String calendar(List<CalendarReminder> reminders) {
    return CatalogJson.write(
        reminders.stream()
            .map(
                r ->
                    Map.of(
                        "method", r.method().name().toLowerCase(Locale.ROOT),
                        "minutes", r.minutes()))
            .toList());
  }

  static List<CalendarReminder> calendar(String json) {
    List<CalendarReminder> reminders = new ArrayList<>();
    for (JsonNode node : CatalogJson.tree(json)) {
      reminders.add(
          new CalendarReminder(
              CalendarReminder.Method.valueOf(
                  node.path("method").asText().toUpperCase(Locale.ROOT)),
              node.path("minutes").asInt()));
    }
    return reminders;
  }
}
