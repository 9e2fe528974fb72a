package com.metalogics.booking.app;

import com.metalogics.booking.core.domain.ReminderChannel;
import com.metalogics.booking.core.port.out.ReminderMessage;
import com.metalogics.booking.core.port.out.ReminderSender;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A reminder sender that counts its calls' outcomes (reminders sent and failed, by channel: the
 * integration {@code email} or {@code sms}); otherwise the sender it wraps.
 */
final class MeteredReminderSender implements ReminderSender {

  static final List<String> OPERATIONS = List.of("send_reminder", "find_reminder");

  private final ReminderSender delegate;
  private final IntegrationMeter meter;

  MeteredReminderSender(ReminderSender delegate, MeterRegistry registry) {
    this.delegate = delegate;
    this.meter = new IntegrationMeter(registry, integration(delegate.channel()), OPERATIONS);
  }

  /** Exports a switched-off channel's counters at zero, as for the other integrations. */
  static void registerSwitchedOff(ReminderChannel channel, MeterRegistry registry) {
    new IntegrationMeter(registry, integration(channel), OPERATIONS);
  }

  static String integration(ReminderChannel channel) {
    return channel.name().toLowerCase(Locale.ROOT);
  }

  @Override
  public ReminderChannel channel() {
    return delegate.channel();
  }

  @Override
  public String send(ReminderMessage message) {
    return meter.record("send_reminder", () -> delegate.send(message));
  }

  @Override
  public Optional<String> findSent(ReminderMessage message) {
    return meter.record("find_reminder", () -> delegate.findSent(message));
  }

  @Override
  public boolean enabled() {
    return delegate.enabled();
  }
}
