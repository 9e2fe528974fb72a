package com.metalogics.booking.adapter.google;

import com.metalogics.booking.adapter.google.internal.KeyFileCheck;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Everything {@link GoogleCalendarAdapter} needs. {@code rootUrl} null means Google's own server;
 * {@code retryAttempts} counts every attempt, the first included; {@code delegatedUser} is the
 * Workspace user the service account impersonates (domain-wide delegation), the only way Google
 * lets a service account invite attendees.
 */
public record GoogleCalendarConfig(
    Path keyFile,
    String calendarId,
    String rootUrl,
    ZoneId timeZone,
    String publicBaseUrl,
    Optional<String> delegatedUser,
    String sendUpdates,
    int retryAttempts,
    Duration retryDelay,
    int circuitFailureThreshold,
    Duration circuitResetTimeout,
    Duration circuitMonitoringPeriod,
    Duration callTimeout) {

  /** The values Google accepts for the {@code sendUpdates} parameter. */
  public static final Set<String> SEND_UPDATES = Set.of("none", "all", "externalOnly");

  public GoogleCalendarConfig {
    Objects.requireNonNull(keyFile, "keyFile");
    Objects.requireNonNull(calendarId, "calendarId");
    Objects.requireNonNull(timeZone, "timeZone");
    Objects.requireNonNull(publicBaseUrl, "publicBaseUrl");
    Objects.requireNonNull(delegatedUser, "delegatedUser");
    Objects.requireNonNull(sendUpdates, "sendUpdates");
    Objects.requireNonNull(retryDelay, "retryDelay");
    Objects.requireNonNull(circuitResetTimeout, "circuitResetTimeout");
    Objects.requireNonNull(circuitMonitoringPeriod, "circuitMonitoringPeriod");
    Objects.requireNonNull(callTimeout, "callTimeout");
    List<String> problems = new ArrayList<>();
    if (calendarId.isBlank()) {
      problems.add("calendarId is blank");
    }
    if (!SEND_UPDATES.contains(sendUpdates)) {
      problems.add("sendUpdates must be one of none, all, externalOnly but was " + sendUpdates);
    }
    requireAtLeastOne(problems, "retryAttempts", retryAttempts);
    requirePositive(problems, "retryDelay", retryDelay);
    requireAtLeastOne(problems, "circuitFailureThreshold", circuitFailureThreshold);
    requirePositive(problems, "circuitResetTimeout", circuitResetTimeout);
    requirePositive(problems, "circuitMonitoringPeriod", circuitMonitoringPeriod);
    requirePositive(problems, "callTimeout", callTimeout);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", problems));
    }
    publicBaseUrl = publicBaseUrl.endsWith("/") ? stripSlash(publicBaseUrl) : publicBaseUrl;
  }

  /**
   * The seed's defaults: Google's server, no delegation, no mails from Google, 3 attempts from 1 s
   * backoff, circuit opening after 5 failures in 60 s for 30 s, 10 s per call.
   */
  public static GoogleCalendarConfig defaults(
      Path keyFile, String calendarId, ZoneId timeZone, String publicBaseUrl) {
    return new GoogleCalendarConfig(
        keyFile,
        calendarId,
        null,
        timeZone,
        publicBaseUrl,
        Optional.empty(),
        "none",
        3,
        Duration.ofSeconds(1),
        5,
        Duration.ofSeconds(30),
        Duration.ofSeconds(60),
        Duration.ofSeconds(10));
  }

  /**
   * Start-up check of what the environment gave, reporting every problem at once: the key file
   * exists, is readable JSON and carries {@code client_id}, {@code client_email}, {@code
   * private_key}, {@code private_key_id} and {@code token_uri}; the calendar id is not blank; the
   * zone is a valid zone id.
   */
  public static List<String> validate(Path keyFile, String calendarId, String timeZone) {
    List<String> problems = new ArrayList<>(KeyFileCheck.problems(keyFile));
    if (calendarId == null || calendarId.isBlank()) {
      problems.add("GOOGLE_CALENDAR_ID is blank");
    }
    if (timeZone == null || timeZone.isBlank()) {
      problems.add("GOOGLE_CALENDAR_TIMEZONE is blank");
    } else {
      try {
        ZoneId.of(timeZone.trim());
      } catch (DateTimeException e) {
        problems.add("GOOGLE_CALENDAR_TIMEZONE '" + timeZone + "' is not a valid time zone");
      }
    }
    return List.copyOf(problems);
  }

  public GoogleCalendarConfig withRootUrl(String url) {
    return copy(c -> c.rootUrl = url);
  }

  public GoogleCalendarConfig withDelegation(Optional<String> user, String updates) {
    return copy(
        c -> {
          c.delegatedUser = user;
          c.sendUpdates = updates;
        });
  }

  public GoogleCalendarConfig withRetry(int attempts, Duration delay) {
    return copy(
        c -> {
          c.retryAttempts = attempts;
          c.retryDelay = delay;
        });
  }

  public GoogleCalendarConfig withCircuit(int threshold, Duration reset, Duration period) {
    return copy(
        c -> {
          c.circuitFailureThreshold = threshold;
          c.circuitResetTimeout = reset;
          c.circuitMonitoringPeriod = period;
        });
  }

  public GoogleCalendarConfig withCallTimeout(Duration timeout) {
    return copy(c -> c.callTimeout = timeout);
  }

  private static void requireAtLeastOne(List<String> problems, String name, int value) {
    if (value < 1) {
      problems.add(name + " must be at least 1 but was " + value);
    }
  }

  private static void requirePositive(List<String> problems, String name, Duration value) {
    if (value.isNegative() || value.isZero()) {
      problems.add(name + " must be positive but was " + value);
    }
  }

  /** This config with the changes {@code change} makes to a mutable copy of its components. */
  private GoogleCalendarConfig copy(Consumer<Components> change) {
    Components c = new Components(this);
    change.accept(c);
    return new GoogleCalendarConfig(
        c.keyFile,
        c.calendarId,
        c.rootUrl,
        c.timeZone,
        c.publicBaseUrl,
        c.delegatedUser,
        c.sendUpdates,
        c.retryAttempts,
        c.retryDelay,
        c.circuitFailureThreshold,
        c.circuitResetTimeout,
        c.circuitMonitoringPeriod,
        c.callTimeout);
  }

  private static String stripSlash(String url) {
    String out = url;
    while (out.endsWith("/")) {
      out = out.substring(0, out.length() - 1);
    }
    return out;
  }

  /** The components as settable fields, so each wither names only what it changes. */
  private static final class Components {
    private final Path keyFile;
    private final String calendarId;
    private final ZoneId timeZone;
    private final String publicBaseUrl;
    private String rootUrl;
    private Optional<String> delegatedUser;
    private String sendUpdates;
    private int retryAttempts;
    private Duration retryDelay;
    private int circuitFailureThreshold;
    private Duration circuitResetTimeout;
    private Duration circuitMonitoringPeriod;
    private Duration callTimeout;

    private Components(GoogleCalendarConfig from) {
      keyFile = from.keyFile;
      calendarId = from.calendarId;
      timeZone = from.timeZone;
      publicBaseUrl = from.publicBaseUrl;
      rootUrl = from.rootUrl;
      delegatedUser = from.delegatedUser;
      sendUpdates = from.sendUpdates;
      retryAttempts = from.retryAttempts;
      retryDelay = from.retryDelay;
      circuitFailureThreshold = from.circuitFailureThreshold;
      circuitResetTimeout = from.circuitResetTimeout;
      circuitMonitoringPeriod = from.circuitMonitoringPeriod;
      callTimeout = from.callTimeout;
    }
  }
}
