package com.metalogics.booking.app;

import com.metalogics.booking.adapter.google.GoogleCalendarChanges;
import com.metalogics.booking.adapter.http.CalendarHooks;
import com.metalogics.booking.adapter.jdbi.JdbiStorage;
import com.metalogics.booking.core.application.BookingEngine;
import com.metalogics.booking.core.application.MirroredCalendar;
import com.metalogics.booking.core.application.RealtimeCalendars;
import com.metalogics.booking.core.application.RealtimeCalendarsBuilder;
import com.metalogics.booking.core.port.out.CalendarPort;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;

/**
 * Wires the real-time calendars when Google Calendar is on: the slots path reads each calendar's
 * stored copy while it is fresh, syncs keep the copies (by push when {@code GOOGLE_PUSH_ENABLED},
 * by polling always), and every instance hears of changes through the database.
 */
final class RealtimeSetup {

  /** Google keeps a channel about a week at most; a new one is opened half a day before. */
  static final Duration CHANNEL_TTL = Duration.ofDays(7);

  static final Duration RENEW_BEFORE = Duration.ofHours(12);

  /** The receiver's path under {@code PUBLIC_BASE_URL}. */
  static final String RECEIVER = "/api/webhooks/google";

  private final AppConfig config;
  private final JdbiStorage storage;
  private final Clock clock;

  RealtimeSetup(AppConfig config, JdbiStorage storage, Clock clock) {
    this.config = config;
    this.storage = storage;
    this.clock = clock;
  }

  /**
   * A copy younger than three poll intervals (and half a minute for a slow sync) counts as fresh;
   * an older one means the syncs stopped, and the calendar is asked directly.
   */
  CalendarPort mirrored(CalendarPort calendar) {
    Duration freshness = config.realtime().pollInterval().multipliedBy(3).plusSeconds(30);
    return new MirroredCalendar(
        calendar,
        config.google().calendarId(),
        storage.calendarMirror(),
        storage.changeBus(),
        clock,
        freshness);
  }

  RealtimeCalendars build(BookingEngine engine) {
    GoogleCalendarChanges google =
        new GoogleCalendarChanges(
            Integrations.google(config.google(), config.http().publicBaseUrl()).build());
    RealtimeCalendarsBuilder builder =
        RealtimeCalendars.builder()
            .engine(engine)
            .storage(storage.repository(), storage.catalog())
            .feed(google, config.google().calendarId())
            .mirror(storage.calendarMirror(), storage.changeBus())
            .clock(clock)
            .pollInterval(config.realtime().pollInterval())
            .ahead(Duration.ofDays(config.rules().maxAdvanceDays()));
    if (config.realtime().pushEnabled()) {
      builder.push(google, receiver(config.http().publicBaseUrl()), CHANNEL_TTL, RENEW_BEFORE);
    }
    return builder.build();
  }

  CalendarHooks hooks(RealtimeCalendars realtime) {
    return new CalendarHooks(realtime, realtime, storage.changeBus());
  }

  static URI receiver(URI publicBaseUrl) {
    String base = publicBaseUrl.toString();
    return URI.create(
        (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + RECEIVER);
  }
}
