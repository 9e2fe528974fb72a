package com.metalogics.booking.adapter.jdbi;

import com.metalogics.booking.adapter.jdbi.internal.Dialect;
import com.metalogics.booking.adapter.jdbi.internal.JdbiBookingRepository;
import com.metalogics.booking.adapter.jdbi.internal.Jdbis;
import com.metalogics.booking.adapter.jdbi.internal.Migrations;
import com.metalogics.booking.adapter.jdbi.internal.SqlErrors;
import com.metalogics.booking.core.domain.StorageUnavailableException;
import com.metalogics.booking.core.port.out.BookingRepository;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.Objects;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Booking storage on H2 or PostgreSQL: a connection pool, a migrated schema and the {@link
 * BookingRepository} on top. Open one per process and close it on shutdown.
 */
public final class JdbiStorage implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(JdbiStorage.class);

  private final HikariDataSource pool;
  private final Dialect dialect;
  private final BookingRepository repository;

  private JdbiStorage(HikariDataSource pool, Dialect dialect, StorageConfig config) {
    this.pool = pool;
    this.dialect = dialect;
    this.repository =
        new JdbiBookingRepository(Jdbis.create(pool), dialect, config.connectionTimeout());
  }

  /**
   * Creates the pool and migrates the schema.
   *
   * @throws StorageUnavailableException when the database cannot be reached
   */
  public static JdbiStorage open(StorageConfig config) {
    JdbiStorage storage = connect(config);
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
    Objects.requireNonNull(config, "config");
    Dialect dialect = Dialect.fromJdbcUrl(config.jdbcUrl());
    return new JdbiStorage(new HikariDataSource(hikariConfig(config, dialect)), dialect, config);
  }

  public BookingRepository repository() {
    return repository;
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
        // H2 has its own lock timeout.
        hikari.addDataSourceProperty(
            "options", "-c lock_timeout=" + config.connectionTimeout().toMillis());
      }
    }
    return hikari;
  }
}
