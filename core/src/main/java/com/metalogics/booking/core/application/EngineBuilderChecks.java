package com.metalogics.booking.core.application;

import com.metalogics.booking.core.domain.BookingRules;
import com.metalogics.booking.core.domain.PhaseOneCatalog;
import com.metalogics.booking.core.domain.ValidationException;
import com.metalogics.booking.core.inmemory.InMemoryBookingRepository;
import com.metalogics.booking.core.inmemory.InMemoryCatalogRepository;
import com.metalogics.booking.core.inmemory.InMemoryInsights;
import com.metalogics.booking.core.inmemory.InMemoryWebhookSubscriptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * What {@link BookingEngine.Builder#build()} checks, every problem at once as the Caffeine and
 * Failsafe builders do, and the defaults it fills in for the optional parts.
 */
final class EngineBuilderChecks {

  private EngineBuilderChecks() {}

  static List<String> problems(BookingEngine.Builder b) {
    List<String> problems = new ArrayList<>();
    require(b.repository, "repository", problems);
    require(b.calendar, "calendar", problems);
    require(b.crm, "crm", problems);
    require(b.notifier, "notifier", problems);
    require(b.rules, "rules", problems);
    require(b.clock, "clock", problems);
    require(b.calendarFailureMode, "calendarFailureMode", problems);
    require(b.syncPolicy, "syncPolicy", problems);
    noNull(b.handlers, "effectHandler", problems);
    noNull(b.planners, "effectPlanner", problems);
    require(b.webhookPolicy, "webhookPolicy", problems);
    require(b.phoneNumbers, "phoneNumbers", problems);
    noNull(b.reminderSenders, "reminderSender", problems);
    if ((b.webhookTransport == null) != (b.webhookBodies == null)) {
      problems.add("webhooks need both a transport and bodies");
    }
    if (b.manageTokenSecret == null || b.manageTokenSecret.length < 32) {
      problems.add("manageTokenSecret must hold at least 32 bytes");
    }
    positive(b.mirrorBudget, "mirrorBudget", problems);
    positive(b.vipCrmBudget, "vipCrmBudget", problems);
    if (b.rules != null) {
      requireCatalogShape(b.rules, problems);
    }
    return problems;
  }

  /** The parts an embedder may leave out: memory for the stores, daemon threads for effects. */
  static void fillDefaults(BookingEngine.Builder b) {
    if (b.catalog == null) {
      b.catalog = new InMemoryCatalogRepository(b.clock);
    }
    if (b.executor == null) {
      b.executor = defaultExecutor();
    }
    if (b.webhookSubscriptions == null) {
      b.webhookSubscriptions = new InMemoryWebhookSubscriptions();
    }
    if (b.insights == null) {
      b.insights =
          b.repository instanceof InMemoryBookingRepository inMemory
              ? inMemory.insights()
              : new InMemoryInsights();
    }
  }

  private static void require(Object value, String name, List<String> problems) {
    if (value == null) {
      problems.add(name + " is required");
    }
  }

  private static void noNull(List<?> values, String name, List<String> problems) {
    if (values.contains(null)) {
      problems.add(name + " must not be null");
    }
  }

  private static void positive(Duration value, String name, List<String> problems) {
    if (value == null || value.isNegative() || value.isZero()) {
      problems.add(name + " must be positive");
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
