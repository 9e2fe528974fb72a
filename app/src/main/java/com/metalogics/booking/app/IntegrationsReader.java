package com.metalogics.booking.app;

import java.net.URI;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The Google Calendar, HubSpot and Twilio sections of the environment. Timeouts, circuit pauses and
 * rate limits default to the adapters' own defaults (the seed's values); they are settable so that
 * an installation (or a test against emulators) can tune how fast a failing service is given up on.
 */
final class IntegrationsReader {

  private static final ZoneId DEFAULT_ZONE = ZoneId.of("America/New_York");
  private static final int MAX_TIMEOUT_MS = 120_000;
  private static final int MAX_CIRCUIT_RESET_MS = 3_600_000;

  private IntegrationsReader() {}

  /** Enabled by default exactly when its key file is named, so no environment means off. */
  static AppConfig.Google google(EnvReader env) {
    boolean enabled =
        env.flag("GOOGLE_CALENDAR_ENABLED", env.isSet("GOOGLE_SERVICE_ACCOUNT_KEY_PATH"));
    Path keyFile =
        Path.of(
            env.string("GOOGLE_SERVICE_ACCOUNT_KEY_PATH", "./config/google-service-account.json"));
    // Unset, it follows BUSINESS_TIMEZONE, whose own problems are reported by the rules section.
    ZoneId zone =
        env.isSet("GOOGLE_CALENDAR_TIMEZONE")
            ? env.zone("GOOGLE_CALENDAR_TIMEZONE", "").orElse(DEFAULT_ZONE)
            : quietZone(env.string("BUSINESS_TIMEZONE", DEFAULT_ZONE.getId()));
    Optional<String> delegatedUser = env.optional("GOOGLE_CALENDAR_DELEGATED_USER");
    if (delegatedUser.isPresent() && !delegatedUser.get().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      env.problem("GOOGLE_CALENDAR_DELEGATED_USER: must be the e-mail address of a Workspace user");
    }
    return new AppConfig.Google(
        enabled,
        keyFile,
        env.string("GOOGLE_CALENDAR_ID", "primary"),
        zone,
        env.integer("GOOGLE_CALENDAR_RETRY_ATTEMPTS", 3, 1, 10),
        Duration.ofMillis(env.integer("GOOGLE_CALENDAR_RETRY_DELAY", 1000, 1, 60_000)),
        env.isSet("GOOGLE_CALENDAR_ROOT_URL")
            ? env.httpUrl("GOOGLE_CALENDAR_ROOT_URL", "")
            : Optional.empty(),
        millis(env, "GOOGLE_CALENDAR_TIMEOUT_MS", 10_000, MAX_TIMEOUT_MS),
        millis(env, "GOOGLE_CALENDAR_CIRCUIT_RESET_MS", 30_000, MAX_CIRCUIT_RESET_MS),
        delegatedUser);
  }

  /**
   * Push is off unless asked for, and then needs Google Calendar and a public https base URL
   * (Google posts only to https); the poll runs in any case.
   */
  static AppConfig.Realtime realtime(EnvReader env, AppConfig.Google google, AppConfig.Http http) {
    boolean push = env.flag("GOOGLE_PUSH_ENABLED", false);
    if (push && !google.enabled()) {
      env.problem("GOOGLE_PUSH_ENABLED: needs Google Calendar enabled (GOOGLE_CALENDAR_ENABLED)");
    }
    if (push && !"https".equals(http.publicBaseUrl().getScheme())) {
      env.problem(
          "GOOGLE_PUSH_ENABLED: needs PUBLIC_BASE_URL to be a public https URL (Google posts only"
              + " to https), was "
              + http.publicBaseUrl());
    }
    return new AppConfig.Realtime(
        push, Duration.ofSeconds(env.integer("GOOGLE_POLL_SECONDS", 60, 1, 3600)));
  }

  /** Enabled by default exactly when a token is given. */
  static AppConfig.HubSpot hubspot(EnvReader env) {
    Optional<String> token = env.optional("HUBSPOT_ACCESS_TOKEN");
    return new AppConfig.HubSpot(
        env.flag("HUBSPOT_ENABLED", token.isPresent()),
        token,
        env.integer("HUBSPOT_RETRY_ATTEMPTS", 3, 1, 10),
        Duration.ofMillis(env.integer("HUBSPOT_RETRY_DELAY", 1000, 1, 60_000)),
        env.httpUrl("HUBSPOT_BASE_URL", "https://api.hubapi.com")
            .orElse(URI.create("https://api.hubapi.com")),
        millis(env, "HUBSPOT_TIMEOUT_MS", 10_000, MAX_TIMEOUT_MS),
        millis(env, "HUBSPOT_CIRCUIT_RESET_MS", 30_000, MAX_CIRCUIT_RESET_MS),
        env.integer("HUBSPOT_REQUESTS_PER_10_SECONDS", 100, 1, 1_000_000),
        env.integer("HUBSPOT_SEARCHES_PER_SECOND", 4, 1, 1_000_000),
        sourceProperties(env.optional("HUBSPOT_SOURCE_PROPERTIES").orElse("")));
  }

  /**
   * {@code utmSource=booking_utm_source,referrer=booking_referrer}: lead-source field to contact
   * property; the adapter's config checks the names. A pair without '=' maps to an empty name,
   * which that check refuses.
   */
  static Map<String, String> sourceProperties(String text) {
    Map<String, String> pairs = new LinkedHashMap<>();
    for (String pair : text.split(",")) {
      if (pair.isBlank()) {
        continue;
      }
      int eq = pair.indexOf('=');
      pairs.put(
          (eq < 0 ? pair : pair.substring(0, eq)).trim(),
          eq < 0 ? "" : pair.substring(eq + 1).trim());
    }
    return pairs;
  }

  /** Enabled by default exactly when an account is named. */
  static AppConfig.Twilio twilio(EnvReader env) {
    Optional<String> account = env.optional("TWILIO_ACCOUNT_SID");
    return new AppConfig.Twilio(
        env.flag("TWILIO_ENABLED", account.isPresent()),
        account.orElse(""),
        env.optional("TWILIO_AUTH_TOKEN"),
        env.optional("TWILIO_API_KEY"),
        env.optional("TWILIO_API_SECRET"),
        env.optional("TWILIO_FROM"),
        env.optional("TWILIO_MESSAGING_SERVICE_SID"),
        env.httpUrl("TWILIO_BASE_URL", "https://api.twilio.com")
            .orElse(URI.create("https://api.twilio.com")),
        env.integer("TWILIO_RETRY_ATTEMPTS", 3, 1, 10),
        Duration.ofMillis(env.integer("TWILIO_RETRY_DELAY", 1000, 1, 60_000)),
        millis(env, "TWILIO_TIMEOUT_MS", 10_000, MAX_TIMEOUT_MS),
        millis(env, "TWILIO_CIRCUIT_RESET_MS", 30_000, MAX_CIRCUIT_RESET_MS));
  }

  private static Duration millis(EnvReader env, String name, int defaultValue, int max) {
    return Duration.ofMillis(env.integer(name, defaultValue, 1, max));
  }

  private static ZoneId quietZone(String id) {
    try {
      return ZoneId.of(id);
    } catch (DateTimeException e) {
      return DEFAULT_ZONE;
    }
  }
}
