package com.metalogics.booking.app;

import com.metalogics.booking.adapter.google.fake.FakeGoogleCalendar;
import com.metalogics.booking.adapter.google.fake.Fault;
import com.metalogics.booking.adapter.hubspot.fake.FakeHubSpot;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * What a degradation test runs the service against: a fresh PostgreSQL database, the fake Google
 * Calendar and HubSpot servers of the adapters' test-jars, and an SMTP server (GreenMail, started
 * by the test). Its environment gives the adapters short timeouts, one attempt and short circuit
 * pauses, so that an outage costs the requests little; the rules offer every 15 minutes of every
 * day (UTC), so hundreds of bookings find distinct slots.
 */
final class ServiceRig implements AutoCloseable {

  static final String ADMIN_KEY = "admin-key-for-degradation-tests";
  static final String SECRET = "manage-token-secret-shared-by-every-instance";
  static final String FROM = "bookings@metalogics.test";
  static final String OWNER = "owner@metalogics.test";
  static final String PUBLIC_URL = "https://book.metalogics.test";
  static final String CALENDAR = "primary";

  /** Longer than any answer of a healthy fake on a busy 2-core machine, far shorter than 10 s. */
  static final String TIMEOUT_MS = "1500";

  final FakeGoogleCalendar google = FakeGoogleCalendar.start(CALENDAR);
  final FakeHubSpot hubspot = FakeHubSpot.start();
  private final Map<String, String> database = PostgresServer.freshDatabase();
  private final Path keyFile;
  private final int smtpPort;

  ServiceRig(Path directory, int smtpPort) {
    this.keyFile = google.writeKeyFile(directory);
    this.smtpPort = smtpPort;
    google.allowDelegation(true);
  }

  Map<String, String> environment() {
    Map<String, String> env = new HashMap<>(database);
    env.put("PORT", "0");
    env.put("ADMIN_API_KEY", ADMIN_KEY);
    env.put("MANAGE_TOKEN_SECRET", SECRET);
    env.put("PUBLIC_BASE_URL", PUBLIC_URL);
    env.put("RATE_LIMIT_BOOKINGS_PER_MINUTE", "0");
    // The tests run the worker themselves; the schedule stays out of their way.
    env.put("SYNC_INTERVAL_SECONDS", "3600");
    env.put("SYNC_MAX_BACKOFF_SECONDS", "60");
    env.put("SYNC_MAX_ATTEMPTS", "50");
    env.putAll(rules());
    env.putAll(googleEnvironment());
    env.putAll(hubSpotEnvironment());
    env.putAll(mailEnvironment(smtpPort));
    return env;
  }

  static Map<String, String> rules() {
    return Map.of(
        "BUSINESS_DAYS", "0,1,2,3,4,5,6",
        "BUSINESS_START_HOUR", "0",
        "BUSINESS_END_HOUR", "24",
        "BUSINESS_TIMEZONE", "UTC",
        "SLOT_INTERVAL_MINUTES", "15",
        "ALLOWED_DURATIONS", "15,30",
        "MIN_ADVANCE_HOURS", "0",
        "BUFFER_MINUTES", "0",
        "MAX_BOOKINGS_PER_EMAIL", "10");
  }

  private Map<String, String> googleEnvironment() {
    Map<String, String> env = new HashMap<>();
    env.put("GOOGLE_SERVICE_ACCOUNT_KEY_PATH", keyFile.toString());
    env.put("GOOGLE_CALENDAR_ROOT_URL", google.rootUrl());
    env.put("GOOGLE_CALENDAR_ID", CALENDAR);
    env.put("GOOGLE_CALENDAR_DELEGATED_USER", OWNER);
    env.put("GOOGLE_CALENDAR_RETRY_ATTEMPTS", "1");
    env.put("GOOGLE_CALENDAR_RETRY_DELAY", "1");
    env.put("GOOGLE_CALENDAR_TIMEOUT_MS", TIMEOUT_MS);
    env.put("GOOGLE_CALENDAR_CIRCUIT_RESET_MS", "300");
    return env;
  }

  private Map<String, String> hubSpotEnvironment() {
    return Map.of(
        "HUBSPOT_ACCESS_TOKEN", FakeHubSpot.TOKEN,
        "HUBSPOT_BASE_URL", hubspot.baseUrl().toString(),
        "HUBSPOT_RETRY_ATTEMPTS", "1",
        "HUBSPOT_RETRY_DELAY", "1",
        "HUBSPOT_TIMEOUT_MS", TIMEOUT_MS,
        "HUBSPOT_CIRCUIT_RESET_MS", "300",
        "HUBSPOT_REQUESTS_PER_10_SECONDS", "100000",
        "HUBSPOT_SEARCHES_PER_SECOND", "100000");
  }

  static Map<String, String> mailEnvironment(int smtpPort) {
    return Map.of(
        "SMTP_HOST", "127.0.0.1",
        "SMTP_PORT", String.valueOf(smtpPort),
        "SMTP_FROM", FROM,
        "SMTP_STARTTLS", "false",
        "SMTP_TIMEOUT_MS", "5000");
  }

  /** Both services answer 500 to everything. */
  void integrationsFailing() {
    google.faults().clear();
    google.faults().failAlways(Fault.SERVER_ERROR);
    hubspot.clearFaults();
    hubspot.failNext(Integer.MAX_VALUE, 500);
  }

  /** Both services take requests (and carry them out) but answer after the client gave up. */
  void integrationsTimingOut() {
    google.faults().clear();
    google.faults().failAlways(Fault.SLOW);
    hubspot.clearFaults();
    hubspot.slowAnswers(Duration.ofSeconds(4));
  }

  void integrationsBack() {
    google.faults().clear();
    hubspot.clearFaults();
    hubspot.slowAnswers(Duration.ZERO);
  }

  @Override
  public void close() {
    google.close();
    hubspot.close();
  }
}
