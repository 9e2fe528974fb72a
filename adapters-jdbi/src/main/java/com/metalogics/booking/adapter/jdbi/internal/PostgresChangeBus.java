package com.metalogics.booking.adapter.jdbi.internal;

import com.metalogics.booking.core.port.out.CalendarChangeBus;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.jdbi.v3.core.Jdbi;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link CalendarChangeBus} on PostgreSQL's {@code LISTEN/NOTIFY}: a change is a {@code pg_notify}
 * on the pool, heard by every instance on its own dedicated connection (outside the pool, as a
 * listening session must stay open). A lost connection is opened again; changes announced while it
 * was down are not replayed, so its subscribers are told "everything changed" (an empty id) once it
 * is back.
 */
public final class PostgresChangeBus implements CalendarChangeBus, AutoCloseable {

  static final String CHANNEL = "booking_calendar_changes";

  private static final Logger LOG = LoggerFactory.getLogger(PostgresChangeBus.class);
  private static final int WAIT_MILLIS = 500;
  private static final Duration RECONNECT_WAIT = Duration.ofSeconds(2);

  private final Jdbi jdbi;
  private final String url;
  private final Properties credentials;
  private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();
  private final Thread thread;
  private volatile boolean closed;

  public PostgresChangeBus(Jdbi jdbi, String url, String user, String password) {
    this.jdbi = jdbi;
    this.url = url;
    this.credentials = new Properties();
    if (!user.isEmpty()) {
      credentials.setProperty("user", user);
    }
    if (!password.isEmpty()) {
      credentials.setProperty("password", password);
    }
    this.thread = new Thread(this::listen, "calendar-changes-listener");
    thread.setDaemon(true);
  }

  /** Opens the listening session and starts hearing changes. */
  public void start() {
    thread.start();
  }

  @Override
  public void publish(String calendarId) {
    Storage.withHandle(jdbi, h -> h.execute("SELECT pg_notify(?, ?)", CHANNEL, calendarId));
  }

  @Override
  public void subscribe(Consumer<String> listener) {
    listeners.add(listener);
  }

  @Override
  public void close() {
    closed = true;
    thread.interrupt();
  }

  private void listen() {
    boolean reconnect = false;
    while (!closed) {
      try (Connection c = DriverManager.getConnection(url, credentials)) {
        try (Statement s = c.createStatement()) {
          s.execute("LISTEN " + CHANNEL);
        }
        if (reconnect) {
          deliver("");
        }
        PGConnection pg = c.unwrap(PGConnection.class);
        while (!closed) {
          PGNotification[] notifications = pg.getNotifications(WAIT_MILLIS);
          if (notifications != null) {
            for (PGNotification n : notifications) {
              deliver(n.getParameter());
            }
          }
        }
      } catch (SQLException e) {
        if (closed) {
          return;
        }
        LOG.warn("calendar change listener lost its connection: {}", e.getMessage());
        reconnect = true;
        if (!pause()) {
          return;
        }
      }
    }
  }

  private boolean pause() {
    try {
      Thread.sleep(RECONNECT_WAIT.toMillis());
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private void deliver(String calendarId) {
    for (Consumer<String> listener : listeners) {
      try {
        listener.accept(calendarId);
      } catch (RuntimeException e) {
        LOG.warn("a calendar change listener failed", e);
      }
    }
  }
}
