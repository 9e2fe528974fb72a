package com.metalogics.booking.benchmarks;

import com.metalogics.booking.app.AppConfig;
import com.metalogics.booking.app.Application;
import com.metalogics.booking.app.ConfigLoader;
import com.metalogics.booking.core.inmemory.InMemoryCalendar;
import com.metalogics.booking.core.inmemory.InMemoryCrm;
import java.time.Clock;
import org.slf4j.LoggerFactory;

/**
 * The service as {@code java -jar booking-service.jar} runs it, configured from the environment,
 * but with the core's in-memory calendar and CRM: every booking reads busy times, writes an event
 * and a contact and stores the outcome, without a network. For {@code benchmarks/load.sh}.
 */
public final class LoadServer {

  private LoadServer() {}

  public static void main(String[] args) {
    AppConfig config = ConfigLoader.load(System.getenv());
    Application app =
        Application.start(config, Clock.systemUTC(), new InMemoryCalendar(), new InMemoryCrm());
    Runtime.getRuntime().addShutdownHook(new Thread(app::close, "load-server-stop"));
    LoggerFactory.getLogger(LoadServer.class)
        .info("Load server with in-memory calendar and CRM on port {}", app.port());
  }
}
