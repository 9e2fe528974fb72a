package com.metalogics.booking.core.application;

import com.metalogics.booking.core.port.out.BookingRepository;
import com.metalogics.booking.core.port.out.CalendarChangeBus;
import com.metalogics.booking.core.port.out.CalendarFeed;
import com.metalogics.booking.core.port.out.CalendarMirrorStore;
import com.metalogics.booking.core.port.out.CalendarWatch;
import com.metalogics.booking.core.port.out.CatalogRepository;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Builds {@link RealtimeCalendars}, reporting every missing or bad argument at once. */
public final class RealtimeCalendarsBuilder {

  BookingEngine engine;
  BookingRepository repository;
  CatalogRepository catalog;
  CalendarFeed feed;
  CalendarWatch watch;
  CalendarMirrorStore store;
  CalendarChangeBus bus;
  Clock clock = Clock.systemUTC();
  String defaultCalendarId = "primary";
  Duration pollInterval = Duration.ofSeconds(60);
  Duration ahead = Duration.ofDays(90);
  Optional<URI> pushAddress = Optional.empty();
  Duration channelTtl = Duration.ofDays(7);
  Duration renewBefore = Duration.ofHours(12);

  RealtimeCalendarsBuilder() {}

  /** The engine whose bookings the conflicts are about (its webhooks and alerts). */
  public RealtimeCalendarsBuilder engine(BookingEngine engine) {
    this.engine = engine;
    return this;
  }

  /** The engine's booking storage and catalog. */
  public RealtimeCalendarsBuilder storage(BookingRepository repository, CatalogRepository catalog) {
    this.repository = repository;
    this.catalog = catalog;
    return this;
  }

  /** The calendars' events, read incrementally, and the calendar their ids belong to by default. */
  public RealtimeCalendarsBuilder feed(CalendarFeed feed, String defaultCalendarId) {
    this.feed = feed;
    this.defaultCalendarId = defaultCalendarId;
    return this;
  }

  /** Where the copies, channels and claims are stored, and how instances hear of changes. */
  public RealtimeCalendarsBuilder mirror(CalendarMirrorStore store, CalendarChangeBus bus) {
    this.store = store;
    this.bus = bus;
    return this;
  }

  public RealtimeCalendarsBuilder clock(Clock clock) {
    this.clock = clock;
    return this;
  }

  /** How often every calendar is synced at least; 1 s to 1 h. */
  public RealtimeCalendarsBuilder pollInterval(Duration interval) {
    this.pollInterval = interval;
    return this;
  }

  /** How far after today the copies reach (the furthest bookable day). */
  public RealtimeCalendarsBuilder ahead(Duration ahead) {
    this.ahead = ahead;
    return this;
  }

  /**
   * Push notifications to {@code address} (an https URL the calendar can reach), on channels that
   * last {@code ttl} and are replaced {@code renewBefore} they end.
   */
  public RealtimeCalendarsBuilder push(
      CalendarWatch watch, URI address, Duration ttl, Duration renewBefore) {
    this.watch = watch;
    this.pushAddress = Optional.ofNullable(address);
    this.channelTtl = ttl;
    this.renewBefore = renewBefore;
    return this;
  }

  public RealtimeCalendars build() {
    List<String> problems = new ArrayList<>();
    require(engine, "engine", problems);
    require(repository, "repository", problems);
    require(catalog, "catalog", problems);
    require(feed, "feed", problems);
    require(store, "store", problems);
    require(bus, "bus", problems);
    require(clock, "clock", problems);
    require(defaultCalendarId, "defaultCalendarId", problems);
    if (pollInterval == null
        || pollInterval.compareTo(Duration.ofSeconds(1)) < 0
        || pollInterval.compareTo(Duration.ofHours(1)) > 0) {
      problems.add("pollInterval must be 1 s to 1 h");
    }
    if (ahead == null || ahead.isNegative()) {
      problems.add("ahead must not be negative");
    }
    if (pushAddress.isPresent()) {
      require(watch, "watch", problems);
      if (channelTtl == null || renewBefore == null || renewBefore.compareTo(channelTtl) >= 0) {
        problems.add("renewBefore must be shorter than the channel ttl");
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("RealtimeCalendars: " + String.join("; ", problems));
    }
    return new RealtimeCalendars(this);
  }

  private static void require(Object value, String name, List<String> problems) {
    if (value == null) {
      problems.add(name + " is required");
    }
  }
}
