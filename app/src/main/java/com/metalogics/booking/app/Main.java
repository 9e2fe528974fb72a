package com.metalogics.booking.app;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts the service from the process environment; stops it gracefully on SIGTERM. */
public final class Main {

  private static final Logger LOG = LoggerFactory.getLogger(Main.class);

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

  /** On SIGTERM: the graceful stop, then the log flushed, as the JVM exits right after. */
  private static void stop(Application application) {
    LOG.info("Booking service stopping: finishing requests in flight");
    application.close();
    LOG.info("Booking service stopped");
    LogSetup.flush();
  }

  /** Exits once every line logged so far is out. */
  private static void exit(int status) {
    LogSetup.flush();
    System.exit(status);
  }
}
