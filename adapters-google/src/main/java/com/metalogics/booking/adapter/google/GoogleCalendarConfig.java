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
    List<String> problems = settingProblems(calendarId, sendUpdates, retryAttempts, retryDelay);
    problems.addAll(circuitProblems(circuitFailureThreshold, circuitResetTimeout));
    problems.addAll(durationProblems(circuitMonitoringPeriod, callTimeout));
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
    return new GoogleCalendarConfig(
        keyFile,
        calendarId,
        url,
        timeZone,
        publicBaseUrl,
        delegatedUser,
        sendUpdates,
        retryAttempts,
        retryDelay,
        circuitFailureThreshold,
        circuitResetTimeout,
        circuitMonitoringPeriod,
        callTimeout);
  }

  public GoogleCalendarConfig withDelegation(Optional<String> user, String updates) {
    return new GoogleCalendarConfig(
        keyFile,
        calendarId,
        rootUrl,
        timeZone,
        publicBaseUrl,
        user,
        updates,
        retryAttempts,
        retryDelay,
        circuitFailureThreshold,
        circuitResetTimeout,
        circuitMonitoringPeriod,
        callTimeout);
  }

  public GoogleCalendarConfig withRetry(int attempts, Duration delay) {
    return new GoogleCalendarConfig(
        keyFile,
        calendarId,
        rootUrl,
        timeZone,
        publicBaseUrl,
        delegatedUser,
        sendUpdates,
        attempts,
        delay,
        circuitFailureThreshold,
        circuitResetTimeout,
        circuitMonitoringPeriod,
        callTimeout);
  }

  public GoogleCalendarConfig withCircuit(int threshold, Duration reset, Duration period) {
    return new GoogleCalendarConfig(
        keyFile,
        calendarId,
        rootUrl,
        timeZone,
        publicBaseUrl,
        delegatedUser,
        sendUpdates,
        retryAttempts,
        retryDelay,
        threshold,
        reset,
        period,
        callTimeout);
  }

  public GoogleCalendarConfig withCallTimeout(Duration timeout) {
    return new GoogleCalendarConfig(
        keyFile,
        calendarId,
        rootUrl,
        timeZone,
        publicBaseUrl,
        delegatedUser,
        sendUpdates,
        retryAttempts,
        retryDelay,
        circuitFailureThreshold,
        circuitResetTimeout,
        circuitMonitoringPeriod,
        timeout);
  }

  private static List<String> settingProblems(
      String calendarId, String sendUpdates, int retryAttempts, Duration retryDelay) {
    List<String> problems = new ArrayList<>();
    if (calendarId.isBlank()) {
      problems.add("calendarId is blank");
    }
    if (!SEND_UPDATES.contains(sendUpdates)) {
      problems.add("sendUpdates must be one of none, all, externalOnly but was " + sendUpdates);
    }
    if (retryAttempts < 1) {
      problems.add("retryAttempts must be at least 1 but was " + retryAttempts);
    }
    if (retryDelay.isNegative() || retryDelay.isZero()) {
      problems.add("retryDelay must be positive but was " + retryDelay);
    }
    return problems;
  }

  private static List<String> circuitProblems(int threshold, Duration reset) {
    List<String> problems = new ArrayList<>();
    if (threshold < 1) {
      problems.add("circuitFailureThreshold must be at least 1 but was " + threshold);
    }
    if (reset.isNegative() || reset.isZero()) {
      problems.add("circuitResetTimeout must be positive but was " + reset);
    }
    return problems;
  }

  private static List<String> durationProblems(Duration monitoringPeriod, Duration callTimeout) {
    List<String> problems = new ArrayList<>();
    if (monitoringPeriod.isNegative() || monitoringPeriod.isZero()) {
      problems.add("circuitMonitoringPeriod must be positive but was " + monitoringPeriod);
    }
    if (callTimeout.isNegative() || callTimeout.isZero()) {
      problems.add("callTimeout must be positive but was " + callTimeout);
    }
    return problems;
  }

  private static String stripSlash(String url) {
    String out = url;
    while (out.endsWith("/")) {
      out = out.substring(0, out.length() - 1);
    }
    return out;
  }
}
