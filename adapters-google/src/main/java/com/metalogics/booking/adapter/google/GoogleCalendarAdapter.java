package com.metalogics.booking.adapter.google;

import com.google.api.services.calendar.Calendar;
import com.metalogics.booking.adapter.google.GoogleCalendarListener.CircuitState;
import com.metalogics.booking.adapter.google.internal.BusyCache;
import com.metalogics.booking.adapter.google.internal.BusyTimes;
import com.metalogics.booking.adapter.google.internal.CalendarClients;
import com.metalogics.booking.adapter.google.internal.EventMapper;
import com.metalogics.booking.adapter.google.internal.EventWriter;
import com.metalogics.booking.adapter.google.internal.FreeBusyReader;
import com.metalogics.booking.adapter.google.internal.Listeners;
import com.metalogics.booking.adapter.google.internal.Resilience;
import com.metalogics.booking.core.domain.IntegrationException;
import com.metalogics.booking.core.domain.TimeSlot;
import com.metalogics.booking.core.port.out.CalendarBusy;
import com.metalogics.booking.core.port.out.CalendarEvent;
import com.metalogics.booking.core.port.out.CalendarPort;
import com.metalogics.booking.core.port.out.HealthStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link CalendarPort} on the Google Calendar v3 API with service-account credentials, for the
 * configured calendar and any other calendar shared with the service account. Busy times come from
 * {@code freebusy.query}, up to 50 calendars per call, and are cached per calendar for five
 * minutes; one calendar's error fails that calendar only. Events are written into their host's
 * calendar under the id derived from the booking, so retries and re-syncs never duplicate them;
 * further hosts are invited as attendees where Google allows it. Every call is retried, timed and
 * guarded by a circuit breaker; failures leave as {@link IntegrationException}.
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
  private final BusyCache busyCache;
  private final BusyTimes busyTimes;
  private final EventWriter events;
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
    this.freeBusy = new FreeBusyReader(client, config.timeZone().getId());
    this.busyCache = new BusyCache(() -> nanos(clock.instant()));
    this.busyTimes = new BusyTimes(freeBusy, resilience, busyCache, this.listener, pool);
    EventMapper mapper =
        new EventMapper(
            config.timeZone(), config.publicBaseUrl(), config.delegatedUser().isPresent());
    this.events = new EventWriter(client, mapper, config.sendUpdates());
  }

  @Override
  public String defaultCalendarId() {
    return config.calendarId();
  }

  @Override
  public List<TimeSlot> busyIntervals(TimeSlot range) {
    Objects.requireNonNull(range, "range");
    return busyTimes.read(List.of(config.calendarId()), range).get(config.calendarId()).orThrow();
  }

  @Override
  public Map<String, CalendarBusy> busyIntervals(Collection<String> calendarIds, TimeSlot range) {
    Objects.requireNonNull(calendarIds, "calendarIds");
    Objects.requireNonNull(range, "range");
    return busyTimes.read(calendarIds, range);
  }

  @Override
  public String createEvent(CalendarEvent event) {
    Objects.requireNonNull(event, "event");
    String calendarId = calendarOf(event);
    write("createEvent", List.of(calendarId), () -> events.insertOrUpdate(calendarId, event));
    LOG.info("calendar event {} written for booking {}", event.eventId(), event.bookingId());
    return event.eventId();
  }

  @Override
  public void updateEvent(CalendarEvent event) {
    Objects.requireNonNull(event, "event");
    String calendarId = calendarOf(event);
    write("updateEvent", List.of(calendarId), () -> events.updateOrInsert(calendarId, event));
    LOG.info("calendar event {} updated for booking {}", event.eventId(), event.bookingId());
  }

  @Override
  public void deleteEvent(String eventId) {
    deleteEvent(Optional.empty(), eventId);
  }

  @Override
  public void deleteEvent(Optional<String> calendarId, String eventId) {
    Objects.requireNonNull(eventId, "eventId");
    String from = calendarId.orElse(config.calendarId());
    write("deleteEvent", List.of(from), () -> events.delete(from, eventId));
    LOG.info("calendar event {} deleted", eventId);
  }

  @Override
  public void moveEvent(Optional<String> fromCalendarId, CalendarEvent event) {
    Objects.requireNonNull(event, "event");
    String from = fromCalendarId.orElse(config.calendarId());
    String to = calendarOf(event);
    write("moveEvent", List.of(from, to), () -> events.move(from, to, event));
    LOG.info("calendar event {} moved for booking {}", event.eventId(), event.bookingId());
  }

  /**
   * A failed write may still have reached Google, so the busy times of the calendars it touched are
   * dropped either way.
   */
  private void write(String operation, List<String> calendarIds, Resilience.Attempt<Void> attempt) {
    try {
      resilience.call(operation, attempt);
    } finally {
      calendarIds.forEach(busyCache::invalidate);
    }
  }

  private String calendarOf(CalendarEvent event) {
    return event.calendarId().orElse(config.calendarId());
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

  private HealthStatus probe(Instant now) {
    try {
      resilience.probe(
          "health", () -> freeBusy.busy(config.calendarId(), TimeSlot.of(now, HEALTH_WINDOW)));
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
