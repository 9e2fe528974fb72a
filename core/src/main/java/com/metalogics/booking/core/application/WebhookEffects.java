package com.metalogics.booking.core.application;

import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.Effect;
import com.metalogics.booking.core.domain.EffectKind;
import com.metalogics.booking.core.domain.WebhookEvent;
import com.metalogics.booking.core.domain.WebhookSubscription;
import com.metalogics.booking.core.port.in.HostNames;
import com.metalogics.booking.core.port.out.BookingChange;
import com.metalogics.booking.core.port.out.EffectHandler;
import com.metalogics.booking.core.port.out.EffectOutcome;
import com.metalogics.booking.core.port.out.EffectPlanner;
import com.metalogics.booking.core.port.out.RetrySchedule;
import com.metalogics.booking.core.port.out.WebhookBodies;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Webhooks on the outbox: one {@code WEBHOOK} effect per subscription that asks for the change's
 * event, its body made when the change is stored (so the event id is the effect's id, the same on
 * every retry and replay), and its delivery retried for a day.
 */
final class WebhookEffects implements EffectPlanner, EffectHandler {

  /** At least 24 hours of retries: 30 s, doubling up to an hour, each cut by up to half. */
  static final RetrySchedule SCHEDULE =
      RetrySchedule.byAge(Duration.ofSeconds(30), Duration.ofHours(1), 0.5, Duration.ofHours(24));

  /** Between the subscription id and the key of a notice's target. */
  static final String NOTICE_SEPARATOR = "#";

  /** The notice key of the {@code booking.reassigned} event of a reschedule to another host. */
  private static final String REASSIGNED_KEY = "reassigned";

  private final SubscriptionCache subscriptions;
  private final WebhookBodies bodies;
  private final WebhookDelivery delivery;
  private final HostNames hosts;
  private final WebhookAlerts alerts;

  WebhookEffects(
      SubscriptionCache subscriptions,
      WebhookBodies bodies,
      WebhookDelivery delivery,
      HostNames hosts,
      WebhookAlerts alerts) {
    this.subscriptions = subscriptions;
    this.bodies = bodies;
    this.delivery = delivery;
    this.hosts = hosts;
    this.alerts = alerts;
  }

  @Override
  public EffectKind kind() {
    return EffectKind.WEBHOOK;
  }

  /** A reschedule that moved the booking to another host is also {@code booking.reassigned}. */
  @Override
  public List<Effect> plan(BookingChange change, Instant now, Instant firstWorkerAttempt) {
    Booking booking = change.booking();
    String hostName = nameOf(booking.placement().hostId());
    WebhookEvent event = eventOf(change.kind());
    List<Effect> effects = new ArrayList<>();
    for (WebhookSubscription subscription : subscriptions.deliveringTo(event)) {
      Effect planned =
          Effect.planned(
              booking,
              EffectKind.WEBHOOK,
              subscription.id().toString(),
              now,
              firstWorkerAttempt,
              Optional.empty(),
              now);
      effects.add(withPayload(planned, bodies.body(planned.id(), event, now, booking, hostName)));
    }
    change
        .previous()
        .map(before -> before.placement().hostId())
        .filter(former -> !former.equals(booking.placement().hostId()))
        .ifPresent(
            former ->
                effects.addAll(
                    reassigned(booking, former, REASSIGNED_KEY, now, firstWorkerAttempt)));
    return effects;
  }

  @Override
  public EffectOutcome run(Effect effect, Booking booking) {
    WebhookDelivery.Outcome outcome =
        delivery.deliver(
            effect.id(), subscriptionOf(effect.target()), effect.payload().orElse("{}"));
    return switch (outcome.status()) {
      case DELIVERED -> EffectOutcome.done(outcome.detail());
      case RETRY -> EffectOutcome.retryLater(outcome.detail());
      case DROPPED -> EffectOutcome.failed("not sent: " + outcome.detail());
    };
  }

  @Override
  public RetrySchedule retrySchedule() {
    return SCHEDULE;
  }

  /** Receivers answer slowly more often than integrations do: more at once, each up to 10 s. */
  @Override
  public int concurrency() {
    return 8;
  }

  @Override
  public void gaveUp(Effect failed, Booking booking) {
    alerts.gaveUp(failed);
  }

  /**
   * One {@code event} effect per subscription asking for it, about a booking that changed without a
   * new revision (a calendar conflict). Its target is the subscription id followed by {@code #key},
   * which keeps it apart from the revision's other events for that subscription.
   */
  List<Effect> notice(Booking booking, WebhookEvent event, String key, Instant now) {
    String hostName = nameOf(booking.placement().hostId());
    List<Effect> effects = new ArrayList<>();
    for (WebhookSubscription subscription : subscriptions.deliveringTo(event)) {
      Effect planned = noticeTo(subscription, booking, key, now, now);
      effects.add(withPayload(planned, bodies.body(planned.id(), event, now, booking, hostName)));
    }
    return effects;
  }

  /**
   * A {@code booking.reassigned} notice (as {@link #notice}) about {@code booking}, as its new host
   * holds it, moved from {@code formerHostId}.
   */
  List<Effect> reassigned(
      Booking booking, String formerHostId, String key, Instant now, Instant firstAttempt) {
    String hostName = nameOf(booking.placement().hostId());
    WebhookBodies.HostRef former = new WebhookBodies.HostRef(formerHostId, nameOf(formerHostId));
    List<Effect> effects = new ArrayList<>();
    for (WebhookSubscription subscription :
        subscriptions.deliveringTo(WebhookEvent.BOOKING_REASSIGNED)) {
      Effect planned = noticeTo(subscription, booking, key, now, firstAttempt);
      String body = bodies.reassignedBody(planned.id(), now, booking, hostName, former);
      effects.add(withPayload(planned, body));
    }
    return effects;
  }

  private static Effect noticeTo(
      WebhookSubscription subscription,
      Booking booking,
      String key,
      Instant now,
      Instant firstAttempt) {
    return Effect.planned(
        booking,
        EffectKind.WEBHOOK,
        subscription.id() + NOTICE_SEPARATOR + key,
        now,
        firstAttempt,
        Optional.empty(),
        now);
  }

  private String nameOf(String hostId) {
    return hosts.nameOf(hostId).orElse(hostId);
  }

  /** The subscription a webhook effect's target names. */
  static UUID subscriptionOf(String target) {
    int separator = target.indexOf(NOTICE_SEPARATOR);
    return UUID.fromString(separator < 0 ? target : target.substring(0, separator));
  }

  static WebhookEvent eventOf(BookingChange.Kind kind) {
    return switch (kind) {
      case CREATED -> WebhookEvent.BOOKING_CREATED;
      case RESCHEDULED -> WebhookEvent.BOOKING_RESCHEDULED;
      case CANCELLED -> WebhookEvent.BOOKING_CANCELLED;
    };
  }

  private static Effect withPayload(Effect e, String payload) {
    return new Effect(
        e.id(),
        e.bookingId(),
        e.kind(),
        e.target(),
        e.revision(),
        e.dueAt(),
        e.state(),
        e.attempts(),
        e.nextAttemptAt(),
        e.lastError(),
        e.remoteRef(),
        Optional.of(payload),
        e.createdAt(),
        e.updatedAt());
  }
}
