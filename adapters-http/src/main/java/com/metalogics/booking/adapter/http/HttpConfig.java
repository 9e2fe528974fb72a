package com.metalogics.booking.adapter.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the HTTP adapter needs from the environment.
 *
 * @param adminApiKey bearer key of the admin routes; empty turns the admin API off (404)
 * @param maxBodyBytes request bodies above this size are refused with 413
 * @param rateLimitBookingsPerMinute booking attempts per client address and minute; 0 turns the
 *     limit off
 * @param corsOrigins origins that may call the API from a browser; empty allows none
 * @param metricsPublic false puts {@code /metrics} behind the admin key
 */
public record HttpConfig(
    Optional<String> adminApiKey,
    int maxBodyBytes,
    int rateLimitBookingsPerMinute,
    List<String> corsOrigins,
    boolean metricsPublic) {

  /** Far above any sensible limit; keeps the rate limiter's arithmetic exact. */
  public static final int MAX_RATE_LIMIT = 1_000_000;

  public HttpConfig {
    Objects.requireNonNull(adminApiKey, "adminApiKey");
    Objects.requireNonNull(corsOrigins, "corsOrigins");
    List<String> problems = new ArrayList<>();
    if (adminApiKey.isPresent() && adminApiKey.get().isBlank()) {
      problems.add("adminApiKey must not be blank when present");
    }
    if (maxBodyBytes < 1) {
      problems.add("maxBodyBytes must be positive, was " + maxBodyBytes);
    }
    if (rateLimitBookingsPerMinute < 0 || rateLimitBookingsPerMinute > MAX_RATE_LIMIT) {
      problems.add("rateLimitBookingsPerMinute must be 0.." + MAX_RATE_LIMIT);
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("HttpConfig: " + String.join("; ", problems));
    }
    corsOrigins = List.copyOf(corsOrigins);
  }

  /** No admin key, 64 KiB bodies, 20 bookings per minute, no CORS origin, public metrics. */
  public static HttpConfig defaults() {
    return new HttpConfig(Optional.empty(), 65_536, 20, List.of(), true);
  }

  /** The key is a secret: it never appears in logs or exception messages. */
  @Override
  public String toString() {
    return "HttpConfig[adminApiKey="
        + (adminApiKey.isPresent() ? "***" : "unset")
        + ", maxBodyBytes="
        + maxBodyBytes
        + ", rateLimitBookingsPerMinute="
        + rateLimitBookingsPerMinute
        + ", corsOrigins="
        + corsOrigins
        + ", metricsPublic="
        + metricsPublic
        + "]";
  }
}
