package com.metalogics.booking.core.application;

import com.metalogics.booking.core.domain.Host;
import com.metalogics.booking.core.domain.IntegrationException;
import com.metalogics.booking.core.domain.TimeSlot;
import com.metalogics.booking.core.port.out.CalendarBusy;
import com.metalogics.booking.core.port.out.CalendarPort;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The hosts' calendars, asked together: one call for every calendar of a pool, answered per host. A
 * calendar that cannot answer is a failure for its hosts only, never "free".
 */
final class HostCalendars {

  private HostCalendars() {}

  /** The calendar that holds {@code host}'s busy times and events. */
  static String idOf(Host host, CalendarPort calendar) {
    return host.calendarId().orElseGet(calendar::defaultCalendarId);
  }

  /** The calendar a host's event goes to, as the port names it: empty for the default one. */
  static Optional<String> eventCalendarOf(Host host, CalendarPort calendar) {
    return host.calendarId().filter(id -> !id.equals(calendar.defaultCalendarId()));
  }

  /**
   * Busy times around {@code range} by host id; every member has an entry. Throws only when no
   * calendar could be asked at all.
   */
  static Map<String, CalendarBusy> read(
      CalendarPort calendar, List<Offer> members, TimeSlot range) {
    Set<String> ids = new LinkedHashSet<>();
    members.forEach(m -> ids.add(idOf(m.host(), calendar)));
    Map<String, CalendarBusy> byCalendar;
    if (ids.size() == 1 && ids.contains(calendar.defaultCalendarId())) {
      String id = ids.iterator().next();
      byCalendar = Map.of(id, CalendarBusy.of(id, calendar.busyIntervals(range)));
    } else {
      byCalendar = calendar.busyIntervals(ids, range);
    }
    Map<String, CalendarBusy> byHost = new LinkedHashMap<>();
    for (Offer member : members) {
      String id = idOf(member.host(), calendar);
      CalendarBusy busy = byCalendar.get(id);
      byHost.put(
          member.host().id(),
          busy != null
              ? busy
              : CalendarBusy.failed(
                  id, IntegrationException.calendar("the calendar gave no answer", null)));
    }
    return byHost;
  }

  /** Every member failed with {@code failure}: the calendars could not be asked at all. */
  static Map<String, CalendarBusy> allFailed(List<Offer> members, IntegrationException failure) {
    Map<String, CalendarBusy> byHost = new LinkedHashMap<>();
    members.forEach(m -> byHost.put(m.host().id(), CalendarBusy.failed(m.host().id(), failure)));
    return byHost;
  }
}
