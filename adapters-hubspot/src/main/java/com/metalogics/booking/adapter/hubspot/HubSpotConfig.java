package com.metalogics.booking.adapter.hubspot;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Settings of the HubSpot adapter, built by {@link #builder()}, which checks every setting at once,
 * so a config that exists is usable. {@link #toString()} and the problems never print the token.
 *
 * <pre>{@code
 * HubSpotConfig config = HubSpotConfig.builder().accessToken(token).build();
 * }</pre>
 */
public final class HubSpotConfig {

  private static final URI DEFAULT_BASE_URL = URI.create("https://api.hubapi.com");
  private static final Pattern PROPERTY_NAME = Pattern.compile("^[a-z][a-z0-9_]{0,99}$");
  private static final Set<String> CONTACT_PROPERTIES =
      Set.of("email", "firstname", "lastname", "company", "phone");

  private final String accessToken;
  private final URI baseUrl;
  private final boolean requirePrivateAppToken;
  private final int maxAttempts;
  private final Duration retryDelay;
  private final int requestsPer10Seconds;
  private final int searchesPerSecond;
  private final Optional<String> statusProperty;
  private final Map<String, String> extraProperties;
  private final Map<String, String> sourceProperties;

  /** The lead-source fields {@link #sourceProperties()} may map. */
  public static final List<String> SOURCE_FIELDS =
      List.of("utmSource", "utmMedium", "utmCampaign", "utmTerm", "utmContent", "referrer");

  private final Duration callTimeout;
  private final int circuitFailureThreshold;
  private final Duration circuitResetTimeout;

  private HubSpotConfig(Builder b) {
    accessToken = b.accessToken;
    baseUrl = b.baseUrl;
    requirePrivateAppToken = b.requirePrivateAppToken;
    maxAttempts = b.maxAttempts;
    retryDelay = b.retryDelay;
    requestsPer10Seconds = b.requestsPer10Seconds;
    searchesPerSecond = b.searchesPerSecond;
    statusProperty = b.statusProperty;
    extraProperties = Map.copyOf(b.extraProperties);
    sourceProperties = Map.copyOf(b.sourceProperties);
    callTimeout = b.callTimeout;
    circuitFailureThreshold = b.circuitFailureThreshold;
    circuitResetTimeout = b.circuitResetTimeout;
  }

  /**
   * A builder with the seed's defaults: HubSpot's own server, a private-app token required, 3
   * attempts from 1 s backoff, 100 calls per 10 s and 4 searches per second, notes only, 10 s per
   * call, a circuit opening after 5 failures for 30 s.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this config's settings, to derive a changed one. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The private-app token ({@code HUBSPOT_ACCESS_TOKEN}). */
  public String accessToken() {
    return accessToken;
  }

  /** HubSpot's API root, another server in tests. */
  public URI baseUrl() {
    return baseUrl;
  }

  /** Whether the token must look like a private-app token. */
  public boolean requirePrivateAppToken() {
    return requirePrivateAppToken;
  }

  /** Attempts of one operation, the first included: 3 means at most 3 tries. */
  public int maxAttempts() {
    return maxAttempts;
  }

  /** Backoff before the second attempt, doubled (with jitter) before each further one. */
  public Duration retryDelay() {
    return retryDelay;
  }

  /** Client-side limit of all calls, per rolling 10 seconds. */
  public int requestsPer10Seconds() {
    return requestsPer10Seconds;
  }

  /** Client-side limit of search calls, per second. */
  public int searchesPerSecond() {
    return searchesPerSecond;
  }

  /** Contact property that receives the booking status; empty: notes only. */
  public Optional<String> statusProperty() {
    return statusProperty;
  }

  /**
   * Lead-source field ({@code utmSource}, {@code utmMedium}, {@code utmCampaign}, {@code utmTerm},
   * {@code utmContent}, {@code referrer}) to the contact property that receives it; empty (the
   * default): the lead source is named in the note only.
   */
  public Map<String, String> sourceProperties() {
    return sourceProperties;
  }

  /** Fixed contact properties written on every upsert (e.g. a lead source). */
  public Map<String, String> extraProperties() {
    return extraProperties;
  }

  /** Time limit of one HTTP call, and of waiting for a rate-limit permit. */
  public Duration callTimeout() {
    return callTimeout;
  }

  /** Consecutive failures that open the circuit. */
  public int circuitFailureThreshold() {
    return circuitFailureThreshold;
  }

  /** How long the circuit stays open before a trial call. */
  public Duration circuitResetTimeout() {
    return circuitResetTimeout;
  }

  /** The token's first segment only, e.g. {@code pat-na1-***}: safe for logs. */
  public String maskedToken() {
    return AccessTokens.masked(accessToken);
  }

  @Override
  public String toString() {
    return ("HubSpotConfig[accessToken=%s, baseUrl=%s, requirePrivateAppToken=%s, maxAttempts=%d,"
            + " retryDelay=%s, requestsPer10Seconds=%d, searchesPerSecond=%d, statusProperty=%s,"
            + " extraProperties=%s, callTimeout=%s, circuitFailureThreshold=%d,"
            + " circuitResetTimeout=%s]")
        .formatted(
            maskedToken(),
            baseUrl,
            requirePrivateAppToken,
            maxAttempts,
            retryDelay,
            requestsPer10Seconds,
            searchesPerSecond,
            statusProperty,
            extraProperties.keySet(),
            callTimeout,
            circuitFailureThreshold,
            circuitResetTimeout);
  }

  /** Collects the settings; {@link #build()} reports every missing or bad one at once. */
  public static final class Builder {
    private String accessToken;
    private URI baseUrl = DEFAULT_BASE_URL;
    private boolean requirePrivateAppToken = true;
    private int maxAttempts = 3;
    private Duration retryDelay = Duration.ofSeconds(1);
    private int requestsPer10Seconds = 100;
    private int searchesPerSecond = 4;
    private Optional<String> statusProperty = Optional.empty();
    private Map<String, String> extraProperties = Map.of();
    private Map<String, String> sourceProperties = Map.of();
    private Duration callTimeout = Duration.ofSeconds(10);
    private int circuitFailureThreshold = 5;
    private Duration circuitResetTimeout = Duration.ofSeconds(30);

    private Builder() {}

    private Builder(HubSpotConfig from) {
      accessToken = from.accessToken;
      baseUrl = from.baseUrl;
      requirePrivateAppToken = from.requirePrivateAppToken;
      maxAttempts = from.maxAttempts;
      retryDelay = from.retryDelay;
      requestsPer10Seconds = from.requestsPer10Seconds;
      searchesPerSecond = from.searchesPerSecond;
      statusProperty = from.statusProperty;
      extraProperties = from.extraProperties;
      sourceProperties = from.sourceProperties;
      callTimeout = from.callTimeout;
      circuitFailureThreshold = from.circuitFailureThreshold;
      circuitResetTimeout = from.circuitResetTimeout;
    }

    public Builder accessToken(String accessToken) {
      this.accessToken = accessToken;
      return this;
    }

    public Builder baseUrl(URI baseUrl) {
      this.baseUrl = baseUrl;
      return this;
    }

    /** When false, any token that is not the placeholder is accepted. */
    public Builder requirePrivateAppToken(boolean required) {
      this.requirePrivateAppToken = required;
      return this;
    }

    /** Attempts of one operation, the first included; at least 1. */
    public Builder maxAttempts(int maxAttempts) {
      this.maxAttempts = maxAttempts;
      return this;
    }

    public Builder retryDelay(Duration retryDelay) {
      this.retryDelay = retryDelay;
      return this;
    }

    public Builder requestsPer10Seconds(int requests) {
      this.requestsPer10Seconds = requests;
      return this;
    }

    public Builder searchesPerSecond(int searches) {
      this.searchesPerSecond = searches;
      return this;
    }

    public Builder statusProperty(String property) {
      this.statusProperty = Optional.ofNullable(property);
      return this;
    }

    public Builder sourceProperties(Map<String, String> properties) {
      this.sourceProperties = properties;
      return this;
    }

    public Builder extraProperties(Map<String, String> properties) {
      this.extraProperties = properties;
      return this;
    }

    public Builder callTimeout(Duration timeout) {
      this.callTimeout = timeout;
      return this;
    }

    public Builder circuitFailureThreshold(int threshold) {
      this.circuitFailureThreshold = threshold;
      return this;
    }

    public Builder circuitResetTimeout(Duration timeout) {
      this.circuitResetTimeout = timeout;
      return this;
    }

    /** Every problem of the settings so far, empty when {@link #build()} succeeds. */
    public List<String> problems() {
      List<String> problems =
          new ArrayList<>(AccessTokens.problems(accessToken, requirePrivateAppToken));
      if (baseUrl == null
          || !baseUrl.isAbsolute()
          || !("https".equals(baseUrl.getScheme()) || "http".equals(baseUrl.getScheme()))
          || baseUrl.getHost() == null) {
        problems.add("HUBSPOT_BASE_URL must be an absolute http(s) URL");
      }
      requireAtLeastOne(problems, "HUBSPOT_RETRY_ATTEMPTS", maxAttempts);
      requirePositive(problems, "HUBSPOT_RETRY_DELAY", retryDelay);
      requireAtLeastOne(problems, "requestsPer10Seconds", requestsPer10Seconds);
      requireAtLeastOne(problems, "searchesPerSecond", searchesPerSecond);
      statusProperty
          .filter(p -> !isUsableProperty(p))
          .ifPresent(p -> problems.add("statusProperty is not a usable custom property name"));
      if (sourceProperties == null) {
        problems.add("HUBSPOT_SOURCE_PROPERTIES is missing");
      } else {
        sourceProperties.forEach(
            (field, property) -> {
              if (!SOURCE_FIELDS.contains(field)) {
                problems.add(
                    "HUBSPOT_SOURCE_PROPERTIES: '" + field + "' is not a lead-source field");
              }
              if (!isUsableProperty(property)) {
                problems.add(
                    "HUBSPOT_SOURCE_PROPERTIES: '" + property + "' is not a usable property name");
              }
            });
      }
      if (extraProperties == null) {
        problems.add("extraProperties is missing");
      } else {
        extraProperties.keySet().stream()
            .filter(p -> !isUsableProperty(p))
            .sorted()
            .forEach(
                p -> problems.add("extraProperties: '" + p + "' is not a usable property name"));
      }
      requirePositive(problems, "callTimeout", callTimeout);
      requireAtLeastOne(problems, "circuitFailureThreshold", circuitFailureThreshold);
      requirePositive(problems, "circuitResetTimeout", circuitResetTimeout);
      return List.copyOf(problems);
    }

    /**
     * @throws IllegalArgumentException naming every problem {@link #problems()} lists
     */
    public HubSpotConfig build() {
      List<String> problems = problems();
      if (!problems.isEmpty()) {
        throw new IllegalArgumentException("HubSpotConfig: " + String.join("; ", problems));
      }
      return new HubSpotConfig(this);
    }

    private static void requireAtLeastOne(List<String> problems, String name, int value) {
      if (value < 1) {
        problems.add(name + " must be at least 1");
      }
    }

    private static void requirePositive(List<String> problems, String name, Duration value) {
      if (value == null || value.isZero() || value.isNegative()) {
        problems.add(name + " must be positive");
      }
    }

    private static boolean isUsableProperty(String name) {
      return PROPERTY_NAME.matcher(name).matches() && !CONTACT_PROPERTIES.contains(name);
    }
  }
}
