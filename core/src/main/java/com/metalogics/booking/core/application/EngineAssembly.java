package com.metalogics.booking.core.application;

import com.metalogics.booking.core.domain.BookingRules;
import com.metalogics.booking.core.domain.EnabledIntegrations;
import com.metalogics.booking.core.domain.PhaseOneCatalog;
import com.metalogics.booking.core.domain.ReminderChannel;
import com.metalogics.booking.core.port.out.EffectHandler;
import com.metalogics.booking.core.port.out.EffectPlanner;
import com.metalogics.booking.core.port.out.ReminderSender;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The engine's services, wired from a checked {@link BookingEngine.Builder}: which service gets
 * which port, and how a change's effects are planned, run on the request path and run by the
 * worker. The one place that knows how the parts fit; {@link BookingEngine} hands them out.
 */
final class EngineAssembly {

  final BookingRules rules;
  final EnabledIntegrations integrations;
  final CatalogCache catalog;
  final CatalogService catalogService;
  final Optional<WebhookEffects> webhookEffects;
  final AvailabilityService availability;
  final VipTierService vipTiers;
  final BookMeetingService booking;
  final ManageBookingService manage;
  final PoolReassignment reassignment;
  final AdminService admin;
  final SyncService sync;
  final WebhookService webhooks;
  final InsightsService insights;
  final TrafficCounter traffic;

  /** What every service that changes bookings shares: its effects' planning and running. */
  private record Effects(
      EffectHandlers handlers, EffectRunner runner, Tallies tallies, ChangeParts changes) {}

  EngineAssembly(BookingEngine.Builder b) {
    ManageTokens tokens = new ManageTokens(b.manageTokenSecret);
    VipLinks vipLinks = new VipLinks(b.manageTokenSecret);
    this.rules = b.rules;
    this.integrations =
        EnabledIntegrations.of(b.calendar.enabled(), b.crm.enabled(), b.notifier.enabled());
    this.catalog = new CatalogCache(b.catalog);
    this.catalogService = new CatalogService(b.catalog, catalog);
    catalogService.seedIfEmpty(b.rules);
    SubscriptionCache subscriptions = new SubscriptionCache(b.webhookSubscriptions, b.clock);
    this.webhookEffects = webhookEffects(b, subscriptions);
    Effects effects = effects(b, tokens);
    VipDesk vipDesk = new VipDesk(vipLinks, b.crm, b.executor, b.vipCrmBudget);
    this.availability =
        new AvailabilityService(
            b.repository, b.calendar, catalog, b.rules, b.clock, b.calendarFailureMode, vipDesk);
    this.vipTiers = new VipTierService(b.catalog, catalog, vipLinks, b.clock);
    ChangeParts changes = effects.changes();
    this.booking =
        new BookMeetingService(
            changes,
            integrations,
            tokens,
            PhaseOneCatalog.frequencyLimit(b.rules),
            vipDesk,
            effects.tallies(),
            b.phoneNumbers);
    this.manage = new ManageBookingService(changes, integrations, effects.tallies());
    this.reassignment = new PoolReassignment(changes);
    this.admin = new AdminService(b.repository, integrations);
    this.sync = sync(b, effects);
    this.webhooks =
        new WebhookService(
            b.webhookSubscriptions, b.webhookPolicy, b.clock, subscriptions, b.repository, sync);
    this.insights = new InsightsService(b.insights, catalog, catalogService);
    this.traffic = new TrafficCounter(b.insights, catalog, b.clock, b.rules.businessHours().zone());
  }

  /** The built-in effect kinds, then the embedder's, reminders and webhooks; and their runners. */
  private Effects effects(BookingEngine.Builder b, ManageTokens tokens) {
    Tallies tallies = new Tallies(b.rules.businessHours().zone());
    List<EffectHandler> handlerList = new ArrayList<>(b.handlers);
    List<EffectPlanner> plannerList = new ArrayList<>(b.planners);
    addReminders(b, tokens, handlerList, plannerList);
    webhookEffects.ifPresent(
        hooks -> {
          handlerList.add(hooks);
          plannerList.add(hooks);
        });
    EffectHandlers handlers =
        new EffectHandlers(
            BuiltInEffects.handlers(
                b.repository,
                b.calendar,
                b.crm,
                b.notifier,
                tokens,
                b.syncPolicy,
                b.clock,
                tallies,
                catalog,
                handlerList));
    EffectRunner runner =
        new EffectRunner(
            b.repository, handlers, b.clock, () -> ThreadLocalRandom.current().nextDouble());
    EffectPlanning planning =
        new EffectPlanning(integrations, plannerList, b.clock, b.syncPolicy.inlineGrace());
    InlineEffects inline =
        new InlineEffects(
            runner,
            new OutageAlerts(b.repository, b.notifier, integrations, b.clock),
            b.executor,
            b.clock,
            b.syncPolicy.inlineGrace());
    CalendarCheck calendarCheck = new CalendarCheck(b.calendar, b.executor, b.mirrorBudget);
    ChangeParts changes =
        new ChangeParts(
            b.repository, catalog, calendarCheck, planning, inline, b.clock, b.mirrorBudget);
    return new Effects(handlers, runner, tallies, changes);
  }

  /** Reminders of the channels whose senders are switched on: planned with changes, then sent. */
  private void addReminders(
      BookingEngine.Builder b,
      ManageTokens tokens,
      List<EffectHandler> handlers,
      List<EffectPlanner> planners) {
    Set<ReminderChannel> channels = EnumSet.noneOf(ReminderChannel.class);
    for (ReminderSender sender : b.reminderSenders) {
      if (sender.enabled()) {
        channels.add(sender.channel());
        handlers.add(
            new ReminderDelivery(
                sender,
                b.repository,
                catalog,
                catalogService,
                tokens,
                b.clock,
                b.syncPolicy.lease()));
      }
    }
    if (!channels.isEmpty()) {
      planners.add(new ReminderEffects(catalog, channels));
    }
  }

  /** Webhook deliveries ride on the outbox when the builder was given a way to send them. */
  private Optional<WebhookEffects> webhookEffects(
      BookingEngine.Builder b, SubscriptionCache subscriptions) {
    if (b.webhookTransport == null) {
      return Optional.empty();
    }
    return Optional.of(
        new WebhookEffects(
            subscriptions,
            b.webhookBodies,
            new WebhookDelivery(b.webhookSubscriptions, b.webhookTransport, b.clock),
            catalogService,
            new WebhookAlerts(b.webhookSubscriptions, b.notifier)));
  }

  /** The worker's runs and the admin's sync, on the same runner as the request path. */
  private SyncService sync(BookingEngine.Builder b, Effects effects) {
    WorkerRun worker =
        new WorkerRun(
            b.repository,
            effects.runner(),
            effects.handlers(),
            b.syncPolicy,
            integrations,
            b.executor,
            b.clock);
    return new SyncService(b.repository, effects.runner(), worker, integrations, b.clock);
  }
}
