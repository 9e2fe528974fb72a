package com.metalogics.booking.app;

import com.metalogics.booking.core.application.CalendarFailureMode;
import com.metalogics.booking.core.domain.BookingRules;
import com.metalogics.booking.core.port.out.WebhookTransport;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Builds the {@link AppConfig} from environment variables. The only place that reads them; every
 * problem is collected and reported at once in a {@link ConfigException}.
 */
public final class ConfigLoader {

  static final int MIN_SECRET_BYTES = 32;
  static final int MIN_ADMIN_KEY_LENGTH = 16;
  private static final int MAX = Integer.MAX_VALUE;

  /** Every interface, as a container needs: the port is only reachable from outside so. */
  static final String DEFAULT_HOST = "0.0.0.0";

  /**
   * A host name or IPv4 address (labels of letters, digits and hyphens), or an IPv6 address;
   * whether this machine has it shows when the server binds.
   */
  private static final Pattern LISTEN_HOST =
      Pattern.compile(
          "[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*"
              + "|[0-9A-Fa-f.]*(:[0-9A-Fa-f.]*){2,}");

  private ConfigLoader() {}

  /**
   * @param environment variable name to value, e.g. {@code System.getenv()}
   * @throws ConfigException listing every problem found
   */
  public static AppConfig load(Map<String, String> environment) {
    EnvReader env = new EnvReader(environment);
    Optional<AppEnv> appEnv = env.choice("APP_ENV", AppEnv.class, "development");
    AppConfig.Http http = http(env);
    AppConfig.Database database = database(env);
    Optional<BookingRules> rules = RulesReader.read(env);
    Optional<CalendarFailureMode> failureMode =
        env.choice("CALENDAR_FAILURE_MODE", CalendarFailureMode.class, "degrade");
    AppConfig.Google google = IntegrationsReader.google(env);
    AppConfig.HubSpot hubspot = IntegrationsReader.hubspot(env);
    Optional<AppConfig.Mail> mail = MailReader.read(env);
    AppConfig.Twilio twilio = IntegrationsReader.twilio(env);
    AppConfig.Realtime realtime = IntegrationsReader.realtime(env, google, http);
    AppConfig.Sync sync = sync(env);
    Optional<String> secret = manageTokenSecret(env);
    Duration webhookTimeout = webhookTimeout(env);
    Duration insightsFlush = Duration.ofSeconds(env.integer("INSIGHTS_FLUSH_SECONDS", 60, 1, 3600));
    ConfigChecks.Parts parts =
        new ConfigChecks.Parts(
            appEnv.orElse(AppEnv.DEVELOPMENT), http, database, google, hubspot, twilio, secret);
    requireValid(env, parts, appEnv, rules, failureMode);
    return new AppConfig(
        appEnv.get(),
        http,
        database,
        rules.get(),
        failureMode.get(),
        google,
        hubspot,
        mail,
        sync,
        secret,
        webhookTimeout,
        insightsFlush,
        twilio,
        realtime);
  }

  /**
   * Throws with every problem: those found while reading first, then those of the checks that need
   * several sections. An empty section fails too, since the caller goes on to take it.
   */
  private static void requireValid(
      EnvReader env,
      ConfigChecks.Parts parts,
      Optional<AppEnv> appEnv,
      Optional<BookingRules> rules,
      Optional<CalendarFailureMode> failureMode) {
    List<String> problems = new ArrayList<>(env.problems());
    problems.addAll(ConfigChecks.check(parts));
    if (!problems.isEmpty() || appEnv.isEmpty() || rules.isEmpty() || failureMode.isEmpty()) {
      throw new ConfigException(problems);
    }
  }

  private static AppConfig.Sync sync(EnvReader env) {
    return new AppConfig.Sync(
        Duration.ofSeconds(env.integer("SYNC_INTERVAL_SECONDS", 30, 1, 86_400)),
        env.integer("SYNC_MAX_ATTEMPTS", 10, 1, 1000),
        Duration.ofSeconds(
            env.integer(
                "SYNC_MAX_BACKOFF_SECONDS",
                3600,
                (int) SyncSettings.INITIAL_BACKOFF.toSeconds(),
                7 * 86_400)),
        Duration.ofSeconds(
            env.integer(
                "SYNC_LEASE_SECONDS",
                (int) SyncSettings.DEFAULT_LEASE.toSeconds(),
                (int) SyncSettings.ATTEMPT_BUDGET.toSeconds() + 10,
                3600)),
        Duration.ofSeconds(
            env.integer(
                "SYNC_INLINE_GRACE_SECONDS",
                (int) SyncSettings.DEFAULT_INLINE_GRACE.toSeconds(),
                0,
                3600)),
        env.integer("SYNC_BATCH_SIZE", SyncSettings.DEFAULT_BATCH_SIZE, 1, 1000));
  }

  private static Duration webhookTimeout(EnvReader env) {
    return Duration.ofMillis(
        env.integer(
            "WEBHOOK_TIMEOUT_MS",
            (int) WebhookTransport.TIMEOUT.toMillis(),
            100,
            (int) WebhookTransport.TIMEOUT.toMillis()));
  }

  private static AppConfig.Http http(EnvReader env) {
    String host = env.string("HOST", DEFAULT_HOST);
    if (!LISTEN_HOST.matcher(host).matches()) {
      env.problem(
          "HOST: must be an IP address or a host name of this machine, like 0.0.0.0 (every"
              + " interface) or 127.0.0.1, was '"
              + host
              + "'");
    }
    int port = env.integer("PORT", 8080, 0, 65_535);
    URI publicBaseUrl =
        env.httpUrl("PUBLIC_BASE_URL", "http://localhost:" + port)
            .orElse(URI.create("http://localhost:" + port));
    Optional<String> adminKey = env.optional("ADMIN_API_KEY");
    if (adminKey.isPresent() && adminKey.get().length() < MIN_ADMIN_KEY_LENGTH) {
      env.problem("ADMIN_API_KEY: must be at least " + MIN_ADMIN_KEY_LENGTH + " characters long");
    }
    List<String> origins = env.list("CORS_ORIGINS", "");
    for (String origin : origins) {
      if (!origin.equals("*") && !origin.matches("https?://[^/\\s]+")) {
        env.problem(
            "CORS_ORIGINS: '" + origin + "' is not an origin like https://example.com or *");
      }
    }
    return new AppConfig.Http(
        host,
        port,
        publicBaseUrl,
        adminKey,
        env.integer("MAX_BODY_BYTES", 65_536, 1024, 10 * 1024 * 1024),
        env.integer("RATE_LIMIT_BOOKINGS_PER_MINUTE", 20, 0, MAX),
        origins,
        env.flag("METRICS_PUBLIC", true));
  }

  private static AppConfig.Database database(EnvReader env) {
    String url = env.string("DATABASE_URL", "jdbc:h2:file:./data/booking");
    if (!url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:postgresql:")) {
      env.problem(
          "DATABASE_URL: must be a jdbc:h2: or jdbc:postgresql: URL, was '"
              + url.split("\\?", 2)[0]
              + "'");
    }
    return new AppConfig.Database(
        url, env.string("DATABASE_USER", ""), env.string("DATABASE_PASSWORD", ""));
  }

  private static Optional<String> manageTokenSecret(EnvReader env) {
    Optional<String> secret = env.optional("MANAGE_TOKEN_SECRET");
    if (secret.isPresent()
        && secret.get().getBytes(StandardCharsets.UTF_8).length < MIN_SECRET_BYTES) {
      env.problem("MANAGE_TOKEN_SECRET: must hold at least " + MIN_SECRET_BYTES + " bytes");
    }
    return secret;
  }
}
