package com.metalogics.booking.adapter.hubspot;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Settings of the HubSpot adapter. {@link #toString()} never prints the token.
 *
 * @param accessToken the private-app token ({@code HUBSPOT_ACCESS_TOKEN})
 * @param baseUrl HubSpot's API root ({@code HUBSPOT_BASE_URL}), another server in tests
 * @param requirePrivateAppToken whether the token must look like a private-app token
 * @param retryAttempts how often a failed call is retried ({@code HUBSPOT_RETRY_ATTEMPTS})
 * @param retryDelay first backoff delay, doubled on each retry ({@code HUBSPOT_RETRY_DELAY})
 * @param requestsPer10Seconds client-side limit of all calls, per rolling 10 seconds
 * @param searchesPerSecond client-side limit of search calls, per second
 * @param statusProperty contact property that receives the booking status; empty: notes only
 * @param extraProperties fixed contact properties written on every upsert (e.g. a lead source)
 * @param callTimeout time limit of one HTTP call, and of waiting for a rate-limit permit
 * @param circuitFailureThreshold consecutive failures that open the circuit
 * @param circuitResetTimeout how long the circuit stays open before a trial call
 */
public record HubSpotConfig(
    String accessToken,
    URI baseUrl,
    boolean requirePrivateAppToken,
    int retryAttempts,
    Duration retryDelay,
    int requestsPer10Seconds,
    int searchesPerSecond,
    Optional<String> statusProperty,
    Map<String, String> extraProperties,
    Duration callTimeout,
    int circuitFailureThreshold,
    Duration circuitResetTimeout) {

  public static final URI DEFAULT_BASE_URL = URI.create("https://api.hubapi.com");

  /** The value the seed's example environment ships with; never a real token. */
  public static final String PLACEHOLDER_TOKEN = "your-hubspot-access-token";

  private static final Pattern PRIVATE_APP_TOKEN = Pattern.compile("^pat-[a-z0-9]+-[0-9a-f-]{36}$");
  private static final Pattern PROPERTY_NAME = Pattern.compile("^[a-z][a-z0-9_]{0,99}$");
  private static final Set<String> CONTACT_PROPERTIES =
      Set.of("email", "firstname", "lastname", "company", "phone");

  public HubSpotConfig {
    Objects.requireNonNull(accessToken, "accessToken");
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(retryDelay, "retryDelay");
    Objects.requireNonNull(statusProperty, "statusProperty");
    Objects.requireNonNull(callTimeout, "callTimeout");
    Objects.requireNonNull(circuitResetTimeout, "circuitResetTimeout");
    extraProperties = Map.copyOf(Objects.requireNonNull(extraProperties, "extraProperties"));
  }

  /** The seed's defaults: HubSpot's own server, 3 retries from 1 s, 100 calls per 10 s. */
  public static HubSpotConfig defaults(String accessToken) {
    return new HubSpotConfig(
        accessToken,
        DEFAULT_BASE_URL,
        true,
        3,
        Duration.ofSeconds(1),
        100,
        4,
        Optional.empty(),
        Map.of(),
        Duration.ofSeconds(10),
        5,
        Duration.ofSeconds(30));
  }

  public HubSpotConfig withBaseUrl(URI url) {
    return copy(c -> c.baseUrl = url);
  }

  public HubSpotConfig withRetry(int attempts, Duration delay) {
    return copy(
        c -> {
          c.retryAttempts = attempts;
          c.retryDelay = delay;
        });
  }

  public HubSpotConfig withRateLimits(int requests, int searches) {
    return copy(
        c -> {
          c.requestsPer10Seconds = requests;
          c.searchesPerSecond = searches;
        });
  }

  public HubSpotConfig withStatusProperty(String property) {
    return copy(c -> c.statusProperty = Optional.of(property));
  }

  public HubSpotConfig withExtraProperties(Map<String, String> properties) {
    return copy(c -> c.extraProperties = properties);
  }

  public HubSpotConfig withCallTimeout(Duration timeout) {
    return copy(c -> c.callTimeout = timeout);
  }

  public HubSpotConfig withCircuit(int failureThreshold, Duration resetTimeout) {
    return copy(
        c -> {
          c.circuitFailureThreshold = failureThreshold;
          c.circuitResetTimeout = resetTimeout;
        });
  }

  /** Every problem of these settings at once; empty when they are usable. */
  public static List<String> validate(HubSpotConfig config) {
    List<String> problems =
        new ArrayList<>(validateToken(config.accessToken(), config.requirePrivateAppToken()));
    URI url = config.baseUrl();
    if (!url.isAbsolute()
        || !("https".equals(url.getScheme()) || "http".equals(url.getScheme()))
        || url.getHost() == null) {
      problems.add("HUBSPOT_BASE_URL must be an absolute http(s) URL");
    }
    requireAtLeast(problems, "HUBSPOT_RETRY_ATTEMPTS", config.retryAttempts(), 0);
    requirePositive(problems, "HUBSPOT_RETRY_DELAY", config.retryDelay());
    requireAtLeast(problems, "requestsPer10Seconds", config.requestsPer10Seconds(), 1);
    requireAtLeast(problems, "searchesPerSecond", config.searchesPerSecond(), 1);
    config
        .statusProperty()
        .filter(p -> !isUsableProperty(p))
        .ifPresent(p -> problems.add("statusProperty is not a usable custom property name"));
    config.extraProperties().keySet().stream()
        .filter(p -> !isUsableProperty(p))
        .sorted()
        .forEach(p -> problems.add("extraProperties: '" + p + "' is not a usable property name"));
    requirePositive(problems, "callTimeout", config.callTimeout());
    requireAtLeast(problems, "circuitFailureThreshold", config.circuitFailureThreshold(), 1);
    requirePositive(problems, "circuitResetTimeout", config.circuitResetTimeout());
    return List.copyOf(problems);
  }

  /**
   * Start-up check of {@code HUBSPOT_ACCESS_TOKEN}; the messages never contain the token.
   *
   * @param requirePrivateAppToken when false, any non-placeholder shape is accepted
   */
  public static List<String> validateToken(String token, boolean requirePrivateAppToken) {
    if (token == null || token.isBlank()) {
      return List.of("HUBSPOT_ACCESS_TOKEN is missing");
    }
    if (token.trim().equals(PLACEHOLDER_TOKEN)) {
      return List.of("HUBSPOT_ACCESS_TOKEN is still the example placeholder");
    }
    if (!token.equals(token.trim())) {
      return List.of("HUBSPOT_ACCESS_TOKEN has leading or trailing whitespace");
    }
    if (requirePrivateAppToken && !PRIVATE_APP_TOKEN.matcher(token).matches()) {
      return List.of(
          "HUBSPOT_ACCESS_TOKEN does not look like a private-app token (pat-<region>-<id>)");
    }
    return List.of();
  }

  /** The token's first segment only, e.g. {@code pat-na1-***}: safe for logs. */
  public String maskedToken() {
    int second = accessToken.indexOf('-', accessToken.indexOf('-') + 1);
    return second > 0 && accessToken.startsWith("pat-")
        ? accessToken.substring(0, second + 1) + "***"
        : "***";
  }

  @Override
  public String toString() {
    return "HubSpotConfig[accessToken="
        + maskedToken()
        + ", baseUrl="
        + baseUrl
        + ", requirePrivateAppToken="
        + requirePrivateAppToken
        + ", retryAttempts="
        + retryAttempts
        + ", retryDelay="
        + retryDelay
        + ", requestsPer10Seconds="
        + requestsPer10Seconds
        + ", searchesPerSecond="
        + searchesPerSecond
        + ", statusProperty="
        + statusProperty
        + ", extraProperties="
        + extraProperties.keySet()
        + ", callTimeout="
        + callTimeout
        + ", circuitFailureThreshold="
        + circuitFailureThreshold
        + ", circuitResetTimeout="
        + circuitResetTimeout
        + "]";
  }

  private static void requireAtLeast(List<String> problems, String name, int value, int min) {
    if (value < min) {
      problems.add(name + " must be at least " + min);
    }
  }

  private static void requirePositive(List<String> problems, String name, Duration value) {
    if (value.isZero() || value.isNegative()) {
      problems.add(name + " must be positive");
    }
  }

  private static boolean isUsableProperty(String name) {
    return PROPERTY_NAME.matcher(name).matches() && !CONTACT_PROPERTIES.contains(name);
  }

  /** This config with the changes {@code change} makes to a mutable copy of its components. */
  private HubSpotConfig copy(Consumer<Components> change) {
    Components c = new Components(this);
    change.accept(c);
    return new HubSpotConfig(
        c.accessToken,
        c.baseUrl,
        c.requirePrivateAppToken,
        c.retryAttempts,
        c.retryDelay,
        c.requestsPer10Seconds,
        c.searchesPerSecond,
        c.statusProperty,
        c.extraProperties,
        c.callTimeout,
        c.circuitFailureThreshold,
        c.circuitResetTimeout);
  }

  /** The components as settable fields, so each wither names only what it changes. */
  private static final class Components {
    private final String accessToken;
    private final boolean requirePrivateAppToken;
    private URI baseUrl;
    private int retryAttempts;
    private Duration retryDelay;
    private int requestsPer10Seconds;
    private int searchesPerSecond;
    private Optional<String> statusProperty;
    private Map<String, String> extraProperties;
    private Duration callTimeout;
    private int circuitFailureThreshold;
    private Duration circuitResetTimeout;

    private Components(HubSpotConfig from) {
      accessToken = from.accessToken;
      requirePrivateAppToken = from.requirePrivateAppToken;
      baseUrl = from.baseUrl;
      retryAttempts = from.retryAttempts;
      retryDelay = from.retryDelay;
      requestsPer10Seconds = from.requestsPer10Seconds;
      searchesPerSecond = from.searchesPerSecond;
      statusProperty = from.statusProperty;
      extraProperties = from.extraProperties;
      callTimeout = from.callTimeout;
      circuitFailureThreshold = from.circuitFailureThreshold;
      circuitResetTimeout = from.circuitResetTimeout;
    }
  }
}
