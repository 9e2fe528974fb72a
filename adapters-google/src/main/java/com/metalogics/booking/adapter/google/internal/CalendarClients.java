package com.metalogics.booking.adapter.google.internal;

import com.google.api.client.http.HttpRequestInitializer;
import com.google.api.client.http.HttpTransport;
import com.google.api.client.http.javanet.NetHttpTransport;
import com.google.api.client.json.gson.GsonFactory;
import com.google.api.services.calendar.Calendar;
import com.google.auth.http.HttpCredentialsAdapter;
import com.google.auth.oauth2.GoogleCredentials;
import com.google.auth.oauth2.ServiceAccountCredentials;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Builds the Google Calendar client from a service-account key file. */
public final class CalendarClients {

  /**
   * Writing events needs {@code calendar.events}; reading free/busy needs {@code
   * calendar.freebusy}. Neither lets the service read event contents of other calendars or change
   * calendar settings, unlike the broad {@code calendar} scope.
   */
  public static final List<String> SCOPES =
      List.of(
          "https://www.googleapis.com/auth/calendar.events",
          "https://www.googleapis.com/auth/calendar.freebusy");

  private static final String APPLICATION_NAME = "metalogics-booking";
  private static final Duration SOCKET_MARGIN = Duration.ofSeconds(1);

  private CalendarClients() {}

  /**
   * @param rootUrl another server than Google's, if any
   * @param delegatedUser the Workspace user to impersonate, when domain-wide delegation is set up
   */
  public static Calendar create(
      Path keyFile, Optional<String> rootUrl, Optional<String> delegatedUser, Duration timeout) {
    HttpTransport transport = new NetHttpTransport();
    GoogleCredentials credentials = credentials(keyFile, transport, delegatedUser);
    HttpCredentialsAdapter auth = new HttpCredentialsAdapter(credentials);
    // A second past the call's own limit: the socket's timeouts are a backstop, so a slow answer
    // ends as the call's timeout (counted and retried as one) rather than racing it as an I/O
    // failure on a loaded machine.
    int millis = (int) Math.min(Integer.MAX_VALUE, timeout.plus(SOCKET_MARGIN).toMillis());
    HttpRequestInitializer initializer =
        request -> {
          auth.initialize(request);
          request.setConnectTimeout(millis);
          request.setReadTimeout(millis);
          // One retry only, for the 401 after which the adapter refreshes the token; Failsafe
          // owns every other retry.
          request.setNumberOfRetries(1);
        };
    Calendar.Builder builder =
        new Calendar.Builder(transport, GsonFactory.getDefaultInstance(), initializer)
            .setApplicationName(APPLICATION_NAME);
    rootUrl
        .filter(url -> !url.isBlank())
        .ifPresent(url -> builder.setRootUrl(url.endsWith("/") ? url : url + "/"));
    return builder.build();
  }

  private static GoogleCredentials credentials(
      Path keyFile, HttpTransport transport, Optional<String> delegatedUser) {
    try (InputStream in = Files.newInputStream(keyFile)) {
      ServiceAccountCredentials account =
          ServiceAccountCredentials.fromStream(in, () -> transport)
              // Failsafe retries the whole call; the library's own backoff would hide the time.
              .createWithCustomRetryStrategy(false);
      GoogleCredentials scoped = account.createScoped(SCOPES);
      return delegatedUser.map(scoped::createDelegated).orElse(scoped);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read service-account key " + keyFile, e);
    }
  }
}
