package com.metalogics.booking.core.application;

import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.Effect;
import com.metalogics.booking.core.domain.EffectKind;
import com.metalogics.booking.core.domain.EventType;
import com.metalogics.booking.core.domain.Reminder;
import com.metalogics.booking.core.domain.ReminderChannel;
import com.metalogics.booking.core.port.in.HostNames;
import com.metalogics.booking.core.port.out.BookingRepository;
import com.metalogics.booking.core.port.out.EffectHandler;
import com.metalogics.booking.core.port.out.EffectOutcome;
import com.metalogics.booking.core.port.out.ReminderMessage;
import com.metalogics.booking.core.port.out.ReminderSender;
import com.metalogics.booking.core.port.out.RetrySchedule;
import com.metalogics.booking.core.port.out.Stored;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Sends the reminders of one channel, at most once each. The message key is the effect's id, the
 * same on every attempt. Before every send the sender is asked whether it holds the key already: an
 * attempt whose outcome was never stored (a crash, a lost answer) may have gone out, and the
 * database may not even have kept that the attempt began (H2 loses its last second of commits to a
 * kill). Where the sender can tell (SMS), the attempt is also written down before the send and
 * keeps the worker away for a lease, long enough for the provider to list what it took; where it
 * cannot (mail), the key is the Message-ID, under which a repeat is dropped.
 */
final class ReminderDelivery implements EffectHandler {

  /** Retried often until the meeting begins; a reminder after the start helps nobody. */
  static final RetrySchedule SCHEDULE =
      RetrySchedule.byAttempts(
          Duration.ofSeconds(30), Duration.ofMinutes(5), 0.5, Integer.MAX_VALUE);

  private final ReminderSender sender;
  private final BookingRepository repository;
  private final CatalogCache catalog;
  private final HostNames hosts;
  private final ManageTokens tokens;
  private final Clock clock;
  private final Duration attemptGuard;

  /**
   * @param attemptGuard how long a written-down attempt keeps the worker away: the claim lease, as
   *     the attempt ends within it
   */
  ReminderDelivery(
      ReminderSender sender,
      BookingRepository repository,
      CatalogCache catalog,
      HostNames hosts,
      ManageTokens tokens,
      Clock clock,
      Duration attemptGuard) {
    this.sender = sender;
    this.repository = repository;
    this.catalog = catalog;
    this.hosts = hosts;
    this.tokens = tokens;
    this.clock = clock;
    this.attemptGuard = attemptGuard;
  }

  @Override
  public EffectKind kind() {
    return EffectKind.reminder(sender.channel());
  }

  @Override
  public EffectOutcome run(Effect effect, Booking booking) {
    Instant now = clock.instant();
    if (!booking.isActive()) {
      return EffectOutcome.skipped("booking cancelled");
    }
    if (sender.channel() == ReminderChannel.SMS
        && (booking.attendee().smsOptedOut() || booking.attendee().phone().isEmpty())) {
      return EffectOutcome.skipped("SMS reminders turned off");
    }
    ReminderMessage message = message(effect, booking);
    Optional<String> sent = sender.findSent(message);
    if (sent.isPresent()) {
      return EffectOutcome.done(sent.get());
    }
    if (!booking.startTime().isAfter(now)) {
      return EffectOutcome.failed("not sent before the meeting began");
    }
    if (sender.channel() == ReminderChannel.SMS) {
      repository.storeOutcome(effect.retryAt(now.plus(attemptGuard), "sending", now));
    }
    try {
      return EffectOutcome.done(sender.send(message));
    } catch (ReminderSender.Refused e) {
      return EffectOutcome.failed("refused: " + e.getMessage());
    }
  }

  @Override
  public RetrySchedule retrySchedule() {
    return SCHEDULE;
  }

  private ReminderMessage message(Effect effect, Booking booking) {
    Optional<EventType> type =
        catalog.recent().eventType(booking.placement().eventType()).map(Stored::value);
    String hostId = booking.placement().hostId();
    return new ReminderMessage(
        effect.id().toString(),
        new Reminder(sender.channel(), Integer.parseInt(effect.target())),
        booking,
        type.map(EventType::title).orElse(booking.placement().eventType()),
        type.map(EventType::location).orElse(""),
        hosts.nameOf(hostId).orElse(hostId),
        tokens.issue(booking.id()));
  }
}
