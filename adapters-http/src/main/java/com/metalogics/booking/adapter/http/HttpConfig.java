package com.metalogics.booking.adapter.http;

import java.net.URI;
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
 * @param publicBaseUrl where visitors reach the service; the base of the manage link in a booking
 *     answer
 * @param requestHeadTimeout the longest a client may take to send a request line and headers; after
 *     it the connection is closed, so a client dribbling bytes cannot hold it for ever
 */
public record HttpConfig(
    Optional<String> adminApiKey,
    int maxBodyBytes,
    int rateLimitBookingsPerMinute,
    List<String> corsOrigins,
    boolean metricsPublic,
    Duration slotsCacheTtl,
    URI publicBaseUrl,
    Duration requestHeadTimeout) {

  /** Far above any sensible limit; keeps the rate limiter's arithmetic exact. */
  public static final int MAX_RATE_LIMIT = 1_000_000;

  /**
   * Short enough that another instance's booking or a new calendar entry shows within seconds, long
   * enough that a burst of identical queries is answered from memory.
   */
  public static final Duration DEFAULT_SLOTS_CACHE_TTL = Duration.ofSeconds(5);

  /** The longest slots cache the config accepts: the seed's five minutes. */
  public static final Duration MAX_SLOTS_CACHE_TTL = Duration.ofMinutes(5);

  /** The service's own default address. */
  public static final URI DEFAULT_PUBLIC_BASE_URL = URI.create("http://localhost:8080");

  /**
   * Ample for any real client, even on a slow mobile link (a request head is a few hundred bytes),
   * short enough that a slow-headers attack holds each connection only briefly.
   */
  public static final Duration DEFAULT_REQUEST_HEAD_TIMEOUT = Duration.ofSeconds(10);

  /** Longer would defeat the purpose: the connection idle timeout is 30 s. */
  public static final Duration MAX_REQUEST_HEAD_TIMEOUT = Duration.ofSeconds(30);

  public HttpConfig {
    Objects.requireNonNull(adminApiKey, "adminApiKey");
    Objects.requireNonNull(corsOrigins, "corsOrigins");
    Objects.requireNonNull(slotsCacheTtl, "slotsCacheTtl");
    Objects.requireNonNull(publicBaseUrl, "publicBaseUrl");
    Objects.requireNonNull(requestHeadTimeout, "requestHeadTimeout");
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
    String scheme = publicBaseUrl.getScheme();
    if (!publicBaseUrl.isAbsolute()
        || !("http".equals(scheme) || "https".equals(scheme))
        || publicBaseUrl.getHost() == null) {
      problems.add("publicBaseUrl must be an absolute http(s) URL, was " + publicBaseUrl);
    }
    if (requestHeadTimeout.toMillis() < 1
        || requestHeadTimeout.compareTo(MAX_REQUEST_HEAD_TIMEOUT) > 0) {
      problems.add(
          "requestHeadTimeout must be 1 ms.."
              + MAX_REQUEST_HEAD_TIMEOUT
              + ", was "
              + requestHeadTimeout);
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("HttpConfig: " + String.join("; ", problems));
    }
    corsOrigins = List.copyOf(corsOrigins);
  }

  /**
   * With the default slots cache ({@link #DEFAULT_SLOTS_CACHE_TTL}), public base URL and request
   * head timeout.
   */
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
        DEFAULT_SLOTS_CACHE_TTL,
        DEFAULT_PUBLIC_BASE_URL,
        DEFAULT_REQUEST_HEAD_TIMEOUT);
  }

  /**
   * No admin key, 64 KiB bodies, 20 bookings per minute, no CORS origin, public metrics, slots
   * answers kept for 5 seconds, manage links to {@code http://localhost:8080}, 10 seconds for a
   * request head.
   */
  public static HttpConfig defaults() {
    return new HttpConfig(Optional.empty(), 65_536, 20, List.of(), true);
  }

  public HttpConfig withSlotsCacheTtl(Duration ttl) {
    return new HttpConfig(
        adminApiKey,
        maxBodyBytes,
        rateLimitBookingsPerMinute,
        corsOrigins,
        metricsPublic,
        ttl,
        publicBaseUrl,
        requestHeadTimeout);
  }

  public HttpConfig withPublicBaseUrl(URI url) {
    return new HttpConfig(
        adminApiKey,
        maxBodyBytes,
        rateLimitBookingsPerMinute,
        corsOrigins,
        metricsPublic,
        slotsCacheTtl,
        url,
        requestHeadTimeout);
  }

  public HttpConfig withRequestHeadTimeout(Duration timeout) {
    return new HttpConfig(
        adminApiKey,
        maxBodyBytes,
        rateLimitBookingsPerMinute,
        corsOrigins,
        metricsPublic,
        slotsCacheTtl,
        publicBaseUrl,
        timeout);
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
        + ", publicBaseUrl="
        + publicBaseUrl
        + ", requestHeadTimeout="
        + requestHeadTimeout
        + "]";
  }
}
