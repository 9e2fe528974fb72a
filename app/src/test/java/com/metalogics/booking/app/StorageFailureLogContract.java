package com.metalogics.booking.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.metalogics.booking.core.contract.MutableClock;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * A statement that binds an e-mail address fails in a way the service does not expect (a constraint
 * added behind its back). The drivers and Jdbi quote the bound values in their messages; the log
 * must name the statement, its SQL state and the request, and hold no part of the address, nor may
 * the answer. Subclasses name the database.
 */
abstract class StorageFailureLogContract {

  private static final String LOCAL_PART = "zq7victim";
  private static final String DOMAIN = "leakprobe-domain.example";
  private static final String EMAIL = LOCAL_PART + "@" + DOMAIN;

  private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
  private Application app;
  private ApiClient api;

  /** {@code DATABASE_URL} and, for a server, its user and password. */
  abstract Map<String, String> databaseEnvironment();

  @BeforeEach
  void startServiceAndCaptureTheLog() {
    Map<String, String> env = new HashMap<>(databaseEnvironment());
    env.put("PORT", "0");
    env.put("ADMIN_API_KEY", EndToEndContract.ADMIN_KEY);
    env.put("MANAGE_TOKEN_SECRET", "a-secret-of-at-least-32-bytes-for-tests");
    env.put("RATE_LIMIT_BOOKINGS_PER_MINUTE", "0");
    env.put("SYNC_INTERVAL_SECONDS", "3600");
    app =
        Application.start(
            ConfigLoader.load(env), new MutableClock(Instant.parse("2030-01-07T15:00:00Z")));
    api = new ApiClient(app.port());
    captured.setContext(loggerContext());
    captured.start();
    root().addAppender(captured);
  }

  @AfterEach
  void stopService() {
    root().detachAppender(captured);
    app.close();
  }

  @Test
  void givenUniqueIndexOnEmail_secondBookingFails_logHoldsStatementAndStateButNoAddress()
      throws SQLException {
    assertThat(book("2030-01-09T15:00:00Z").status()).isEqualTo(201);
    execute("CREATE UNIQUE INDEX leak_probe_email ON bookings (email_normalized)");

    ApiClient.Reply failed = book("2030-01-09T16:00:00Z");

    assertFailedWithoutAddress(failed, "insert booking");
  }

  @Test
  void givenCheckOnLimitOverrides_settingALimitFails_logHoldsStatementAndStateButNoAddress()
      throws SQLException {
    execute(
        "ALTER TABLE booking_limit_overrides ADD CONSTRAINT leak_probe_max"
            + " CHECK (max_bookings < 5)");

    ApiClient.Reply failed =
        api.put(
            "/api/admin/limits/" + EMAIL,
            "{\"maxBookings\": 7}",
            ApiClient.bearer(EndToEndContract.ADMIN_KEY));

    assertFailedWithoutAddress(failed, "insert limit override");
  }

  private void assertFailedWithoutAddress(ApiClient.Reply failed, String statement) {
    assertThat(failed.status()).isEqualTo(500);
    String requestId = failed.body().path("error").path("requestId").asText();
    String log = renderedLog();
    assertThat(log + failed.body()).doesNotContainIgnoringCase(LOCAL_PART).doesNotContain(DOMAIN);
    assertThat(log)
        .contains("[" + requestId + "]")
        .contains("statement '" + statement + "'")
        .containsPattern("SQL state 23[0-9A-Z]{3}");
  }

  private ApiClient.Reply book(String start) {
    return api.post(
        "/api/bookings",
        """
        {"name": "Ada Lovelace", "email": "%s", "startTime": "%s", "duration": 30}
        """
            .formatted(EMAIL, start),
        Map.of());
  }

  /** Runs DDL on the service's database behind its back. */
  private void execute(String sql) throws SQLException {
    Map<String, String> env = databaseEnvironment();
    try (Connection connection =
            DriverManager.getConnection(
                env.get("DATABASE_URL"),
                env.getOrDefault("DATABASE_USER", ""),
                env.getOrDefault("DATABASE_PASSWORD", ""));
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  /** Every captured event as the service writes it: message, MDC, exception and its causes. */
  private String renderedLog() {
    PatternLayout layout = new PatternLayout();
    layout.setContext(loggerContext());
    layout.setPattern(LogSetup.PATTERN);
    layout.start();
    List<ILoggingEvent> events;
    synchronized (captured) { // the lock the appender appends under
      events = List.copyOf(captured.list);
    }
    return events.stream().map(layout::doLayout).collect(Collectors.joining());
  }

  private static LoggerContext loggerContext() {
    return (LoggerContext) LoggerFactory.getILoggerFactory();
  }

  private static Logger root() {
    return loggerContext().getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  }
}
