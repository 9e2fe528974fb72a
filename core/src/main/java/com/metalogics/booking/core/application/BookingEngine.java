package com.metalogics.booking.core.application;

import com.metalogics.booking.core.domain.BookingRules;
import com.metalogics.booking.core.domain.EnabledIntegrations;
import com.metalogics.booking.core.domain.PhaseOneCatalog;
import com.metalogics.booking.core.domain.ReminderChannel;
import com.metalogics.booking.core.domain.ValidationException;
import com.metalogics.booking.core.domain.WebhookPolicy;
import com.metalogics.booking.core.inmemory.Disabled;
import com.metalogics.booking.core.inmemory.InMemoryBookingRepository;
import com.metalogics.booking.core.inmemory.InMemoryCatalogRepository;
import com.metalogics.booking.core.inmemory.InMemoryInsights;
import com.metalogics.booking.core.inmemory.InMemoryWebhookSubscriptions;
import com.metalogics.booking.core.port.in.BookMeeting;
import com.metalogics.booking.core.port.in.CancelBooking;
import com.metalogics.booking.core.port.in.CountTraffic;
import com.metalogics.booking.core.port.in.FindAvailableSlots;
import com.metalogics.booking.core.port.in.GetBooking;
import com.metalogics.booking.core.port.in.HostNames;
import com.metalogics.booking.core.port.in.ListBookings;
import com.metalogics.booking.core.port.in.ListEventTypes;
import com.metalogics.booking.core.port.in.ManageCatalog;
import com.metalogics.booking.core.port.in.ManageEffects;
import com.metalogics.booking.core.port.in.ManageLimitOverrides;
import com.metalogics.booking.core.port.in.ManageReminders;
import com.metalogics.booking.core.port.in.ManageVipTiers;
import com.metalogics.booking.core.port.in.ManageWebhooks;
import com.metalogics.booking.core.port.in.MarkNoShow;
import com.metalogics.booking.core.port.in.ReadInsights;
import com.metalogics.booking.core.port.in.RescheduleBooking;
import com.metalogics.booking.core.port.in.SyncBookings;
import com.metalogics.booking.core.port.out.BookingRepository;
import com.metalogics.booking.core.port.out.CalendarPort;
import com.metalogics.booking.core.port.out.CatalogRepository;
import com.metalogics.booking.core.port.out.CrmPort;
import com.metalogics.booking.core.port.out.EffectHandler;
import com.metalogics.booking.core.port.out.EffectPlanner;
import com.metalogics.booking.core.port.out.InsightsRepository;
import com.metalogics.booking.core.port.out.Notifier;
import com.metalogics.booking.core.port.out.PhoneNumbers;
import com.metalogics.booking.core.port.out.ReminderSender;
import com.metalogics.booking.core.port.out.WebhookBodies;
import com.metalogics.booking.core.port.out.WebhookSubscriptionRepository;
import com.metalogics.booking.core.port.out.WebhookTransport;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The embeddable core: give it the driven ports, get the use cases. Built by {@link #builder()},
 * which checks every argument at once.
 *
 * <pre>{@code
 * BookingEngine engine = BookingEngine.builder()
 *     .repository(new InMemoryBookingRepository())
 *     .rules(BookingRules.defaults())
 *     .manageTokenSecret(secret)
 *     .build();
 * engine.bookMeeting().handle(command);
 * }</pre>
 */
public final class BookingEngine {

  private final CatalogCache catalog;
  private final CatalogService catalogService;
  private final AvailabilityService availability;
  private final BookMeetingService booking;
  private final ManageBookingService manage;
  private final AdminService admin;
  private final SyncService sync;
  private final WebhookService webhooks;
  private final VipTierService vipTiers;
  private final InsightsService insights;
  private final TrafficCounter traffic;
  private final BookingRules rules;
  private final EnabledIntegrations integrations;
  private final Optional<WebhookEffects> webhookEffects;
  private final PoolReassignment reassignment;

  private BookingEngine(Builder b) {
    ManageTokens tokens = new ManageTokens(b.manageTokenSecret);
    VipLinks vipLinks = new VipLinks(b.manageTokenSecret);
    this.integrations =
        EnabledIntegrations.of(b.calendar.enabled(), b.crm.enabled(), b.notifier.enabled());
    this.catalog = new CatalogCache(b.catalog);
    ZoneId businessZone = b.rules.businessHours().zone();
    Tallies tallies = new Tallies(businessZone);
    this.catalogService = new CatalogService(b.catalog, catalog);
    catalogService.seedIfEmpty(b.rules);
    SubscriptionCache subscriptions = new SubscriptionCache(b.webhookSubscriptions, b.clock);
    List<EffectHandler> handlerList = new ArrayList<>(b.handlers);
    List<EffectPlanner> plannerList = new ArrayList<>(b.planners);
    addReminders(b, tokens, handlerList, plannerList);
    this.webhookEffects = webhookEffects(b, subscriptions);
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
    this.rules = b.rules;
    VipDesk vipDesk = new VipDesk(vipLinks, b.crm, b.executor, b.vipCrmBudget);
    this.vipTiers = new VipTierService(b.catalog, catalog, vipLinks, b.clock);
    this.availability =
        new AvailabilityService(
            b.repository, b.calendar, catalog, b.rules, b.clock, b.calendarFailureMode, vipDesk);
    this.booking =
        new BookMeetingService(
            b.repository,
            catalog,
            calendarCheck,
            planning,
            inline,
            integrations,
            tokens,
            PhaseOneCatalog.frequencyLimit(b.rules),
            b.clock,
            b.mirrorBudget,
            vipDesk,
            tallies,
            b.phoneNumbers);
    this.manage =
        new ManageBookingService(
            b.repository,
            catalog,
            calendarCheck,
            planning,
            inline,
            integrations,
            b.clock,
            b.mirrorBudget,
            tallies);
    this.reassignment =
        new PoolReassignment(
            b.repository, catalog, calendarCheck, planning, inline, b.mirrorBudget, b.clock);
    this.admin = new AdminService(b.repository, integrations);
    WorkerRun worker =
        new WorkerRun(
            b.repository, runner, handlers, b.syncPolicy, integrations, b.executor, b.clock);
    this.sync = new SyncService(b.repository, runner, worker, integrations, b.clock);
    this.webhooks =
        new WebhookService(
            b.webhookSubscriptions, b.webhookPolicy, b.clock, subscriptions, b.repository, sync);
    this.insights = new InsightsService(b.insights, catalog, catalogService);
    this.traffic = new TrafficCounter(b.insights, catalog, b.clock, businessZone);
  }

  /** Reminders of the channels whose senders are switched on: planned with changes, then sent. */
  private void addReminders(
      Builder b, ManageTokens tokens, List<EffectHandler> handlers, List<EffectPlanner> planners) {
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
  private Optional<WebhookEffects> webhookEffects(Builder b, SubscriptionCache subscriptions) {
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

  public static Builder builder() {
    return new Builder();
  }

  /** Webhook events about bookings, for the real-time calendars' conflict notices. */
  Optional<WebhookEffects> webhookEffects() {
    return webhookEffects;
  }

  /** Moves a conflicted round-robin booking to another free host, for the real-time calendars. */
  PoolReassignment reassignment() {
    return reassignment;
  }

  public FindAvailableSlots findAvailableSlots() {
    return availability;
  }

  public BookMeeting bookMeeting() {
    return booking;
  }

  public GetBooking getBooking() {
    return manage;
  }

  public CancelBooking cancelBooking() {
    return manage;
  }

  public RescheduleBooking rescheduleBooking() {
    return manage;
  }

  /** The attendee's opt-out of SMS reminders. */
  public ManageReminders manageReminders() {
    return manage;
  }

  public ListBookings listBookings() {
    return admin;
  }

  public ManageLimitOverrides limitOverrides() {
    return admin;
  }

  public SyncBookings syncBookings() {
    return sync;
  }

  /** A booking's effects, and another try of one. */
  public ManageEffects manageEffects() {
    return sync;
  }

  /** Schedules, hosts and event types, changed at run time by the admin. */
  public ManageCatalog manageCatalog() {
    return catalogService;
  }

  /** VIP tiers and the signed links that admit their members. */
  public ManageVipTiers manageVipTiers() {
    return vipTiers;
  }

  /** The event types visitors may book. */
  public ListEventTypes eventTypes() {
    return catalogService;
  }

  public HostNames hostNames() {
    return catalogService;
  }

  /** An admin marks a past booking as a no-show. */
  public MarkNoShow markNoShow() {
    return manage;
  }

  /** The admin's insights, read from the daily aggregates. */
  public ReadInsights insights() {
    return insights;
  }

  /** Booking-page views and slot searches, counted in memory until flushed. */
  public CountTraffic countTraffic() {
    return traffic;
  }

  /** The admin's webhook subscriptions. */
  public ManageWebhooks manageWebhooks() {
    return webhooks;
  }

  /**
   * Changes with every catalog change, in any instance sharing the catalog: answers computed under
   * another revision may follow other rules.
   */
  public long catalogRevision() {
    return catalog.revision();
  }

  public BookingRules rules() {
    return rules;
  }

  /** The integrations switched on; a disabled stand-in ({@code Disabled}) counts as off. */
  public EnabledIntegrations integrations() {
    return integrations;
  }

  /** Collects the engine's parts; {@link #build()} reports every missing or bad one at once. */
  public static final class Builder {
    private BookingRepository repository;
    private CatalogRepository catalog;
    private CalendarPort calendar = Disabled.calendar();
    private CrmPort crm = Disabled.crm();
    private Notifier notifier = Disabled.notifier();
    private BookingRules rules;
    private Clock clock = Clock.systemUTC();
    private byte[] manageTokenSecret;
    private CalendarFailureMode calendarFailureMode = CalendarFailureMode.DEGRADE;
    private Duration mirrorBudget = Duration.ofSeconds(3);
    private Duration vipCrmBudget = Duration.ofMillis(500);
    private SyncPolicy syncPolicy = SyncPolicy.defaults();
    private Executor executor;
    private final List<EffectHandler> handlers = new ArrayList<>();
    private final List<EffectPlanner> planners = new ArrayList<>();
    private WebhookSubscriptionRepository webhookSubscriptions;
    private WebhookPolicy webhookPolicy = WebhookPolicy.production();
    private WebhookTransport webhookTransport;
    private WebhookBodies webhookBodies;
    private InsightsRepository insights;
    private final List<ReminderSender> reminderSenders = new ArrayList<>();
    private PhoneNumbers phoneNumbers = PhoneNumbers.international();

    private Builder() {}

    /**
     * Where the insight aggregates live: the store the repository's writes count bookings in.
     * Defaults to the aggregates of an {@link InMemoryBookingRepository}.
     */
    public Builder insights(InsightsRepository insights) {
      this.insights = insights;
      return this;
    }

    public Builder repository(BookingRepository repository) {
      this.repository = repository;
      return this;
    }

    /**
     * Where schedules, hosts and event types live; seeded from the rules when it holds no event
     * type yet. Without one, the engine keeps them in memory ({@link InMemoryCatalogRepository}),
     * seeded from the rules.
     */
    public Builder catalog(CatalogRepository catalog) {
      this.catalog = catalog;
      return this;
    }

    public Builder calendar(CalendarPort calendar) {
      this.calendar = calendar;
      return this;
    }

    public Builder crm(CrmPort crm) {
      this.crm = crm;
      return this;
    }

    public Builder notifier(Notifier notifier) {
      this.notifier = notifier;
      return this;
    }

    public Builder rules(BookingRules rules) {
      this.rules = rules;
      return this;
    }

    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /** At least 32 bytes; the same secret in every instance that shares a database. */
    public Builder manageTokenSecret(byte[] secret) {
      this.manageTokenSecret = secret == null ? null : secret.clone();
      return this;
    }

    public Builder calendarFailureMode(CalendarFailureMode mode) {
      this.calendarFailureMode = mode;
      return this;
    }

    /** How long a booking request waits for the calendar and CRM before leaving them to sync. */
    public Builder mirrorBudget(Duration budget) {
      this.mirrorBudget = budget;
      return this;
    }

    /**
     * How long a booking waits for the CRM to say whether the visitor belongs to a VIP tier by a
     * contact property; past it, the ordinary rules apply with a warning. Half a second unless set.
     */
    public Builder vipCrmBudget(Duration budget) {
      this.vipCrmBudget = budget;
      return this;
    }

    public Builder syncPolicy(SyncPolicy policy) {
      this.syncPolicy = policy;
      return this;
    }

    /**
     * Runs effects of a kind the engine does not know, or replaces the built-in handler of a kind
     * (calendar, CRM, attendee mail, admin alert).
     */
    public Builder effectHandler(EffectHandler handler) {
      handlers.add(handler);
      return this;
    }

    /** Adds effects to every booking change, written in the same transaction as the change. */
    public Builder effectPlanner(EffectPlanner planner) {
      planners.add(planner);
      return this;
    }

    /** Runs the effects (request path and worker); defaults to a pool of daemon threads. */
    public Builder executor(Executor executor) {
      this.executor = executor;
      return this;
    }

    /** Where webhook subscriptions live; defaults to memory, next to the in-memory catalog. */
    public Builder webhookSubscriptions(WebhookSubscriptionRepository subscriptions) {
      this.webhookSubscriptions = subscriptions;
      return this;
    }

    /**
     * Sends webhook events: {@code transport} posts them, {@code bodies} writes them. Without
     * these, subscriptions can be managed but no event is sent.
     */
    public Builder webhooks(WebhookTransport transport, WebhookBodies bodies) {
      this.webhookTransport = transport;
      this.webhookBodies = bodies;
      return this;
    }

    /**
     * Sends the reminders of the sender's channel, which the event types then plan; without one (or
     * with one switched off) a channel's reminders are not planned. A later sender of a channel
     * replaces an earlier one.
     */
    public Builder reminderSender(ReminderSender sender) {
      reminderSenders.removeIf(s -> sender != null && s.channel() == sender.channel());
      reminderSenders.add(sender);
      return this;
    }

    /**
     * Reads attendees' phone numbers for types with SMS reminders; defaults to {@link
     * PhoneNumbers#international()}.
     */
    public Builder phoneNumbers(PhoneNumbers numbers) {
      this.phoneNumbers = numbers;
      return this;
    }

    /** Defaults to {@link WebhookPolicy#production()}: https only, no private targets. */
    public Builder webhookPolicy(WebhookPolicy policy) {
      this.webhookPolicy = policy;
      return this;
    }

    public BookingEngine build() {
      List<String> problems = new ArrayList<>();
      require(repository, "repository", problems);
      require(calendar, "calendar", problems);
      require(crm, "crm", problems);
      require(notifier, "notifier", problems);
      require(rules, "rules", problems);
      require(clock, "clock", problems);
      require(calendarFailureMode, "calendarFailureMode", problems);
      require(syncPolicy, "syncPolicy", problems);
      if (handlers.contains(null)) {
        problems.add("effectHandler must not be null");
      }
      if (planners.contains(null)) {
        problems.add("effectPlanner must not be null");
      }
      require(webhookPolicy, "webhookPolicy", problems);
      require(phoneNumbers, "phoneNumbers", problems);
      if (reminderSenders.contains(null)) {
        problems.add("reminderSender must not be null");
      }
      if ((webhookTransport == null) != (webhookBodies == null)) {
        problems.add("webhooks need both a transport and bodies");
      }
      if (manageTokenSecret == null || manageTokenSecret.length < 32) {
        problems.add("manageTokenSecret must hold at least 32 bytes");
      }
      if (mirrorBudget == null || mirrorBudget.isNegative() || mirrorBudget.isZero()) {
        problems.add("mirrorBudget must be positive");
      }
      if (vipCrmBudget == null || vipCrmBudget.isNegative() || vipCrmBudget.isZero()) {
        problems.add("vipCrmBudget must be positive");
      }
      if (rules != null) {
        requireCatalogShape(rules, problems);
      }
      if (!problems.isEmpty()) {
        throw new IllegalArgumentException("BookingEngine: " + String.join("; ", problems));
      }
      if (catalog == null) {
        catalog = new InMemoryCatalogRepository(clock);
      }
      if (executor == null) {
        executor = defaultExecutor();
      }
      if (webhookSubscriptions == null) {
        webhookSubscriptions = new InMemoryWebhookSubscriptions();
      }
      if (insights == null) {
        insights =
            repository instanceof InMemoryBookingRepository inMemory
                ? inMemory.insights()
                : new InMemoryInsights();
      }
      return new BookingEngine(this);
    }

    private static void require(Object value, String name, List<String> problems) {
      if (value == null) {
        problems.add(name + " is required");
      }
    }

    /** The rules become the seed event type, whose bounds are narrower for some settings. */
    private static void requireCatalogShape(BookingRules rules, List<String> problems) {
      try {
        PhaseOneCatalog.eventType(rules);
      } catch (ValidationException e) {
        problems.add("rules do not fit an event type: " + e.fieldErrors());
      }
    }

    private static ExecutorService defaultExecutor() {
      return Executors.newCachedThreadPool(
          task -> {
            Thread thread = new Thread(task, "booking-effects");
            thread.setDaemon(true);
            return thread;
          });
    }
  }
}
