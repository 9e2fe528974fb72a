package com.metalogics.booking.app;

import com.metalogics.booking.core.application.CalendarFailureMode;
import com.metalogics.booking.core.domain.BookingRules;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The whole service configuration, typed and validated; built by {@link ConfigLoader} from the
 * environment. The records holding secrets print them masked, so a config can be logged safely.
 */
public record AppConfig(
    AppEnv env,
    Http http,
    Database database,
    BookingRules rules,
    CalendarFailureMode calendarFailureMode,
    Google google,
    HubSpot hubspot,
    Optional<Mail> mail,
    Sync sync,
    Optional<String> manageTokenSecret,
    Duration webhookTimeout,
    Duration insightsFlushInterval,
    Twilio twilio,
    Realtime realtime) {

  static final String MASK = "****";

  @Override
  public String toString() {
    return "AppConfig[env=%s, http=%s, database=%s, rules=%s, calendarFailureMode=%s, google=%s, hubspot=%s, mail=%s, sync=%s, manageTokenSecret=%s, webhookTimeout=%s, insightsFlushInterval=%s, twilio=%s, realtime=%s]"
        .formatted(
            env,
            http,
            database,
            rules,
            calendarFailureMode,
            google,
            hubspot,
            mail,
            sync,
            manageTokenSecret.map(s -> MASK),
            webhookTimeout,
            insightsFlushInterval,
            twilio,
            realtime);
  }

  /**
   * Real-time calendars: Google push notifications ({@code GOOGLE_PUSH_ENABLED}, only with an https
   * {@code PUBLIC_BASE_URL}) and the incremental sync every {@code GOOGLE_POLL_SECONDS}.
   */
  public record Realtime(boolean pushEnabled, Duration pollInterval) {}

  /**
   * The HTTP server and what the REST API allows.
   *
   * @param host the address to listen on: an IP address or a host name; 0.0.0.0 is every interface
   */
  public record Http(
      String host,
      int port,
      URI publicBaseUrl,
      Optional<String> adminApiKey,
      int maxBodyBytes,
      int rateLimitBookingsPerMinute,
      List<String> corsOrigins,
      boolean metricsPublic) {

    public Http {
      corsOrigins = List.copyOf(corsOrigins);
    }

    @Override
    public String toString() {
      return "Http[host=%s, port=%d, publicBaseUrl=%s, adminApiKey=%s, maxBodyBytes=%d, rateLimitBookingsPerMinute=%d, corsOrigins=%s, metricsPublic=%s]"
          .formatted(
              host,
              port,
              publicBaseUrl,
              adminApiKey.map(k -> MASK),
              maxBodyBytes,
              rateLimitBookingsPerMinute,
              corsOrigins,
              metricsPublic);
    }
  }

  /** The JDBC database; H2 file by default. */
  public record Database(String url, String user, String password) {

    private static final String H2_PREFIX = "jdbc:h2:";

    /** True for H2, which lives inside this process and cannot be shared by instances. */
    public boolean isEmbedded() {
      return url.toLowerCase(Locale.ROOT).startsWith(H2_PREFIX);
    }

    /** The H2 database file's path without suffix, when the URL names one. */
    public Optional<Path> h2File() {
      if (!isEmbedded()) {
        return Optional.empty();
      }
      String rest = url.substring(H2_PREFIX.length()).split(";", 2)[0];
      if (rest.startsWith("mem:") || rest.startsWith("tcp:") || rest.startsWith("ssl:")) {
        return Optional.empty();
      }
      String file = rest.startsWith("file:") ? rest.substring("file:".length()) : rest;
      if (file.startsWith("~")) {
        file = System.getProperty("user.home") + file.substring(1);
      }
      return Optional.of(Path.of(file));
    }

    /** Where local state lives: next to the H2 file, else {@code ./data}. */
    public Path dataDirectory() {
      return h2File()
          .map(f -> f.toAbsolutePath().normalize().getParent())
          .orElse(Path.of("data").toAbsolutePath().normalize());
    }

    /** For the start-up line: "H2 file ./data/booking" or the URL without its parameters. */
    public String describe() {
      return h2File()
          .map(f -> "H2 file " + f)
          .orElseGet(() -> url.split("\\?", 2)[0].split(";", 2)[0]);
    }

    @Override
    public String toString() {
      return "Database[url=%s, user=%s, password=%s]"
          .formatted(describe(), user, password.isEmpty() ? "" : MASK);
    }
  }

  /**
   * Google Calendar; its settings are parsed (and checked) even while it is off.
   *
   * @param maxAttempts attempts of one call, the first included ({@code
   *     GOOGLE_CALENDAR_RETRY_ATTEMPTS})
   * @param rootUrl another server than Google's, for emulators and tests
   * @param callTimeout limit of one call to Google
   * @param circuitResetTimeout how long calls fail fast after repeated failures
   * @param delegatedUser the Workspace user impersonated (domain-wide delegation); only then can
   *     the attendee be put on the event
   */
  public record Google(
      boolean enabled,
      Path keyFile,
      String calendarId,
      ZoneId timeZone,
      int maxAttempts,
      Duration retryDelay,
      Optional<URI> rootUrl,
      Duration callTimeout,
      Duration circuitResetTimeout,
      Optional<String> delegatedUser) {}

  /**
   * HubSpot CRM.
   *
   * @param maxAttempts attempts of one operation, the first included ({@code
   *     HUBSPOT_RETRY_ATTEMPTS})
   * @param requestsPer10Seconds client-side limit of all calls (HubSpot's own is per app and plan)
   * @param searchesPerSecond client-side limit of search calls
   */
  public record HubSpot(
      boolean enabled,
      Optional<String> accessToken,
      int maxAttempts,
      Duration retryDelay,
      URI baseUrl,
      Duration callTimeout,
      Duration circuitResetTimeout,
      int requestsPer10Seconds,
      int searchesPerSecond,
      Map<String, String> sourceProperties) {

    @Override
    public String toString() {
      return ("HubSpot[enabled=%s, accessToken=%s, maxAttempts=%d, retryDelay=%s, baseUrl=%s,"
              + " callTimeout=%s, circuitResetTimeout=%s, requestsPer10Seconds=%d,"
              + " searchesPerSecond=%d, sourceProperties=%s]")
          .formatted(
              enabled,
              accessToken.map(t -> MASK),
              maxAttempts,
              retryDelay,
              baseUrl,
              callTimeout,
              circuitResetTimeout,
              requestsPer10Seconds,
              searchesPerSecond,
              sourceProperties);
    }
  }

  /**
   * Twilio, for SMS reminders; its settings are parsed (and checked) only while it is on.
   *
   * @param authToken with the account SID as the basic-auth pair, unless an API key is given
   * @param from the sending number; or else {@code messagingServiceSid}
   * @param baseUrl another server than Twilio's, for tests
   */
  public record Twilio(
      boolean enabled,
      String accountSid,
      Optional<String> authToken,
      Optional<String> apiKey,
      Optional<String> apiSecret,
      Optional<String> from,
      Optional<String> messagingServiceSid,
      URI baseUrl,
      int maxAttempts,
      Duration retryDelay,
      Duration callTimeout,
      Duration circuitResetTimeout) {

    @Override
    public String toString() {
      return ("Twilio[enabled=%s, accountSid=%s, authToken=%s, apiKey=%s, apiSecret=%s, from=%s,"
              + " messagingServiceSid=%s, baseUrl=%s, maxAttempts=%d, retryDelay=%s,"
              + " callTimeout=%s, circuitResetTimeout=%s]")
          .formatted(
              enabled,
              accountSid,
              authToken.map(t -> MASK),
              apiKey,
              apiSecret.map(t -> MASK),
              from.map(f -> MASK),
              messagingServiceSid,
              baseUrl,
              maxAttempts,
              retryDelay,
              callTimeout,
              circuitResetTimeout);
    }
  }

  /**
   * Outgoing mail; present only when {@code SMTP_HOST} is set.
   *
   * @param startTls upgrade with STARTTLS when the server offers it
   * @param timeout limit of connecting to, reading from and writing to the server
   */
  public record Mail(
      String host,
      int port,
      Optional<String> username,
      Optional<String> password,
      String from,
      Optional<String> adminEmail,
      boolean startTls,
      Duration timeout) {

    @Override
    public String toString() {
      return "Mail[host=%s, port=%d, username=%s, password=%s, from=%s, adminEmail=%s, startTls=%s, timeout=%s]"
          .formatted(
              host, port, username, password.map(p -> MASK), from, adminEmail, startTls, timeout);
    }
  }

  /**
   * The background sync worker, which runs the effects of booking changes.
   *
   * @param interval pause between the end of one run and the start of the next
   * @param maxAttempts attempts of one effect before it gives up and the admin is alerted (once)
   * @param maxBackoff longest wait between two attempts of one effect
   * @param lease how long a worker's claim on a batch of effects holds when it dies mid-run
   * @param inlineGrace how long the worker leaves a just-written effect to the request that wrote
   *     it
   * @param batchSize effects claimed per batch
   */
  public record Sync(
      Duration interval,
      int maxAttempts,
      Duration maxBackoff,
      Duration lease,
      Duration inlineGrace,
      int batchSize) {

    /** With the default lease, grace and batch size. */
    public Sync(Duration interval, int maxAttempts, Duration maxBackoff) {
      this(
          interval,
          maxAttempts,
          maxBackoff,
          SyncSettings.DEFAULT_LEASE,
          SyncSettings.DEFAULT_INLINE_GRACE,
          SyncSettings.DEFAULT_BATCH_SIZE);
    }
  }
}
