package com.metalogics.booking.adapter.jdbi;

import com.metalogics.booking.adapter.jdbi.internal.Dialect;
import com.metalogics.booking.adapter.jdbi.internal.JdbiBookingRepository;
import com.metalogics.booking.adapter.jdbi.internal.JdbiCalendarMirror;
import com.metalogics.booking.adapter.jdbi.internal.JdbiCatalogRepository;
import com.metalogics.booking.adapter.jdbi.internal.JdbiInsights;
import com.metalogics.booking.adapter.jdbi.internal.JdbiWebhookSubscriptions;
import com.metalogics.booking.adapter.jdbi.internal.Jdbis;
import com.metalogics.booking.adapter.jdbi.internal.Migrations;
import com.metalogics.booking.adapter.jdbi.internal.PostgresChangeBus;
import com.metalogics.booking.adapter.jdbi.internal.SqlErrors;
import com.metalogics.booking.core.domain.StorageUnavailableException;
import com.metalogics.booking.core.inmemory.InProcessChangeBus;
import com.metalogics.booking.core.port.out.BookingRepository;
import com.metalogics.booking.core.port.out.CalendarChangeBus;
import com.metalogics.booking.core.port.out.CalendarMirrorStore;
import com.metalogics.booking.core.port.out.CatalogRepository;
import com.metalogics.booking.core.port.out.InsightsRepository;
import com.metalogics.booking.core.port.out.WebhookSubscriptionRepository;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.util.Objects;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Booking storage on H2 or PostgreSQL: a connection pool, a migrated schema and the {@link
 * BookingRepository} and {@link CatalogRepository} on top. Open one per process and close it on
 * shutdown.
 */
public final class JdbiStorage implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(JdbiStorage.class);

  private final HikariDataSource pool;
  private final Dialect dialect;
  private final BookingRepository repository;
  private final CatalogRepository catalog;
  private final WebhookSubscriptionRepository webhooks;
  private final JdbiInsights insights;
  private final JdbiCalendarMirror calendarMirror;
  private final StorageConfig config;
  private final Jdbi jdbi;
  private CalendarChangeBus changeBus;

  private JdbiStorage(HikariDataSource pool, Dialect dialect, StorageConfig config, Clock clock) {
    this.pool = pool;
    this.dialect = dialect;
    Jdbi jdbi = Jdbis.create(pool);
    this.insights = new JdbiInsights(jdbi, dialect, clock);
    this.repository =
        new JdbiBookingRepository(jdbi, dialect, config.connectionTimeout(), insights);
    this.catalog = new JdbiCatalogRepository(jdbi, dialect, clock);
    this.webhooks = new JdbiWebhookSubscriptions(jdbi);
    this.calendarMirror = new JdbiCalendarMirror(jdbi);
    this.config = config;
    this.jdbi = jdbi;
  }

  /**
   * Creates the pool and migrates the schema; the system clock stamps the catalog's audit entries.
   *
   * @throws StorageUnavailableException when the database cannot be reached
   */
  public static JdbiStorage open(StorageConfig config) {
    return open(config, Clock.systemUTC());
  }

  /**
   * Creates the pool and migrates the schema.
   *
   * @param clock stamps the catalog's audit entries
   * @throws StorageUnavailableException when the database cannot be reached
   */
  public static JdbiStorage open(StorageConfig config, Clock clock) {
    JdbiStorage storage = connect(config, clock);
    try {
      int applied = Migrations.migrate(storage.pool, storage.dialect);
      LOG.info("Booking storage ready on {} ({} migrations applied)", storage.dialect, applied);
      return storage;
    } catch (RuntimeException e) {
      storage.close();
      if (SqlErrors.isUnavailable(e)) {
        throw new StorageUnavailableException("The booking database is unavailable", e);
      }
      throw e;
    }
  }

  /**
   * A pool that connects lazily and a schema left as it is: for tools and tests that must see the
   * database being unreachable after start.
   */
  static JdbiStorage connect(StorageConfig config) {
    return connect(config, Clock.systemUTC());
  }

  private static JdbiStorage connect(StorageConfig config, Clock clock) {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(clock, "clock");
    Dialect dialect = Dialect.fromJdbcUrl(config.jdbcUrl());
    return new JdbiStorage(
        new HikariDataSource(hikariConfig(config, dialect)), dialect, config, clock);
  }

  public BookingRepository repository() {
    return repository;
  }

  /** Schedules, hosts and event types, on the same pool as the bookings. */
  public CatalogRepository catalog() {
    return catalog;
  }

  /** Webhook subscriptions and their delivery attempts, on the same pool. */
  /** The insight aggregates, which the repository's writes count bookings in. */
  public InsightsRepository insights() {
    return insights;
  }

  public WebhookSubscriptionRepository webhookSubscriptions() {
    return webhooks;
  }

  /** The stored copy of the hosts' calendars, their push channels and calendar work claims. */
  public CalendarMirrorStore calendarMirror() {
    return calendarMirror;
  }

  /**
   * How instances sharing this database tell each other of calendar changes: {@code LISTEN/NOTIFY}
   * on PostgreSQL (a dedicated connection, opened on the first call and closed with the storage),
   * within this process on H2, whose database one process owns.
   */
  public synchronized CalendarChangeBus changeBus() {
    if (changeBus == null) {
      if (dialect == Dialect.POSTGRESQL) {
        PostgresChangeBus postgres =
            new PostgresChangeBus(jdbi, config.jdbcUrl(), config.user(), config.password());
        postgres.start();
        changeBus = postgres;
      } else {
        changeBus = new InProcessChangeBus();
      }
    }
    return changeBus;
  }

  /** For migration checks and tests; the pool stays owned by this storage. */
  DataSource dataSource() {
    return pool;
  }

  Dialect dialect() {
    return dialect;
  }

  @Override
  public void close() {
    synchronized (this) {
      if (changeBus instanceof PostgresChangeBus postgres) {
        postgres.close();
      }
    }
    pool.close();
  }

  private static HikariConfig hikariConfig(StorageConfig config, Dialect dialect) {
    HikariConfig hikari = new HikariConfig();
    hikari.setPoolName("booking-storage");
    hikari.setJdbcUrl(dialect.prepareUrl(config.jdbcUrl()));
    if (!config.user().isEmpty()) {
      hikari.setUsername(config.user());
    }
    if (!config.password().isEmpty()) {
      hikari.setPassword(config.password());
    }
    hikari.setMaximumPoolSize(config.maxPoolSize());
    hikari.setMinimumIdle(Math.min(2, config.maxPoolSize()));
    hikari.setConnectionTimeout(config.connectionTimeout().toMillis());
    hikari.setValidationTimeout(Math.max(250, config.connectionTimeout().toMillis() / 2));
    // Start even while the database is down; every call then fails fast instead.
    hikari.setInitializationFailTimeout(-1);
    hikari.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
    hikari.setAutoCommit(true);
    if (dialect == Dialect.POSTGRESQL) {
      long seconds = Math.max(1, config.connectionTimeout().toSeconds());
      hikari.addDataSourceProperty("connectTimeout", String.valueOf(seconds));
      hikari.addDataSourceProperty("loginTimeout", String.valueOf(seconds));
      if (!config.jdbcUrl().contains("options=")) {
        // A calendar write waits for the lock row at most this long, as for a pooled connection;
        // without it, a session of another instance stuck holding the row held our requests too.
        // H2 has its own lock timeout. No parallel workers: every statement of the service is
        // short, and on a big table a parallel plan spent 30 ms starting workers for a read that
        // took 1 ms alone, while the other requests wanted the same cores.
        hikari.addDataSourceProperty(
            "options",
            "-c lock_timeout="
                + config.connectionTimeout().toMillis()
                + " -c max_parallel_workers_per_gather=0");
      }
    }
    return hikari;
  }
}
