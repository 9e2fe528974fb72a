package com.metalogics.booking.core.application;

import com.metalogics.booking.core.application.EngineHarness.WebhookKit;
import com.metalogics.booking.core.domain.Assignment;
import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.PhaseOneCatalog;
import com.metalogics.booking.core.domain.TimeSlot;
import com.metalogics.booking.core.domain.WebhookEvent;
import com.metalogics.booking.core.domain.WebhookSubscription;
import com.metalogics.booking.core.inmemory.InMemoryCalendarMirror;
import com.metalogics.booking.core.inmemory.InMemoryWebhookSubscriptions;
import com.metalogics.booking.core.inmemory.InProcessChangeBus;
import com.metalogics.booking.core.port.in.BookMeetingCommand;
import com.metalogics.booking.core.port.in.WebhookDraft;
import com.metalogics.booking.core.port.out.BookingRepository;
import com.metalogics.booking.core.port.out.CalendarItem;
import com.metalogics.booking.core.port.out.WebhookBodies;
import com.metalogics.booking.core.port.out.WebhookTransport;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;

/** An engine with real-time calendars on in-memory parts and a fake calendar feed. */
final class RealtimeHarness implements AutoCloseable {

  static final String CALENDAR = "primary";
  static final URI ADDRESS = URI.create("https://booking.example.org/api/webhooks/google");
  static final Duration TTL = Duration.ofDays(7);
  static final Duration RENEW_BEFORE = Duration.ofHours(12);

  final List<String> webhookBodies = new CopyOnWriteArrayList<>();
  final InMemoryWebhookSubscriptions subscriptions = new InMemoryWebhookSubscriptions();
  final EngineHarness h;
  final FakeCalendarFeed feed = new FakeCalendarFeed();
  final InMemoryCalendarMirror store = new InMemoryCalendarMirror();
  final InProcessChangeBus bus = new InProcessChangeBus();
  final List<String> announced = new CopyOnWriteArrayList<>();
  final RealtimeCalendars realtime;

  RealtimeHarness() {
    this(UnaryOperator.identity());
  }

  /**
   * @param storage what the real-time calendars see of the engine's booking storage
   */
  RealtimeHarness(UnaryOperator<BookingRepository> storage) {
    WebhookTransport transport =
        (url, headers, body) -> {
          webhookBodies.add(body);
          return WebhookTransport.Result.answered(204, Duration.ofMillis(1));
        };
    h = new EngineHarness(new WebhookKit(subscriptions, transport, new Bodies()));
    bus.subscribe(announced::add);
    realtime =
        RealtimeCalendars.builder()
            .engine(h.engine)
            .storage(storage.apply(h.repository), h.catalog)
            .feed(feed, CALENDAR)
            .mirror(store, bus)
            .clock(h.clock)
            .pollInterval(Duration.ofSeconds(60))
            .ahead(Duration.ofDays(90))
            .push(feed, ADDRESS, TTL, RENEW_BEFORE)
            .build();
  }

  /** Short bodies naming the event, the booking, its host and, when it moved, its former host. */
  private static final class Bodies implements WebhookBodies {

    @Override
    public String body(UUID id, WebhookEvent type, Instant at, Booking booking, String host) {
      return "{\"id\":\"%s\",\"type\":\"%s\",\"booking\":\"%s\",\"host\":\"%s\"}"
          .formatted(id, type.wireName(), booking.id(), host);
    }

    @Override
    public String reassignedBody(
        UUID id, Instant at, Booking booking, String host, WebhookBodies.HostRef former) {
      String body = body(id, WebhookEvent.BOOKING_REASSIGNED, at, booking, host);
      return body.substring(0, body.length() - 1) + ",\"former\":\"%s\"}".formatted(former.name());
    }
  }

  WebhookSubscription subscribe(String event) {
    return h.engine
        .manageWebhooks()
        .create(new WebhookDraft("http://127.0.0.1:1/hook", List.of(event), Optional.empty(), true))
        .value();
  }

  Booking booking(UUID id) {
    return h.repository.findById(id).orElseThrow();
  }

  CalendarItem outside(String id, TimeSlot slot) {
    return new CalendarItem(id, slot, Optional.empty());
  }

  @Override
  public void close() {
    realtime.close();
  }

  /** Saves an active host on the default schedule, with a calendar of its own. */
  void host(String id) {
    h.engine
        .manageCatalog()
        .saveHost(
            TeamHarness.calendarHost(id, PhaseOneCatalog.SCHEDULE_ID, 1, 0),
            OptionalLong.empty(),
            "admin");
  }

  /** A 30-minute booking of {@code type} at {@code at}. */
  Booking book(String type, Instant at, String email) {
    return h.engine
        .bookMeeting()
        .handle(BookMeetingCommand.of("Ada Lovelace", email, at, 30).withEventType(type))
        .booking();
  }

  /**
   * Hosts ann, bob and cy, each with a single-host type, and the round-robin type "sales" of all
   * three; a start they are all free at.
   */
  Instant salesPool() {
    for (String id : List.of("ann", "bob", "cy")) {
      host(id);
      h.engine
          .manageCatalog()
          .saveEventType(
              TeamHarness.team(id + "-only", Assignment.SINGLE, id), OptionalLong.empty(), "admin");
    }
    h.engine
        .manageCatalog()
        .saveEventType(
            TeamHarness.team("sales", Assignment.ROUND_ROBIN, "ann", "bob", "cy"),
            OptionalLong.empty(),
            "admin");
    return h.ny(3, 10, 0);
  }
}
