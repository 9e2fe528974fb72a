package com.metalogics.booking.app;

import com.metalogics.booking.adapter.http.CalendarHooks;
import com.metalogics.booking.adapter.http.HttpApi;
import com.metalogics.booking.adapter.http.HttpConfig;
import com.metalogics.booking.adapter.http.HttpWarmUp;
import com.metalogics.booking.adapter.jdbi.JdbiStorage;
import com.metalogics.booking.adapter.jdbi.StorageConfig;
import com.metalogics.booking.core.application.BookingEngine;
import com.metalogics.booking.core.application.RealtimeCalendars;
import com.metalogics.booking.core.application.SyncPolicy;
import com.metalogics.booking.core.port.out.BookingRepository;
import com.metalogics.booking.core.port.out.CalendarPort;
import com.metalogics.booking.core.port.out.CrmPort;
import com.metalogics.booking.core.port.out.HealthStatus;
import io.javalin.Javalin;
import io.javalin.util.JavalinBindException;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: builds every adapter from its config record, hands them to the core, and
 * serves the HTTP API. {@link #close()} is the graceful stop.
 */
public final class Application implements AutoCloseable {

  /** How long a stop waits for requests in flight. */
  static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);

  /** The backlog gauge asks the database at most this often. */
  static final Duration BACKLOG_REFRESH = Duration.ofSeconds(30);

  private static final Logger LOG = LoggerFactory.getLogger(Application.class);
  private static final AtomicBoolean HTTP_WARMED = new AtomicBoolean();

  private final AppConfig config;
  private final Javalin http;
  private final Resources resources;
  private final SyncWorker worker;
  private final InsightsFlusher insights;
  private boolean closed;

  private Application(
      AppConfig config,
      Javalin http,
      Resources resources,
      SyncWorker worker,
      InsightsFlusher insights) {
    this.config = config;
    this.http = http;
    this.resources = resources;
    this.worker = worker;
    this.insights = insights;
  }

  /** Opens the database, wires the engine, starts the HTTP server and the sync worker. */
  public static Application start(AppConfig config, Clock clock) {
    return start(config, clock, Optional.empty());
  }

  /**
   * Like {@link #start(AppConfig, Clock)}, with these calendar and CRM ports in place of those the
   * configuration describes: for embedding the service, and for load runs with the core's in-memory
   * adapters.
   */
  public static Application start(
      AppConfig config, Clock clock, CalendarPort calendar, CrmPort crm) {
    return start(config, clock, Optional.of(new IntegrationPorts(calendar, crm)));
  }

  private static Application start(
      AppConfig config, Clock clock, Optional<IntegrationPorts> given) {
    warmUpHttpOnce();
    Resources resources = new Resources();
    CompletableFuture<Metrics> metrics = CompletableFuture.supplyAsync(Metrics::create);
    try {
      JdbiStorage storage =
          resources.add(JdbiStorage.open(storageConfig(config.database()), clock));
      PrometheusMeterRegistry registry = resources.add(metrics.join()).registry();
      IntegrationDays calls = new IntegrationDays(clock, config.rules().businessHours().zone());
      IntegrationPorts ports =
          given
              .map(p -> IntegrationPorts.given(p.calendar(), p.crm(), registry, calls))
              .orElseGet(
                  () -> IntegrationPorts.configured(config, clock, registry, resources, calls));
      Optional<RealtimeSetup> realtime =
          given.isEmpty() && config.google().enabled()
              ? Optional.of(new RealtimeSetup(config, storage, clock))
              : Optional.empty();
      CalendarPort served =
          realtime.map(r -> r.mirrored(ports.calendar())).orElse(ports.calendar());
      SyncPolicy policy = SyncSettings.policy(config.sync());
      ReminderChannels reminders = ReminderChannels.of(config, registry);
      BookingEngine engine =
          EngineSetup.build(
              config, clock, storage, served, ports.crm(), policy, reminders, registry, calls);
      ReminderChannels.requireSmsWhereAskedFor(
          config.env(), config.twilio().enabled(), engine.manageCatalog());
      Wired wired = new Wired(storage, engine, ports, policy, reminders, realtime);
      return serve(config, clock, resources, registry, calls, wired);
    } catch (RuntimeException e) {
      resources.close();
      metrics.thenAccept(Metrics::close);
      throw e;
    }
  }

  /** The engine and what it was built from, which the parts around it use too. */
  private record Wired(
      JdbiStorage storage,
      BookingEngine engine,
      IntegrationPorts ports,
      SyncPolicy policy,
      ReminderChannels reminders,
      Optional<RealtimeSetup> realtime) {}

  /** Starts what runs beside the engine (the worker, the insights, the calendars) and the API. */
  private static Application serve(
      AppConfig config,
      Clock clock,
      Resources resources,
      PrometheusMeterRegistry registry,
      IntegrationDays calls,
      Wired wired) {
    BookingEngine engine = wired.engine();
    SyncWorker worker = resources.add(syncWorker(config, clock, registry, wired));
    new EffectMetrics(registry, engine.manageEffects()::stats, clock, BACKLOG_REFRESH);
    InsightsFlusher insights =
        resources.add(
            new InsightsFlusher(
                engine.countTraffic(),
                calls,
                wired.storage().insights(),
                engine.manageEffects()::stats,
                config.insightsFlushInterval()));
    Optional<RealtimeSetup> realtime = wired.realtime();
    Optional<RealtimeCalendars> calendars = realtime.map(r -> resources.add(r.build(engine)));
    Javalin http =
        HttpApi.create(
            engine,
            httpConfig(config.http()),
            () -> readiness(wired.storage().repository(), wired.ports(), worker, wired.reminders()),
            registry,
            clock,
            realtime.flatMap(r -> calendars.map(r::hooks)).orElseGet(CalendarHooks::none));
    stopGracefully(http.jettyServer().server());
    listen(http, config.http());
    worker.start();
    insights.start();
    calendars.ifPresent(RealtimeCalendars::start);
    return new Application(config, http, resources, worker, insights);
  }

  /**
   * Starts the HTTP stack's warm-up beside the database's opening, once per process: a later start
   * in the same process finds the classes loaded already.
   */
  private static void warmUpHttpOnce() {
    if (HTTP_WARMED.compareAndSet(false, true)) {
      Thread warm =
          new Thread(
              () -> {
                try {
                  HttpWarmUp.run();
                } catch (RuntimeException e) {
                  LOG.debug("HTTP warm-up failed; the server starts without it", e);
                }
              },
              "http-warm-up");
      warm.setDaemon(true);
      warm.start();
    }
  }

  /** The port the server listens on; the configured one, or the one chosen for port 0. */
  public int port() {
    return http.port();
  }

  /** Adds the traffic and integration counts to the insights now, as the schedule would. */
  void flushInsights() {
    insights.flush();
  }

  /** The background sync worker; tests run it directly instead of waiting for its schedule. */
  SyncWorker syncWorker() {
    return worker;
  }

  /** What the service says once it serves: where it listens and on what, then its pages. */
  public List<String> startupLines() {
    return StartupLine.of(config, config.http().host(), port());
  }

  /**
   * Stops taking requests, lets those in flight finish, stops the sync worker, closes the pool.
   * Safe to call twice (the shutdown hook and a test may both call it).
   */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      http.stop();
    } catch (RuntimeException e) {
      LOG.warn("HTTP server did not stop cleanly", e);
    }
    resources.close();
  }

  /** The registry with the JVM's meters; built off the main thread, as it loads many classes. */
  private record Metrics(PrometheusMeterRegistry registry, JvmGcMetrics gc)
      implements AutoCloseable {

    static Metrics create() {
      PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
      new JvmMemoryMetrics().bindTo(registry);
      new JvmThreadMetrics().bindTo(registry);
      new ProcessorMetrics().bindTo(registry);
      JvmGcMetrics gc = new JvmGcMetrics();
      gc.bindTo(registry);
      return new Metrics(registry, gc);
    }

    @Override
    public void close() {
      gc.close();
      registry.close();
    }
  }

  private static SyncWorker syncWorker(
      AppConfig config, Clock clock, PrometheusMeterRegistry registry, Wired wired) {
    return new SyncWorker(
        wired.engine().syncBookings(),
        config.sync().interval(),
        wired.policy().batchSize(),
        SyncWorker.DEFAULT_STOP_WAIT,
        new SyncMetrics(
            registry, clock, SyncBacklog.of(wired.engine().listBookings(), BACKLOG_REFRESH)));
  }

  private static StorageConfig storageConfig(AppConfig.Database database) {
    return StorageConfig.of(database.url(), database.user(), database.password());
  }

  private static HttpConfig httpConfig(AppConfig.Http http) {
    return new HttpConfig(
            http.adminApiKey(),
            http.maxBodyBytes(),
            http.rateLimitBookingsPerMinute(),
            http.corsOrigins(),
            http.metricsPublic())
        .withPublicBaseUrl(http.publicBaseUrl());
  }

  private static Map<String, HealthStatus> readiness(
      BookingRepository repository,
      IntegrationPorts ports,
      SyncWorker worker,
      ReminderChannels reminders) {
    Map<String, HealthStatus> status = new LinkedHashMap<>();
    status.put("database", databaseHealth(repository));
    status.put("calendar", ports.calendar().health());
    status.put("crm", ports.crm().health());
    status.put("sms", reminders.smsHealth().get());
    status.put("syncWorker", worker.health());
    return status;
  }

  private static HealthStatus databaseHealth(BookingRepository repository) {
    try {
      repository.ping();
      return HealthStatus.UP;
    } catch (RuntimeException e) {
      LOG.warn("Readiness: database ping failed: {}", e.getMessage());
      return HealthStatus.DOWN;
    }
  }

  /**
   * Javalin reports every bind failure as "Port already in use", also an address this machine does
   * not have: the message names the address and the reason the system gave.
   */
  private static void listen(Javalin http, AppConfig.Http config) {
    try {
      http.start(config.host(), config.port());
    } catch (JavalinBindException e) {
      Throwable reason = e;
      while (reason.getCause() != null) {
        reason = reason.getCause();
      }
      throw new IllegalStateException(
          "Cannot listen on HOST "
              + config.host()
              + ", PORT "
              + config.port()
              + ": "
              + reason.getMessage(),
          e);
    }
  }

  /** Jetty finishes requests in flight on stop only with a graceful handler and a timeout. */
  private static void stopGracefully(Server server) {
    server.insertHandler(new GracefulHandler());
    server.setStopTimeout(STOP_TIMEOUT.toMillis());
  }
}
