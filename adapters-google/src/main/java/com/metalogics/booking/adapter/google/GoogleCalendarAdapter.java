package com.metalogics.booking.adapter.google;

import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.services.calendar.Calendar;
import com.google.api.services.calendar.model.Event;
import com.metalogics.booking.adapter.google.GoogleCalendarListener.CircuitState;
import com.metalogics.booking.adapter.google.internal.BusyCache;
import com.metalogics.booking.adapter.google.internal.CalendarClients;
import com.metalogics.booking.adapter.google.internal.EventMapper;
import com.metalogics.booking.adapter.google.internal.FreeBusyReader;
import com.metalogics.booking.adapter.google.internal.Listeners;
import com.metalogics.booking.adapter.google.internal.Resilience;
import com.metalogics.booking.core.domain.IntegrationException;
import com.metalogics.booking.core.domain.TimeSlot;
import com.metalogics.booking.core.port.out.CalendarEvent;
import com.metalogics.booking.core.port.out.CalendarPort;
import com.metalogics.booking.core.port.out.HealthStatus;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link CalendarPort} on the Google Calendar v3 API with service-account credentials. Busy times
 * come from {@code freebusy.query} and are cached for five minutes; events are written under the id
 * derived from the booking, so retries and re-syncs never duplicate them. Every call is retried,
 * timed and guarded by a circuit breaker; failures leave as {@link IntegrationException}.
 */
public final class GoogleCalendarAdapter implements CalendarPort, AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(GoogleCalendarAdapter.class);
  private static final Duration HEALTH_TTL = Duration.ofSeconds(30);
  private static final Duration HEALTH_WINDOW = Duration.ofMinutes(1);

  private final GoogleCalendarConfig config;
  private final Calendar client;
  private final Clock clock;
  private final GoogleCalendarCounters counters = new GoogleCalendarCounters();
  private final GoogleCalendarListener listener;
  private final ExecutorService pool;
  private final Resilience resilience;
  private final FreeBusyReader freeBusy;
  private final EventMapper mapper;
  private final BusyCache busyCache;
  private volatile CachedHealth health;

  public GoogleCalendarAdapter(GoogleCalendarConfig config) {
    this(config, Clock.systemUTC(), new GoogleCalendarListener() {});
  }

  /**
   * @param clock drives the busy-times and health caches (tests move it instead of waiting)
   * @param listener hears calls, retries, failures and circuit changes, e.g. for metrics
   */
  public GoogleCalendarAdapter(
      GoogleCalendarConfig config, Clock clock, GoogleCalendarListener listener) {
    this.config = Objects.requireNonNull(config, "config");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.listener = new Listeners(counters, Objects.requireNonNull(listener, "listener"));
    this.client =
        CalendarClients.create(
            config.keyFile(), config.rootUrl(), config.delegatedUser(), config.callTimeout());
    this.pool = Executors.newCachedThreadPool(daemonThreads());
    this.resilience = new Resilience(settings(config), this.listener, pool);
    this.freeBusy = new FreeBusyReader(client, config.calendarId(), config.timeZone().getId());
    this.mapper =
        new EventMapper(
            config.timeZone(), config.publicBaseUrl(), config.delegatedUser().isPresent());
    this.busyCache = new BusyCache(() -> nanos(clock.instant()));
  }

  @Override
  public List<TimeSlot> busyIntervals(TimeSlot range) {
    Objects.requireNonNull(range, "range");
    List<TimeSlot> cached = busyCache.get(range).orElse(null);
    if (cached != null) {
      listener.busyCacheHit();
      return cached;
    }
    listener.busyCacheMiss();
    return busyCache.load(
        range, () -> resilience.call("busyIntervals", () -> freeBusy.busy(range)));
  }

  @Override
  public String createEvent(CalendarEvent event) {
    Objects.requireNonNull(event, "event");
    write("createEvent", () -> insertOrUpdate(event));
    LOG.info("calendar event {} written for booking {}", event.eventId(), event.bookingId());
    return event.eventId();
  }

  @Override
  public void updateEvent(CalendarEvent event) {
    Objects.requireNonNull(event, "event");
    write("updateEvent", () -> updateOrInsert(event));
    LOG.info("calendar event {} updated for booking {}", event.eventId(), event.bookingId());
  }

  @Override
  public void deleteEvent(String eventId) {
    Objects.requireNonNull(eventId, "eventId");
    write("deleteEvent", () -> delete(eventId));
    LOG.info("calendar event {} deleted", eventId);
  }

  /** A failed write may still have reached Google, so the busy cache is dropped either way. */
  private void write(String operation, Resilience.Attempt<Void> attempt) {
    try {
      resilience.call(operation, attempt);
    } finally {
      busyCache.invalidate();
    }
  }

  /** UP when a token can be had and the calendar answers a one-minute free/busy query. */
  @Override
  public HealthStatus health() {
    CachedHealth current = health;
    Instant now = clock.instant();
    if (current != null && now.isBefore(current.checkedAt().plus(HEALTH_TTL))) {
      return current.status();
    }
    HealthStatus status = probe(now);
    health = new CachedHealth(status, now);
    return status;
  }

  /** Counts of calls, retries, failures, cache use and circuit changes. */
  public GoogleCalendarCounters counters() {
    return counters;
  }

  public CircuitState circuitState() {
    return resilience.circuitState();
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }

  private Void insertOrUpdate(CalendarEvent event) throws IOException {
    Event body = mapper.toEvent(event);
    try {
      client
          .events()
          .insert(config.calendarId(), body)
          .setSendUpdates(config.sendUpdates())
          .execute();
    } catch (GoogleJsonResponseException e) {
      if (e.getStatusCode() != 409) {
        throw e;
      }
      // The event exists: an earlier attempt got through, or the booking was cancelled and is
      // being written again. Make its content match.
      update(event.eventId(), body);
    }
    return null;
  }

  private Void updateOrInsert(CalendarEvent event) throws IOException {
    Event body = mapper.toEvent(event);
    try {
      update(event.eventId(), body);
    } catch (GoogleJsonResponseException e) {
      if (e.getStatusCode() != 404 && e.getStatusCode() != 410) {
        throw e;
      }
      insertOrUpdate(event);
    }
    return null;
  }

  private void update(String eventId, Event body) throws IOException {
    client
        .events()
        .update(config.calendarId(), eventId, body)
        .setSendUpdates(config.sendUpdates())
        .execute();
  }

  private Void delete(String eventId) throws IOException {
    try {
      client
          .events()
          .delete(config.calendarId(), eventId)
          .setSendUpdates(config.sendUpdates())
          .execute();
    } catch (GoogleJsonResponseException e) {
      if (e.getStatusCode() != 404 && e.getStatusCode() != 410) {
        throw e;
      }
      LOG.debug("calendar event {} was already gone", eventId);
    }
    return null;
  }

  private HealthStatus probe(Instant now) {
    try {
      resilience.probe("health", () -> freeBusy.busy(TimeSlot.of(now, HEALTH_WINDOW)));
      return HealthStatus.UP;
    } catch (IntegrationException e) {
      return HealthStatus.DOWN;
    }
  }

  private static Resilience.Settings settings(GoogleCalendarConfig config) {
    return new Resilience.Settings(
        config.maxAttempts(),
        config.retryDelay(),
        config.circuitFailureThreshold(),
        config.circuitResetTimeout(),
        config.circuitMonitoringPeriod(),
        config.callTimeout());
  }

  private static long nanos(Instant instant) {
    return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
  }

  private static java.util.concurrent.ThreadFactory daemonThreads() {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, "google-calendar-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  private record CachedHealth(HealthStatus status, Instant checkedAt) {}
}
