package com.metalogics.booking.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The checks that need the whole configuration: credentials of the enabled integrations (through
 * the adapters' own config builders) and production's strictness.
 */
final class ConfigChecks {

  private ConfigChecks() {}

  /** The sections the checks look at, available even when other sections failed to parse. */
  record Parts(
      AppEnv env,
      AppConfig.Http http,
      AppConfig.Database database,
      AppConfig.Google google,
      AppConfig.HubSpot hubspot,
      AppConfig.Twilio twilio,
      Optional<String> manageTokenSecret) {}

  static List<String> check(Parts config) {
    List<String> problems = new ArrayList<>();
    if (config.google().enabled()) {
      problems.addAll(
          Integrations.google(config.google(), config.http().publicBaseUrl()).problems());
    }
    if (config.hubspot().enabled()) {
      problems.addAll(Integrations.hubSpot(config.hubspot()).problems());
    }
    if (config.twilio().enabled()) {
      problems.addAll(
          Integrations.twilio(config.twilio(), config.http().publicBaseUrl()).problems());
    }
    if (config.env() == AppEnv.PRODUCTION) {
      problems.addAll(production(config));
    }
    return problems;
  }

  private static List<String> production(Parts config) {
    List<String> problems = new ArrayList<>();
    String prefix = "APP_ENV=production: ";
    if (!config.google().enabled()) {
      problems.add(prefix + "GOOGLE_CALENDAR_ENABLED must be true");
    }
    if (!config.hubspot().enabled()) {
      problems.add(prefix + "HUBSPOT_ENABLED must be true");
    }
    if (config.http().adminApiKey().isEmpty()) {
      problems.add(prefix + "ADMIN_API_KEY is required");
    }
    if (config.manageTokenSecret().isEmpty()) {
      problems.add(prefix + "MANAGE_TOKEN_SECRET is required (at least 32 bytes)");
    }
    if (config.database().isEmbedded()) {
      problems.add(prefix + "DATABASE_URL must name a server database (jdbc:postgresql:), not H2");
    }
    return problems;
  }
}
