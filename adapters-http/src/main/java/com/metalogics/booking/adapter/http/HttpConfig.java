package com.metalogics.booking.adapter.http;

import java.time.Duration;
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
 * @param slotsCacheTtl how long this instance serves an available-slots answer again; zero turns
 *     the cache off. Booking writes through this instance drop the cache at once; writes through
 *     other instances show after at most this long (the database refuses a taken slot anyway).
 */
public record HttpConfig(
    Optional<String> adminApiKey,
    int maxBodyBytes,
    int rateLimitBookingsPerMinute,
    List<String> corsOrigins,
    boolean metricsPublic,
    Duration slotsCacheTtl) {

  /** Far above any sensible limit; keeps the rate limiter's arithmetic exact. */
  public static final int MAX_RATE_LIMIT = 1_000_000;

  /**
   * Short enough that another instance's booking or a new calendar entry shows within seconds, long
   * enough that a burst of identical queries is answered from memory.
   */
  public static final Duration DEFAULT_SLOTS_CACHE_TTL = Duration.ofSeconds(5);

  /** The longest slots cache the config accepts: the seed's five minutes. */
  public static final Duration MAX_SLOTS_CACHE_TTL = Duration.ofMinutes(5);

  public HttpConfig {
    Objects.requireNonNull(adminApiKey, "adminApiKey");
    Objects.requireNonNull(corsOrigins, "corsOrigins");
    Objects.requireNonNull(slotsCacheTtl, "slotsCacheTtl");
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
    if (slotsCacheTtl.isNegative() || slotsCacheTtl.compareTo(MAX_SLOTS_CACHE_TTL) > 0) {
      problems.add("slotsCacheTtl must be 0.." + MAX_SLOTS_CACHE_TTL + ", was " + slotsCacheTtl);
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("HttpConfig: " + String.join("; ", problems));
    }
    corsOrigins = List.copyOf(corsOrigins);
  }

  /** With the default slots cache ({@link #DEFAULT_SLOTS_CACHE_TTL}). */
  public HttpConfig(
      Optional<String> adminApiKey,
      int maxBodyBytes,
      int rateLimitBookingsPerMinute,
      List<String> corsOrigins,
      boolean metricsPublic) {
    this(
        adminApiKey,
        maxBodyBytes,
        rateLimitBookingsPerMinute,
        corsOrigins,
        metricsPublic,
        DEFAULT_SLOTS_CACHE_TTL);
  }

  /**
   * No admin key, 64 KiB bodies, 20 bookings per minute, no CORS origin, public metrics, slots
   * answers kept for 5 seconds.
   */
  public static HttpConfig defaults() {
    return new HttpConfig(Optional.empty(), 65_536, 20, List.of(), true);
  }

  public HttpConfig withSlotsCacheTtl(Duration ttl) {
    return new HttpConfig(
        adminApiKey, maxBodyBytes, rateLimitBookingsPerMinute, corsOrigins, metricsPublic, ttl);
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
        + ", slotsCacheTtl="
        + slotsCacheTtl
        + "]";
  }
}
