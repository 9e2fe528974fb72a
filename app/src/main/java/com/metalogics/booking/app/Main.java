package com.metalogics.booking.app;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts the service from the process environment; stops it gracefully on SIGTERM. */
public final class Main {

  private static final Logger LOG = LoggerFactory.getLogger(Main.class);

  /**
   * How long a stop may take before the process halts without finishing it: the wait for requests
   * in flight, then time to stop the worker and close the database.
   */
  static final Duration HALT_AFTER = Application.STOP_TIMEOUT.plusSeconds(20);

  private Main() {}

  public static void main(String[] args) {
    AppConfig config;
    try {
      config = ConfigLoader.load(System.getenv());
    } catch (ConfigException e) {
      LOG.error("Cannot start: {} configuration problem(s)", e.problems().size());
      e.problems().forEach(problem -> LOG.error("  - {}", problem));
      exit(2);
      return;
    }
    Application application;
    try {
      application = Application.start(config, Clock.systemUTC());
    } catch (RuntimeException e) {
      LOG.error("Cannot start: {}", e.getMessage(), e);
      exit(1);
      return;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(application), "booking-shutdown"));
    application.startupLines().forEach(LOG::info);
  }

  /**
   * On SIGTERM: the graceful stop, then the log flushed, as the JVM exits right after. A stop that
   * hangs past {@link #HALT_AFTER} halts the process.
   */
  private static void stop(Application application) {
    LOG.info("Booking service stopping: finishing requests in flight");
    StopWatchdog watchdog = StopWatchdog.start(HALT_AFTER, Main::halt);
    application.close();
    watchdog.cancel();
    LOG.info("Booking service stopped");
    LogSetup.flush();
  }

  /** Errors go to standard error at once, so the line is out before the process ends. */
  private static void halt() {
    LOG.error("Booking service did not stop within {} s: halting", HALT_AFTER.toSeconds());
    Runtime.getRuntime().halt(1);
  }

  /** Exits once every line logged so far is out. */
  private static void exit(int status) {
    LogSetup.flush();
    System.exit(status);
  }
}
