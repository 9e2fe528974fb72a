package com.metalogics.booking.adapter.google;

import com.metalogics.booking.adapter.google.internal.KeyFileCheck;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Everything {@link GoogleCalendarAdapter} needs, built by {@link #builder()}, which checks every
 * setting at once (the key file included), so a config that exists is usable.
 *
 * <pre>{@code
 * GoogleCalendarConfig config = GoogleCalendarConfig.builder()
 *     .keyFile(Path.of("key.json"))
 *     .calendarId("owner@example.com")
 *     .timeZone(ZoneId.of("Europe/Berlin"))
 *     .publicBaseUrl("https://book.example.com")
 *     .build();
 * }</pre>
 */
public final class GoogleCalendarConfig {

  /** The values Google accepts for the {@code sendUpdates} parameter. */
  public static final Set<String> SEND_UPDATES = Set.of("none", "all", "externalOnly");

  private final Path keyFile;
  private final String calendarId;
  private final Optional<String> rootUrl;
  private final ZoneId timeZone;
  private final String publicBaseUrl;
  private final Optional<String> delegatedUser;
  private final String sendUpdates;
  private final int maxAttempts;
  private final Duration retryDelay;
  private final int circuitFailureThreshold;
  private final Duration circuitResetTimeout;
  private final Duration circuitMonitoringPeriod;
  private final Duration callTimeout;

  private GoogleCalendarConfig(Builder b) {
    keyFile = b.keyFile;
    calendarId = b.calendarId;
    rootUrl = b.rootUrl;
    timeZone = b.timeZone;
    publicBaseUrl = b.publicBaseUrl.replaceFirst("/+$", "");
    delegatedUser = b.delegatedUser;
    sendUpdates = b.sendUpdates;
    maxAttempts = b.maxAttempts;
    retryDelay = b.retryDelay;
    circuitFailureThreshold = b.circuitFailureThreshold;
    circuitResetTimeout = b.circuitResetTimeout;
    circuitMonitoringPeriod = b.circuitMonitoringPeriod;
    callTimeout = b.callTimeout;
  }

  /**
   * A builder with the seed's defaults: Google's server, no delegation, no mails from Google, 3
   * attempts from 1 s backoff, circuit opening after 5 failures in 60 s for 30 s, 10 s per call.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this config's settings, to derive a changed one. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The service-account key file (JSON, as Google issues it). */
  public Path keyFile() {
    return keyFile;
  }

  /**
   * The configured calendar ({@code GOOGLE_CALENDAR_ID}): the port's default calendar, for hosts
   * who name none. Other hosts' calendars need only be shared with the service account.
   */
  public String calendarId() {
    return calendarId;
  }

  /** Another server than Google's, for emulators and tests; empty means Google's own. */
  public Optional<String> rootUrl() {
    return rootUrl;
  }

  public ZoneId timeZone() {
    return timeZone;
  }

  /** The base of manage links put into events, without a trailing slash. */
  public String publicBaseUrl() {
    return publicBaseUrl;
  }

  /**
   * The Workspace user the service account impersonates (domain-wide delegation), the only way
   * Google lets a service account invite attendees.
   */
  public Optional<String> delegatedUser() {
    return delegatedUser;
  }

  public String sendUpdates() {
    return sendUpdates;
  }

  /** Attempts of one call, the first included: 3 means at most 3 requests. */
  public int maxAttempts() {
    return maxAttempts;
  }

  /** Backoff before the second attempt, doubled (with jitter) before each further one. */
  public Duration retryDelay() {
    return retryDelay;
  }

  public int circuitFailureThreshold() {
    return circuitFailureThreshold;
  }

  public Duration circuitResetTimeout() {
    return circuitResetTimeout;
  }

  public Duration circuitMonitoringPeriod() {
    return circuitMonitoringPeriod;
  }

  public Duration callTimeout() {
    return callTimeout;
  }

  @Override
  public String toString() {
    return ("GoogleCalendarConfig[keyFile=%s, calendarId=%s, rootUrl=%s, timeZone=%s,"
            + " maxAttempts=%d, retryDelay=%s, callTimeout=%s]")
        .formatted(
            keyFile,
            calendarId,
            rootUrl.orElse("Google"),
            timeZone,
            maxAttempts,
            retryDelay,
            callTimeout);
  }

  /** Collects the settings; {@link #build()} reports every missing or bad one at once. */
  public static final class Builder {
    private Path keyFile;
    private String calendarId;
    private Optional<String> rootUrl = Optional.empty();
    private ZoneId timeZone;
    private String publicBaseUrl;
    private Optional<String> delegatedUser = Optional.empty();
    private String sendUpdates = "none";
    private int maxAttempts = 3;
    private Duration retryDelay = Duration.ofSeconds(1);
    private int circuitFailureThreshold = 5;
    private Duration circuitResetTimeout = Duration.ofSeconds(30);
    private Duration circuitMonitoringPeriod = Duration.ofSeconds(60);
    private Duration callTimeout = Duration.ofSeconds(10);

    private Builder() {}

    private Builder(GoogleCalendarConfig from) {
      keyFile = from.keyFile;
      calendarId = from.calendarId;
      rootUrl = from.rootUrl;
      timeZone = from.timeZone;
      publicBaseUrl = from.publicBaseUrl;
      delegatedUser = from.delegatedUser;
      sendUpdates = from.sendUpdates;
      maxAttempts = from.maxAttempts;
      retryDelay = from.retryDelay;
      circuitFailureThreshold = from.circuitFailureThreshold;
      circuitResetTimeout = from.circuitResetTimeout;
      circuitMonitoringPeriod = from.circuitMonitoringPeriod;
      callTimeout = from.callTimeout;
    }

    public Builder keyFile(Path keyFile) {
      this.keyFile = keyFile;
      return this;
    }

    public Builder calendarId(String calendarId) {
      this.calendarId = calendarId;
      return this;
    }

    public Builder rootUrl(Optional<String> rootUrl) {
      this.rootUrl = rootUrl;
      return this;
    }

    public Builder timeZone(ZoneId timeZone) {
      this.timeZone = timeZone;
      return this;
    }

    public Builder publicBaseUrl(String publicBaseUrl) {
      this.publicBaseUrl = publicBaseUrl;
      return this;
    }

    public Builder delegatedUser(Optional<String> delegatedUser) {
      this.delegatedUser = delegatedUser;
      return this;
    }

    /** One of {@link #SEND_UPDATES}: whom Google itself mails about event changes. */
    public Builder sendUpdates(String sendUpdates) {
      this.sendUpdates = sendUpdates;
      return this;
    }

    /** Attempts of one call, the first included; at least 1. */
    public Builder maxAttempts(int maxAttempts) {
      this.maxAttempts = maxAttempts;
      return this;
    }

    public Builder retryDelay(Duration retryDelay) {
      this.retryDelay = retryDelay;
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

    public Builder circuitMonitoringPeriod(Duration period) {
      this.circuitMonitoringPeriod = period;
      return this;
    }

    public Builder callTimeout(Duration timeout) {
      this.callTimeout = timeout;
      return this;
    }

    /**
     * Every problem of the settings so far, empty when {@link #build()} succeeds. The key file must
     * exist and carry the fields Google's library reads; messages never quote the key.
     */
    public List<String> problems() {
      List<String> problems = new ArrayList<>(KeyFileCheck.problems(keyFile));
      if (calendarId == null || calendarId.isBlank()) {
        problems.add("calendarId is blank");
      }
      require(problems, "timeZone", timeZone);
      require(problems, "publicBaseUrl", publicBaseUrl);
      require(problems, "rootUrl", rootUrl);
      require(problems, "delegatedUser", delegatedUser);
      if (sendUpdates == null || !SEND_UPDATES.contains(sendUpdates)) {
        problems.add("sendUpdates must be one of none, all, externalOnly but was " + sendUpdates);
      }
      requireAtLeastOne(problems, "maxAttempts", maxAttempts);
      requirePositive(problems, "retryDelay", retryDelay);
      requireAtLeastOne(problems, "circuitFailureThreshold", circuitFailureThreshold);
      requirePositive(problems, "circuitResetTimeout", circuitResetTimeout);
      requirePositive(problems, "circuitMonitoringPeriod", circuitMonitoringPeriod);
      requirePositive(problems, "callTimeout", callTimeout);
      return List.copyOf(problems);
    }

    /**
     * @throws IllegalArgumentException naming every problem {@link #problems()} lists
     */
    public GoogleCalendarConfig build() {
      List<String> problems = problems();
      if (!problems.isEmpty()) {
        throw new IllegalArgumentException("GoogleCalendarConfig: " + String.join("; ", problems));
      }
      return new GoogleCalendarConfig(this);
    }

    private static void require(List<String> problems, String name, Object value) {
      if (value == null) {
        problems.add(name + " is missing");
      }
    }

    private static void requireAtLeastOne(List<String> problems, String name, int value) {
      if (value < 1) {
        problems.add(name + " must be at least 1 but was " + value);
      }
    }

    private static void requirePositive(List<String> problems, String name, Duration value) {
      if (value == null) {
        problems.add(name + " is missing");
      } else if (value.isNegative() || value.isZero()) {
        problems.add(name + " must be positive but was " + value);
      }
    }
  }
}
