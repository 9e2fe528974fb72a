package com.metalogics.booking.adapter.http;

import com.metalogics.booking.core.port.in.ListConflicts;
import com.metalogics.booking.core.port.in.ReceiveCalendarNotices;
import com.metalogics.booking.core.port.out.CalendarChangeBus;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * What the API needs of the real-time calendars: the receiver of Google's push notifications, the
 * admin's list of conflicts, and the announcements of calendar changes, on which this instance's
 * slots answers are dropped.
 */
public record CalendarHooks(
    ReceiveCalendarNotices notices, ListConflicts conflicts, CalendarChangeBus changes) {

  public CalendarHooks {
    Objects.requireNonNull(notices, "notices");
    Objects.requireNonNull(conflicts, "conflicts");
    Objects.requireNonNull(changes, "changes");
  }

  /** No real-time calendars: every channel is unknown, nothing conflicts, nothing is announced. */
  public static CalendarHooks none() {
    return new CalendarHooks(
        notice -> ReceiveCalendarNotices.Outcome.UNKNOWN_CHANNEL,
        limit -> List.of(),
        new CalendarChangeBus() {
          @Override
          public void publish(String calendarId) {}

          @Override
          public void subscribe(Consumer<String> listener) {}
        });
  }
}
