package com.metalogics.booking.adapter.google.internal;

import com.google.api.client.googleapis.json.GoogleJsonError;
import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.client.http.HttpResponseException;
import com.google.auth.Retryable;
import com.metalogics.booking.adapter.google.internal.GoogleFailure.Kind;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;

/** Reads Google's error answers into {@link GoogleFailure}s. */
final class GoogleErrors {

  private static final Set<String> THROTTLED = Set.of("rateLimitExceeded", "userRateLimitExceeded");
  private static final Set<String> DAILY_QUOTA = Set.of("quotaExceeded", "dailyLimitExceeded");

  private GoogleErrors() {}

  public static int status(IOException e) {
    return e instanceof HttpResponseException http ? http.getStatusCode() : -1;
  }

  /** The first {@code errors[].reason} of a Google JSON error answer, if any. */
  public static Optional<String> reason(IOException e) {
    if (e instanceof GoogleJsonResponseException json && json.getDetails() != null) {
      GoogleJsonError details = json.getDetails();
      if (details.getErrors() != null && !details.getErrors().isEmpty()) {
        return Optional.ofNullable(details.getErrors().get(0).getReason());
      }
    }
    return Optional.empty();
  }

  public static GoogleFailure classify(IOException e) {
    if (!(e instanceof HttpResponseException)) {
      return fromTransport(e);
    }
    int status = status(e);
    String reason = reason(e).orElse("");
    String what = "HTTP " + status + (reason.isEmpty() ? "" : " " + reason);
    if (status == 401) {
      return new GoogleFailure(Kind.AUTH, what + ": credentials refused", e);
    }
    if (status == 403 && THROTTLED.contains(reason)) {
      return new GoogleFailure(Kind.TRANSIENT, what, e);
    }
    if (status == 403 && DAILY_QUOTA.contains(reason)) {
      return new GoogleFailure(Kind.QUOTA, what, e);
    }
    if (status == 403) {
      return new GoogleFailure(Kind.AUTH, what + ": access refused", e);
    }
    if (status == 429 || status == 408 || status >= 500) {
      return new GoogleFailure(Kind.TRANSIENT, what, e);
    }
    return new GoogleFailure(Kind.REJECTED, what, e);
  }

  /**
   * No HTTP answer from the Calendar API: an I/O error or a failed token request. The token
   * endpoint refusing our key (bad grant, unknown key) is not worth retrying.
   */
  private static GoogleFailure fromTransport(IOException e) {
    if (e instanceof Retryable token && !token.isRetryable()) {
      return new GoogleFailure(Kind.AUTH, "token request refused", e);
    }
    String type = e.getClass().getSimpleName();
    return new GoogleFailure(Kind.TRANSIENT, "I/O error (" + type + ")", e);
  }
}
