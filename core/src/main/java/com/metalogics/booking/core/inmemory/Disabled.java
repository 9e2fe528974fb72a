package com.metalogics.booking.core.inmemory;

import com.metalogics.booking.core.domain.BookingStatus;
import com.metalogics.booking.core.domain.IntegrationException;
import com.metalogics.booking.core.domain.TimeSlot;
import com.metalogics.booking.core.port.out.AdminAlert;
import com.metalogics.booking.core.port.out.AttendeeNotification;
import com.metalogics.booking.core.port.out.CalendarBusy;
import com.metalogics.booking.core.port.out.CalendarEvent;
import com.metalogics.booking.core.port.out.CalendarPort;
import com.metalogics.booking.core.port.out.CrmContact;
import com.metalogics.booking.core.port.out.CrmNote;
import com.metalogics.booking.core.port.out.CrmPort;
import com.metalogics.booking.core.port.out.Notifier;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Integrations switched off by configuration. A disabled calendar has no busy times (in any of its
 * calendars); writes to a disabled calendar or CRM fail, so their bookings stay flagged for a later
 * sync. Disabled mail sends nothing and counts as done.
 */
public final class Disabled {

  private Disabled() {}

  public static CalendarPort calendar() {
    return new DisabledCalendar();
  }

  public static CrmPort crm() {
    return new CrmPort() {
      @Override
      public String upsertContact(CrmContact contact) {
        throw IntegrationException.crm("CRM integration is disabled", null);
      }

      @Override
      public void addNote(String contactId, CrmNote note) {
        throw IntegrationException.crm("CRM integration is disabled", null);
      }

      @Override
      public void recordStatus(String contactId, UUID bookingId, BookingStatus status) {
        throw IntegrationException.crm("CRM integration is disabled", null);
      }

      /** A CRM that is off knows no contact: tiers recognised through it admit nobody. */
      @Override
      public Optional<String> contactProperty(String email, String property) {
        return Optional.empty();
      }

      @Override
      public boolean enabled() {
        return false;
      }
    };
  }

  public static Notifier notifier() {
    return new Notifier() {
      @Override
      public void notifyAttendee(AttendeeNotification notification) {}

      @Override
      public void alertAdmin(AdminAlert alert) {}

      @Override
      public boolean enabled() {
        return false;
      }
    };
  }

  private static final class DisabledCalendar implements CalendarPort {
    @Override
    public String defaultCalendarId() {
      return InMemoryCalendar.DEFAULT_CALENDAR;
    }

    @Override
    public List<TimeSlot> busyIntervals(TimeSlot range) {
      return List.of();
    }

    @Override
    public Map<String, CalendarBusy> busyIntervals(Collection<String> calendarIds, TimeSlot range) {
      Map<String, CalendarBusy> answer = new LinkedHashMap<>();
      calendarIds.forEach(id -> answer.put(id, CalendarBusy.of(id, List.of())));
      return answer;
    }

    @Override
    public String createEvent(CalendarEvent event) {
      throw IntegrationException.calendar("calendar integration is disabled", null);
    }

    @Override
    public void updateEvent(CalendarEvent event) {
      throw IntegrationException.calendar("calendar integration is disabled", null);
    }

    @Override
    public void deleteEvent(String eventId) {
      throw IntegrationException.calendar("calendar integration is disabled", null);
    }

    @Override
    public void deleteEvent(Optional<String> calendarId, String eventId) {
      throw IntegrationException.calendar("calendar integration is disabled", null);
    }

    @Override
    public void moveEvent(Optional<String> fromCalendarId, CalendarEvent event) {
      throw IntegrationException.calendar("calendar integration is disabled", null);
    }

    @Override
    public boolean enabled() {
      return false;
    }
  }
}
