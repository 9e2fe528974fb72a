package com.metalogics.booking.app;

import com.metalogics.booking.adapter.http.webhook.HttpWebhookTransport;
import com.metalogics.booking.adapter.http.webhook.JsonWebhookBodies;
import com.metalogics.booking.adapter.jdbi.JdbiStorage;
import com.metalogics.booking.adapter.twilio.E164PhoneNumbers;
import com.metalogics.booking.core.application.BookingEngine;
import com.metalogics.booking.core.application.SyncPolicy;
import com.metalogics.booking.core.domain.WebhookPolicy;
import com.metalogics.booking.core.port.out.CalendarPort;
import com.metalogics.booking.core.port.out.CrmPort;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;

/** The engine of the service: the core's builder given the configured adapters. */
final class EngineSetup {

  private EngineSetup() {}

  static BookingEngine build(
      AppConfig config,
      Clock clock,
      JdbiStorage storage,
      CalendarPort calendar,
      CrmPort crm,
      SyncPolicy policy,
      ReminderChannels reminders,
      PrometheusMeterRegistry registry,
      IntegrationDays calls) {
    boolean production = config.env() == AppEnv.PRODUCTION;
    BookingEngine.Builder builder =
        BookingEngine.builder()
            .repository(storage.repository())
            .catalog(storage.catalog())
            .calendar(calendar)
            .crm(crm)
            .notifier(IntegrationPorts.notifier(config))
            .rules(config.rules())
            .clock(clock)
            .manageTokenSecret(ManageTokenSecret.resolve(config))
            .calendarFailureMode(config.calendarFailureMode())
            .syncPolicy(policy)
            .webhookSubscriptions(storage.webhookSubscriptions())
            .insights(storage.insights())
            .webhooks(
                new MeteredWebhookTransport(
                    new HttpWebhookTransport(config.webhookTimeout(), !production),
                    registry,
                    calls),
                new JsonWebhookBodies())
            .webhookPolicy(production ? WebhookPolicy.production() : WebhookPolicy.development())
            .phoneNumbers(new E164PhoneNumbers());
    reminders.senders().forEach(builder::reminderSender);
    return builder.build();
  }
}
