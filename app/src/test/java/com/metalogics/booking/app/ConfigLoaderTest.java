package com.metalogics.booking.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.metalogics.booking.core.application.CalendarFailureMode;
import com.metalogics.booking.core.domain.BookingRules;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

  private static final String TOKEN = "pat-na1-12345678-1234-1234-1234-123456789abc";
  private static final String SECRET = "0123456789abcdef0123456789abcdef";

  @TempDir Path dir;

  @Test
  void givenNoEnvironment_thenH2FileDatabaseAndIntegrationsDisabled() {
    AppConfig config = ConfigLoader.load(Map.of());

    assertThat(config.env()).isEqualTo(AppEnv.DEVELOPMENT);
    assertThat(config.http().port()).isEqualTo(8080);
    assertThat(config.database().url()).isEqualTo("jdbc:h2:file:./data/booking");
    assertThat(config.database().isEmbedded()).isTrue();
    assertThat(config.database().dataDirectory())
        .isEqualTo(Path.of("data").toAbsolutePath().normalize());
    assertThat(config.google().enabled()).isFalse();
    assertThat(config.hubspot().enabled()).isFalse();
    assertThat(config.mail()).isEmpty();
    assertThat(config.http().adminApiKey()).isEmpty();
    assertThat(config.http().publicBaseUrl()).hasToString("http://localhost:8080");
    assertThat(config.calendarFailureMode()).isEqualTo(CalendarFailureMode.DEGRADE);
    assertThat(config.sync())
        .isEqualTo(new AppConfig.Sync(Duration.ofSeconds(30), 10, Duration.ofHours(1)));
    assertThat(config.rules()).isEqualTo(BookingRules.defaults());
  }

  @Test
  void givenSeedVariables_thenRulesFollowThem() {
    AppConfig config =
        ConfigLoader.load(
            Map.of(
                "BUSINESS_DAYS", "0,6",
                "BUSINESS_START_HOUR", "0",
                "BUSINESS_END_HOUR", "24",
                "BUSINESS_TIMEZONE", "Europe/Berlin",
                "MAX_BOOKINGS_PER_EMAIL", "5",
                "FREQUENCY_WINDOW_DAYS", "7",
                "BUFFER_MINUTES", "0",
                "MIN_ADVANCE_HOURS", "2",
                "SLOT_INTERVAL_MINUTES", "15",
                "ALLOWED_DURATIONS", "30, 90"));

    BookingRules rules = config.rules();
    assertThat(rules.businessHours().days()).containsOnly(DayOfWeek.SUNDAY, DayOfWeek.SATURDAY);
    assertThat(rules.businessHours().startHour()).isZero();
    assertThat(rules.businessHours().endHour()).isEqualTo(24);
    assertThat(rules.businessHours().zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
    assertThat(rules.maxBookingsPerEmail()).isEqualTo(5);
    assertThat(rules.frequencyWindow()).isEqualTo(Duration.ofDays(7));
    assertThat(rules.buffer()).isZero();
    assertThat(rules.minAdvance()).isEqualTo(Duration.ofHours(2));
    assertThat(rules.slotIncrement()).contains(Duration.ofMinutes(15));
    assertThat(rules.allowedDurations())
        .containsExactly(Duration.ofMinutes(30), Duration.ofMinutes(90));
    assertThat(config.google().timeZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
  }

  @Test
  void givenStartHourNotBeforeEndHour_thenStartFails() {
    assertProblem(
        Map.of("BUSINESS_START_HOUR", "17", "BUSINESS_END_HOUR", "9"),
        "BUSINESS_START_HOUR (17) must be before BUSINESS_END_HOUR (9)");
  }

  @Test
  void givenUnknownTimeZone_thenStartFails() {
    assertProblem(
        Map.of("BUSINESS_TIMEZONE", "Mars/Olympus"),
        "BUSINESS_TIMEZONE: unknown time zone 'Mars/Olympus'");
    assertProblem(
        Map.of("GOOGLE_CALENDAR_TIMEZONE", "Nowhere"),
        "GOOGLE_CALENDAR_TIMEZONE: unknown time zone 'Nowhere'");
  }

  @Test
  void givenUnknownBusinessDay_thenStartFails() {
    assertProblem(Map.of("BUSINESS_DAYS", "1,2,7"), "BUSINESS_DAYS: unknown day '7'");
  }

  @Test
  void givenNonPositiveLimit_thenStartFails() {
    assertProblem(
        Map.of("MAX_BOOKINGS_PER_EMAIL", "0"), "MAX_BOOKINGS_PER_EMAIL: must be positive, was 0");
    assertProblem(
        Map.of("FREQUENCY_WINDOW_DAYS", "-1"),
        "FREQUENCY_WINDOW_DAYS: must be between 1 and 3650, was -1");
    assertProblem(
        Map.of("SYNC_INTERVAL_SECONDS", "0"),
        "SYNC_INTERVAL_SECONDS: must be between 1 and 86400, was 0");
    assertProblem(
        Map.of("BUFFER_MINUTES", "-5"), "BUFFER_MINUTES: must be between 0 and 720, was -5");
  }

  @Test
  void givenNumberThatDoesNotParse_thenStartFails() {
    assertProblem(Map.of("PORT", "eighty"), "PORT: must be a whole number, was 'eighty'");
    assertProblem(
        Map.of("ALLOWED_DURATIONS", "15,half"),
        "ALLOWED_DURATIONS: must be a whole number, was 'half'");
  }

  @Test
  void givenUnknownAppEnv_thenStartFails() {
    assertProblem(
        Map.of("APP_ENV", "staging"),
        "APP_ENV: must be one of development, production, was 'staging'");
  }

  @Test
  void givenOtherBadValues_thenStartFails() {
    assertProblem(
        Map.of("CALENDAR_FAILURE_MODE", "loose"),
        "CALENDAR_FAILURE_MODE: must be one of degrade, strict");
    assertProblem(
        Map.of("GOOGLE_CALENDAR_ENABLED", "yes"), "GOOGLE_CALENDAR_ENABLED: must be true or false");
    assertProblem(
        Map.of("PUBLIC_BASE_URL", "localhost"), "PUBLIC_BASE_URL: must be an absolute http(s) URL");
    assertProblem(
        Map.of("DATABASE_URL", "jdbc:mysql://db/x"),
        "DATABASE_URL: must be a jdbc:h2: or jdbc:postgresql: URL");
    assertProblem(
        Map.of("CORS_ORIGINS", "example.com"), "CORS_ORIGINS: 'example.com' is not an origin");
    assertProblem(
        Map.of("MANAGE_TOKEN_SECRET", "short"), "MANAGE_TOKEN_SECRET: must hold at least 32 bytes");
    assertProblem(
        Map.of("ADMIN_API_KEY", "abc"), "ADMIN_API_KEY: must be at least 16 characters long");
    assertProblem(
        Map.of("SMTP_HOST", "mail.example.com"), "SMTP_FROM: required when SMTP_HOST is set");
  }

  @Test
  void givenGoogleEnabledWithoutKeyFile_thenStartFails() {
    assertProblem(
        Map.of(
            "GOOGLE_CALENDAR_ENABLED",
            "true",
            "GOOGLE_SERVICE_ACCOUNT_KEY_PATH",
            dir.resolve("none.json").toString()),
        "does not exist");
  }

  @Test
  void givenGoogleKeyFileThatIsNotJson_thenStartFails() throws Exception {
    Path key = Files.writeString(dir.resolve("key.json"), "not json {");
    assertProblem(Map.of("GOOGLE_SERVICE_ACCOUNT_KEY_PATH", key.toString()), "is not valid JSON");
  }

  @Test
  void givenValidGoogleKeyFile_thenGoogleIsEnabledByNamingIt() {
    Path key = ServiceAccountKeys.write(dir);
    AppConfig config = ConfigLoader.load(Map.of("GOOGLE_SERVICE_ACCOUNT_KEY_PATH", key.toString()));
    assertThat(config.google().enabled()).isTrue();
    assertThat(config.google().keyFile()).isEqualTo(key);
  }

  @Test
  void givenPushWithoutGoogleOrHttps_thenEveryProblemIsNamed() {
    List<String> problems =
        failure(
                Map.of(
                    "GOOGLE_PUSH_ENABLED", "true",
                    "PUBLIC_BASE_URL", "http://book.example.com",
                    "GOOGLE_POLL_SECONDS", "0"))
            .problems();
    assertThat(problems)
        .anyMatch(p -> p.contains("GOOGLE_PUSH_ENABLED: needs Google Calendar enabled"))
        .anyMatch(
            p -> p.contains("GOOGLE_PUSH_ENABLED: needs PUBLIC_BASE_URL to be a public https"))
        .anyMatch(p -> p.contains("GOOGLE_POLL_SECONDS"));
  }

  @Test
  void givenGoogleWithHttpsBase_thenPushCanBeOn_andThePollDefaultsToAMinute() {
    Path key = ServiceAccountKeys.write(dir);
    AppConfig off = ConfigLoader.load(Map.of("GOOGLE_SERVICE_ACCOUNT_KEY_PATH", key.toString()));
    assertThat(off.realtime()).isEqualTo(new AppConfig.Realtime(false, Duration.ofSeconds(60)));
    AppConfig on =
        ConfigLoader.load(
            Map.of(
                "GOOGLE_SERVICE_ACCOUNT_KEY_PATH", key.toString(),
                "PUBLIC_BASE_URL", "https://book.example.com",
                "GOOGLE_PUSH_ENABLED", "true",
                "GOOGLE_POLL_SECONDS", "300"));
    assertThat(on.realtime()).isEqualTo(new AppConfig.Realtime(true, Duration.ofSeconds(300)));
  }

  @Test
  void givenHubSpotEnabledWithoutToken_thenStartFails() {
    assertProblem(Map.of("HUBSPOT_ENABLED", "true"), "HUBSPOT_ACCESS_TOKEN is missing");
  }

  @Test
  void givenHubSpotTokenOfWrongShape_thenStartFailsWithoutQuotingIt() {
    ConfigException e = failure(Map.of("HUBSPOT_ACCESS_TOKEN", "secret-value-123"));
    assertThat(e.problems()).anyMatch(p -> p.contains("does not look like a private-app token"));
    assertThat(e.getMessage()).doesNotContain("secret-value-123");
  }

  @Test
  void givenTwilioEnabledWithoutCredentialsOrSender_thenEveryProblemIsNamed() {
    ConfigException e = failure(Map.of("TWILIO_ENABLED", "true", "TWILIO_FROM", "0044 20"));
    assertThat(e.problems())
        .anyMatch(p -> p.startsWith("TWILIO_ACCOUNT_SID"))
        .anyMatch(p -> p.startsWith("TWILIO_AUTH_TOKEN"))
        .anyMatch(p -> p.startsWith("TWILIO_FROM must be a number in E.164"));
  }

  @Test
  void givenTwilioAccount_thenItIsOn_andItsSecretsAndNumberNeverPrint() {
    AppConfig config =
        ConfigLoader.load(
            Map.of(
                "TWILIO_ACCOUNT_SID", "AC" + "0123456789abcdef".repeat(2),
                "TWILIO_AUTH_TOKEN", "twilio-token-value",
                "TWILIO_FROM", "+15005550006"));
    assertThat(config.twilio().enabled()).isTrue();
    assertThat(config.toString())
        .doesNotContain("twilio-token-value")
        .doesNotContain("+15005550006");
    assertThat(ConfigLoader.load(Map.of()).twilio().enabled()).isFalse();
  }

  @Test
  void givenManyBadValues_thenEveryProblemIsReportedAtOnce() {
    Map<String, String> env = new HashMap<>();
    env.put("APP_ENV", "staging");
    env.put("PORT", "x");
    env.put("BUSINESS_DAYS", "9");
    env.put("BUSINESS_TIMEZONE", "Bad/Zone");
    env.put("MAX_BOOKINGS_PER_EMAIL", "0");
    env.put("HUBSPOT_ENABLED", "true");

    ConfigException e = failure(env);

    assertThat(e.problems())
        .hasSize(6)
        .anyMatch(p -> p.startsWith("APP_ENV"))
        .anyMatch(p -> p.startsWith("PORT"))
        .anyMatch(p -> p.startsWith("BUSINESS_DAYS"))
        .anyMatch(p -> p.startsWith("BUSINESS_TIMEZONE"))
        .anyMatch(p -> p.startsWith("MAX_BOOKINGS_PER_EMAIL"))
        .anyMatch(p -> p.startsWith("HUBSPOT_ACCESS_TOKEN"));
  }

  @Test
  void givenProductionWithNothingElse_thenEveryMissingPieceIsReported() {
    ConfigException e = failure(Map.of("APP_ENV", "production"));

    assertThat(e.problems())
        .containsExactlyInAnyOrder(
            "APP_ENV=production: GOOGLE_CALENDAR_ENABLED must be true",
            "APP_ENV=production: HUBSPOT_ENABLED must be true",
            "APP_ENV=production: ADMIN_API_KEY is required",
            "APP_ENV=production: MANAGE_TOKEN_SECRET is required (at least 32 bytes)",
            "APP_ENV=production: DATABASE_URL must name a server database (jdbc:postgresql:), not H2");
  }

  @Test
  void givenProductionWithInvalidCredentials_thenStartFails() {
    Map<String, String> env = production();
    env.put("GOOGLE_SERVICE_ACCOUNT_KEY_PATH", dir.resolve("missing.json").toString());
    env.put("HUBSPOT_ACCESS_TOKEN", "your-hubspot-access-token");

    ConfigException e = failure(env);

    assertThat(e.problems())
        .hasSize(2)
        .anyMatch(p -> p.contains("does not exist"))
        .anyMatch(p -> p.contains("HUBSPOT_ACCESS_TOKEN is still the example placeholder"));
  }

  @Test
  void givenProductionWithEmbeddedDatabase_thenStartFails() {
    Map<String, String> env = production();
    env.put("DATABASE_URL", "jdbc:h2:file:/srv/booking");
    assertProblem(env, "DATABASE_URL must name a server database");
  }

  @Test
  void givenCompleteProductionEnvironment_thenItLoads() {
    AppConfig config = ConfigLoader.load(production());
    assertThat(config.env()).isEqualTo(AppEnv.PRODUCTION);
    assertThat(config.google().enabled()).isTrue();
    assertThat(config.hubspot().enabled()).isTrue();
    assertThat(config.toString())
        .doesNotContain(TOKEN, SECRET, "admin-key-0123456789", "db-password");
  }

  @Test
  void givenH2FileUrl_thenDataDirectoryIsNextToIt() {
    AppConfig config =
        ConfigLoader.load(
            Map.of(
                "DATABASE_URL", "jdbc:h2:file:" + dir.resolve("db/booking") + ";MODE=PostgreSQL"));
    assertThat(config.database().dataDirectory()).isEqualTo(dir.resolve("db").toAbsolutePath());
    assertThat(config.database().describe()).isEqualTo("H2 file " + dir.resolve("db/booking"));
  }

  @Test
  void givenNoHost_thenEveryInterface_andGivenHostsAreTakenAsTheyAre() {
    assertThat(ConfigLoader.load(Map.of()).http().host()).isEqualTo("0.0.0.0");
    for (String host : List.of("127.0.0.1", "localhost", "booking-1.internal", "::", "::1")) {
      assertThat(ConfigLoader.load(Map.of("HOST", host)).http().host()).isEqualTo(host);
    }
  }

  @Test
  void givenHostThatIsNoAddress_thenItIsReportedWithTheRest() {
    for (String host : List.of("http://localhost", "0.0.0.0:8080", "two words", "-bad.example")) {
      assertThat(failure(Map.of("HOST", host, "PORT", "x")).problems())
          .as("HOST=%s", host)
          .hasSize(2)
          .anyMatch(p -> p.startsWith("HOST: must be an IP address or a host name"))
          .anyMatch(p -> p.startsWith("PORT"));
    }
  }

  private Map<String, String> production() {
    Map<String, String> env = new HashMap<>();
    env.put("APP_ENV", "production");
    env.put("DATABASE_URL", "jdbc:postgresql://db.internal:5432/booking");
    env.put("DATABASE_PASSWORD", "db-password");
    env.put("ADMIN_API_KEY", "admin-key-0123456789");
    env.put("MANAGE_TOKEN_SECRET", SECRET);
    env.put("GOOGLE_SERVICE_ACCOUNT_KEY_PATH", ServiceAccountKeys.write(dir).toString());
    env.put("HUBSPOT_ACCESS_TOKEN", TOKEN);
    return env;
  }

  private static void assertProblem(Map<String, String> env, String expected) {
    List<String> problems = failure(env).problems();
    assertThat(problems).as("problems for %s", env.keySet()).anyMatch(p -> p.contains(expected));
  }

  private static ConfigException failure(Map<String, String> env) {
    Optional<ConfigException> caught = Optional.empty();
    try {
      ConfigLoader.load(env);
    } catch (ConfigException e) {
      caught = Optional.of(e);
    }
    assertThat(caught).as("configuration %s should fail", env.keySet()).isPresent();
    return caught.get();
  }
}
