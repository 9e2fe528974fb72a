package com.metalogics.booking.adapter.google.fake;

/** What the fake Calendar API can be told to do instead of answering well. */
public enum Fault {
  SERVER_ERROR(500, "backendError", "Backend Error"),
  TOO_MANY_REQUESTS(429, "rateLimitExceeded", "Rate Limit Exceeded"),
  RATE_LIMITED(403, "rateLimitExceeded", "Rate Limit Exceeded"),
  USER_RATE_LIMITED(403, "userRateLimitExceeded", "User Rate Limit Exceeded"),
  QUOTA_EXCEEDED(403, "quotaExceeded", "Calendar usage limits exceeded."),
  UNAUTHORIZED(401, "authError", "Invalid Credentials"),
  FORBIDDEN(403, "forbidden", "Forbidden"),
  /** The request itself is wrong (one bad record), not Google's health. */
  BAD_REQUEST(400, "badRequest", "Bad Request"),
  /** Does the work, then holds the answer until the test releases it (a slow network). */
  SLOW(200, "", ""),
  /** Does the work (stores the event), then answers 500: the caller never learns it worked. */
  SERVER_ERROR_AFTER_HANDLING(500, "backendError", "Backend Error");

  final int status;
  final String reason;
  final String message;

  Fault(int status, String reason, String message) {
    this.status = status;
    this.reason = reason;
    this.message = message;
  }
}
