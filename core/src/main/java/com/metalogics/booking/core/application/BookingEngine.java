package com.metalogics.booking.core.application;

import com.metalogics.booking.core.domain.BookingRules;
import com.metalogics.booking.core.domain.EnabledIntegrations;
import com.metalogics.booking.core.domain.WebhookPolicy;
import com.metalogics.booking.core.inmemory.Disabled;
import com.metalogics.booking.core.inmemory.InMemoryBookingRepository;
import com.metalogics.booking.core.inmemory.InMemoryCatalogRepository;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;

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

  private final EngineAssembly parts;

  private BookingEngine(EngineAssembly parts) {
    this.parts = parts;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Webhook events about bookings, for the real-time calendars' conflict notices. */
  Optional<WebhookEffects> webhookEffects() {
    return parts.webhookEffects;
  }

  /** Moves a conflicted round-robin booking to another free host, for the real-time calendars. */
  PoolReassignment reassignment() {
    return parts.reassignment;
  }

  public FindAvailableSlots findAvailableSlots() {
    return parts.availability;
  }

  public BookMeeting bookMeeting() {
    return parts.booking;
  }

  public GetBooking getBooking() {
    return parts.manage;
  }

  public CancelBooking cancelBooking() {
    return parts.manage;
  }

  public RescheduleBooking rescheduleBooking() {
    return parts.manage;
  }

  /** The attendee's opt-out of SMS reminders. */
  public ManageReminders manageReminders() {
    return parts.manage;
  }

  public ListBookings listBookings() {
    return parts.admin;
  }

  public ManageLimitOverrides limitOverrides() {
    return parts.admin;
  }

  public SyncBookings syncBookings() {
    return parts.sync;
  }

  /** A booking's effects, and another try of one. */
  public ManageEffects manageEffects() {
    return parts.sync;
  }

  /** Schedules, hosts and event types, changed at run time by the admin. */
  public ManageCatalog manageCatalog() {
    return parts.catalogService;
  }

  /** VIP tiers and the signed links that admit their members. */
  public ManageVipTiers manageVipTiers() {
    return parts.vipTiers;
  }

  /** The event types visitors may book. */
  public ListEventTypes eventTypes() {
    return parts.catalogService;
  }

  public HostNames hostNames() {
    return parts.catalogService;
  }

  /** An admin marks a past booking as a no-show. */
  public MarkNoShow markNoShow() {
    return parts.manage;
  }

  /** The admin's insights, read from the daily aggregates. */
  public ReadInsights insights() {
    return parts.insights;
  }

  /** Booking-page views and slot searches, counted in memory until flushed. */
  public CountTraffic countTraffic() {
    return parts.traffic;
  }

  /** The admin's webhook subscriptions. */
  public ManageWebhooks manageWebhooks() {
    return parts.webhooks;
  }

  /**
   * Changes with every catalog change, in any instance sharing the catalog: answers computed under
   * another revision may follow other rules.
   */
  public long catalogRevision() {
    return parts.catalog.revision();
  }

  public BookingRules rules() {
    return parts.rules;
  }

  /** The integrations switched on; a disabled stand-in ({@code Disabled}) counts as off. */
  public EnabledIntegrations integrations() {
    return parts.integrations;
  }

  /** Collects the engine's parts; {@link #build()} reports every missing or bad one at once. */
  public static final class Builder {
    BookingRepository repository;
    CatalogRepository catalog;
    CalendarPort calendar = Disabled.calendar();
    CrmPort crm = Disabled.crm();
    Notifier notifier = Disabled.notifier();
    BookingRules rules;
    Clock clock = Clock.systemUTC();
    byte[] manageTokenSecret;
    CalendarFailureMode calendarFailureMode = CalendarFailureMode.DEGRADE;
    Duration mirrorBudget = Duration.ofSeconds(3);
    Duration vipCrmBudget = Duration.ofMillis(500);
    SyncPolicy syncPolicy = SyncPolicy.defaults();
    Executor executor;
    final List<EffectHandler> handlers = new ArrayList<>();
    final List<EffectPlanner> planners = new ArrayList<>();
    WebhookSubscriptionRepository webhookSubscriptions;
    WebhookPolicy webhookPolicy = WebhookPolicy.production();
    WebhookTransport webhookTransport;
    WebhookBodies webhookBodies;
    InsightsRepository insights;
    final List<ReminderSender> reminderSenders = new ArrayList<>();
    PhoneNumbers phoneNumbers = PhoneNumbers.international();

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
      List<String> problems = EngineBuilderChecks.problems(this);
      if (!problems.isEmpty()) {
        throw new IllegalArgumentException("BookingEngine: " + String.join("; ", problems));
      }
      EngineBuilderChecks.fillDefaults(this);
      return new BookingEngine(new EngineAssembly(this));
    }
  }
}
