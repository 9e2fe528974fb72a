package com.metalogics.booking.core.application;

import com.metalogics.booking.core.contract.Fixtures;
import com.metalogics.booking.core.contract.MutableClock;
import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.BookingRules;
import com.metalogics.booking.core.domain.Effect;
import com.metalogics.booking.core.domain.EffectKind;
import com.metalogics.booking.core.domain.WebhookPolicy;
import com.metalogics.booking.core.inmemory.InMemoryBookingRepository;
import com.metalogics.booking.core.inmemory.InMemoryCalendar;
import com.metalogics.booking.core.inmemory.InMemoryCatalogRepository;
import com.metalogics.booking.core.inmemory.InMemoryCrm;
import com.metalogics.booking.core.inmemory.RecordingNotifier;
import com.metalogics.booking.core.port.in.BookMeetingCommand;
import com.metalogics.booking.core.port.in.BookingReceipt;
import com.metalogics.booking.core.port.out.EffectHandler;
import com.metalogics.booking.core.port.out.EffectPlanner;
import com.metalogics.booking.core.port.out.ReminderSender;
import com.metalogics.booking.core.port.out.WebhookBodies;
import com.metalogics.booking.core.port.out.WebhookSubscriptionRepository;
import com.metalogics.booking.core.port.out.WebhookTransport;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/** An engine on the in-memory adapters with a hand-driven clock: what the core tests use. */
final class EngineHarness {

  static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  static final byte[] SECRET =
      "a test secret that is long enough for HMAC-SHA256".getBytes(StandardCharsets.UTF_8);

  final MutableClock clock = new MutableClock(Fixtures.NOW);
  final InMemoryBookingRepository repository = new InMemoryBookingRepository();
  final InMemoryCalendar calendar = new InMemoryCalendar();
  final InMemoryCrm crm = new InMemoryCrm();
  final InMemoryCatalogRepository catalog = new InMemoryCatalogRepository(clock);
  final RecordingNotifier notifier = new RecordingNotifier();
  final BookingEngine engine;

  EngineHarness() {
    this(BookingRules.defaults(), CalendarFailureMode.DEGRADE, Duration.ofSeconds(5));
  }

  /** With extra effect handlers and planners (or replacements of the built-in handlers). */
  EngineHarness(Object... extensions) {
    this(BookingRules.defaults(), CalendarFailureMode.DEGRADE, Duration.ofSeconds(5), extensions);
  }

  EngineHarness(
      BookingRules rules, CalendarFailureMode mode, Duration mirrorBudget, Object... extensions) {
    BookingEngine.Builder builder =
        BookingEngine.builder()
            .repository(repository)
            .catalog(catalog)
            .calendar(calendar)
            .crm(crm)
            .notifier(notifier)
            .rules(rules)
            .clock(clock)
            .manageTokenSecret(SECRET)
            .calendarFailureMode(mode)
            .mirrorBudget(mirrorBudget)
            .syncPolicy(
                new SyncPolicy(
                    Duration.ofSeconds(30),
                    Duration.ofMinutes(10),
                    3,
                    Duration.ofMinutes(2),
                    50,
                    Duration.ofSeconds(5)));
    for (Object extension : extensions) {
      if (extension instanceof EffectHandler handler) {
        builder.effectHandler(handler);
      }
      if (extension instanceof EffectPlanner planner) {
        builder.effectPlanner(planner);
      }
      if (extension instanceof ReminderSender sender) {
        builder.reminderSender(sender);
      }
      if (extension instanceof WebhookKit kit) {
        builder
            .webhookSubscriptions(kit.subscriptions())
            .webhookPolicy(WebhookPolicy.development())
            .webhooks(kit.transport(), kit.bodies());
      }
    }
    engine = builder.build();
  }

  /** What an engine needs to send webhooks; passed as an extension. */
  record WebhookKit(
      WebhookSubscriptionRepository subscriptions,
      WebhookTransport transport,
      WebhookBodies bodies) {}

  /** The booking's effect of the kind for its current revision. */
  Effect effect(Booking booking, EffectKind kind) {
    return repository.effectsOf(booking.id()).stream()
        .filter(e -> e.kind() == kind && e.revision() == booking.revision())
        .findFirst()
        .orElseThrow();
  }

  /** {@code hour:minute} New York time, {@code daysAhead} days after the clock's date. */
  Instant ny(int daysAhead, int hour, int minute) {
    LocalDate today = LocalDate.ofInstant(clock.instant(), NEW_YORK);
    return today.plusDays(daysAhead).atTime(hour, minute).atZone(NEW_YORK).toInstant();
  }

  BookMeetingCommand command(Instant start, String email) {
    return new BookMeetingCommand(
        Optional.of("Ada Lovelace"),
        Optional.of(email),
        Optional.of(start),
        Optional.of(30),
        Optional.of("Engines Ltd"),
        Optional.of("+1 555 0100"),
        Optional.of("About the engine"),
        Optional.of("Europe/London"),
        Optional.empty());
  }

  BookingReceipt book(Instant start, String email) {
    return engine.bookMeeting().handle(command(start, email));
  }
}
