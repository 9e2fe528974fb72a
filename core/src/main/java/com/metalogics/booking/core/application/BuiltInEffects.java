package com.metalogics.booking.core.application;

import com.metalogics.booking.core.domain.CalendarReminder;
import com.metalogics.booking.core.domain.Placement;
import com.metalogics.booking.core.port.out.BookingRepository;
import com.metalogics.booking.core.port.out.CalendarPort;
import com.metalogics.booking.core.port.out.CrmPort;
import com.metalogics.booking.core.port.out.EffectHandler;
import com.metalogics.booking.core.port.out.Notifier;
import com.metalogics.booking.core.port.out.RetrySchedule;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** The engine's own effect handlers: calendar, CRM, attendee mail and admin alerts. */
final class BuiltInEffects {

  private BuiltInEffects() {}

  /**
   * The built-in handlers of the integrations switched on (the effects of one switched off wait for
   * it, unclaimed), then the embedder's, which replace a built-in one of the same kind.
   */
  static List<EffectHandler> handlers(
      BookingRepository repository,
      CalendarPort calendar,
      CrmPort crm,
      Notifier notifier,
      ManageTokens tokens,
      SyncPolicy policy,
      Clock clock,
      Tallies tallies,
      CatalogCache catalog,
      List<EffectHandler> extra) {
    RetrySchedule schedule = policy.retrySchedule();
    boolean mail = notifier.enabled();
    GiveUpAlerts alerts = new GiveUpAlerts(repository, clock, mail);
    List<EffectHandler> all = new ArrayList<>();
    BookingHosts hosts = new BookingHosts(catalog);
    if (calendar.enabled()) {
      all.add(
          new CalendarEffects(
              calendar, schedule, alerts, p -> calendarReminders(catalog, p), hosts));
    }
    if (crm.enabled()) {
      all.add(
          new CrmEffects(crm, schedule, alerts, new CrmOrigins(repository, tallies, clock), hosts));
    }
    if (mail) {
      all.add(new AttendeeMailEffects(notifier, tokens, schedule, alerts, hosts));
      all.add(new AdminAlertEffects(notifier, schedule));
    }
    all.addAll(extra);
    return all;
  }

  /** Those of the booking's event type; none (the calendar's own) for a type that is gone. */
  private static List<CalendarReminder> calendarReminders(CatalogCache catalog, Placement p) {
    return catalog
        .recent()
        .eventType(p.eventType())
        .map(type -> type.value().reminders().calendar())
        .orElse(List.of());
  }
}
