package com.metalogics.booking.app;

import com.metalogics.booking.adapter.google.GoogleCalendarAdapter;
import com.metalogics.booking.adapter.google.GoogleCalendarListener;
import com.metalogics.booking.adapter.hubspot.HubSpotCrmAdapter;
import com.metalogics.booking.adapter.mail.SmtpNotifier;
import com.metalogics.booking.core.inmemory.Disabled;
import com.metalogics.booking.core.port.out.CalendarPort;
import com.metalogics.booking.core.port.out.CrmPort;
import com.metalogics.booking.core.port.out.Notifier;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;

/**
 * The calendar and CRM the engine calls, metered: the configured Google and HubSpot adapters (or
 * their switched-off stand-ins), or ports a test gave.
 */
record IntegrationPorts(CalendarPort calendar, CrmPort crm) {

  /** Ports a test gave, metered as the configured ones are. */
  static IntegrationPorts given(
      CalendarPort calendar, CrmPort crm, PrometheusMeterRegistry registry, IntegrationDays calls) {
    return new IntegrationPorts(
        new MeteredCalendar(calendar, registry, calls), new MeteredCrm(crm, registry, calls));
  }

  static IntegrationPorts configured(
      AppConfig config,
      Clock clock,
      PrometheusMeterRegistry registry,
      Resources resources,
      IntegrationDays calls) {
    return new IntegrationPorts(
        calendar(config, clock, registry, resources, calls), crm(config, registry, calls));
  }

  static Notifier notifier(AppConfig config) {
    if (config.mail().isEmpty()) {
      return Disabled.notifier();
    }
    return new SmtpNotifier(
        Integrations.mailConfig(config.mail().get(), config.http().publicBaseUrl()));
  }

  private static CalendarPort calendar(
      AppConfig config,
      Clock clock,
      PrometheusMeterRegistry registry,
      Resources resources,
      IntegrationDays calls) {
    if (!config.google().enabled()) {
      MeteredCalendar.registerSwitchedOff(registry);
      return Disabled.calendar();
    }
    GoogleCalendarAdapter adapter =
        resources.add(
            new GoogleCalendarAdapter(
                Integrations.google(config.google(), config.http().publicBaseUrl()).build(),
                clock,
                IntegrationGauges.calendarListener(registry)));
    IntegrationGauges.bind(adapter, registry);
    calls.watchCircuit(
        MeteredCalendar.INTEGRATION,
        () -> adapter.circuitState() == GoogleCalendarListener.CircuitState.OPEN);
    return new MeteredCalendar(adapter, registry, calls);
  }

  private static CrmPort crm(
      AppConfig config, PrometheusMeterRegistry registry, IntegrationDays calls) {
    if (!config.hubspot().enabled()) {
      MeteredCrm.registerSwitchedOff(registry);
      return Disabled.crm();
    }
    HubSpotCrmAdapter adapter =
        new HubSpotCrmAdapter(Integrations.hubSpot(config.hubspot()).build());
    IntegrationGauges.bind(adapter, registry);
    calls.watchCircuit(MeteredCrm.INTEGRATION, adapter::circuitOpen);
    return new MeteredCrm(adapter, registry, calls);
  }
}
