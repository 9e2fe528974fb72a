package com.metalogics.booking.app;

import com.metalogics.booking.adapter.mail.SmtpReminderSender;
import com.metalogics.booking.adapter.twilio.TwilioSmsSender;
import com.metalogics.booking.core.domain.EventType;
import com.metalogics.booking.core.domain.ReminderChannel;
import com.metalogics.booking.core.port.in.ManageCatalog;
import com.metalogics.booking.core.port.out.HealthStatus;
import com.metalogics.booking.core.port.out.ReminderSender;
import com.metalogics.booking.core.port.out.Stored;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The reminder senders the configuration switches on, metered: e-mail over SMTP when mail is on,
 * SMS over Twilio when Twilio is; and the SMS channel's health.
 */
record ReminderChannels(List<ReminderSender> senders, Supplier<HealthStatus> smsHealth) {

  ReminderChannels {
    senders = List.copyOf(senders);
  }

  /**
   * Production refuses to start while an active event type asks for SMS reminders that nobody could
   * send; elsewhere they are only not planned.
   */
  static void requireSmsWhereAskedFor(AppEnv env, boolean smsOn, ManageCatalog catalog) {
    if (env != AppEnv.PRODUCTION || smsOn) {
      return;
    }
    List<String> asking =
        catalog.eventTypes().stream()
            .map(Stored::value)
            .filter(t -> t.active() && t.reminders().sends(ReminderChannel.SMS))
            .map(EventType::slug)
            .toList();
    if (!asking.isEmpty()) {
      throw new IllegalStateException(
          "APP_ENV=production: event types " + asking + " send SMS reminders: set TWILIO_*");
    }
  }

  static ReminderChannels of(AppConfig config, MeterRegistry registry) {
    List<ReminderSender> senders = new ArrayList<>();
    if (config.mail().isPresent()) {
      SmtpReminderSender mail =
          new SmtpReminderSender(
              Integrations.mailConfig(config.mail().get(), config.http().publicBaseUrl()));
      senders.add(new MeteredReminderSender(mail, registry));
    } else {
      MeteredReminderSender.registerSwitchedOff(ReminderChannel.EMAIL, registry);
    }
    if (!config.twilio().enabled()) {
      MeteredReminderSender.registerSwitchedOff(ReminderChannel.SMS, registry);
      return new ReminderChannels(senders, () -> HealthStatus.DISABLED);
    }
    TwilioSmsSender sms =
        new TwilioSmsSender(
            Integrations.twilio(config.twilio(), config.http().publicBaseUrl()).build());
    Gauge.builder(IntegrationGauges.CIRCUIT_OPEN, sms, s -> s.circuitOpen() ? 1 : 0)
        .tag("integration", "sms")
        .register(registry);
    senders.add(new MeteredReminderSender(sms, registry));
    return new ReminderChannels(senders, sms::health);
  }
}
