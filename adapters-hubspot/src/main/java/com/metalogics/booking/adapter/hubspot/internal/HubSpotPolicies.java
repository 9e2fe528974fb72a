package com.metalogics.booking.adapter.hubspot.internal;

import com.metalogics.booking.adapter.hubspot.HubSpotConfig;
import com.metalogics.booking.adapter.hubspot.internal.HubSpotCallException.Kind;
import dev.failsafe.CircuitBreaker;
import dev.failsafe.ExecutionContext;
import dev.failsafe.Failsafe;
import dev.failsafe.RateLimiter;
import dev.failsafe.RetryPolicy;
import dev.failsafe.function.CheckedSupplier;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Failsafe policies around HubSpot calls, built from {@link HubSpotConfig}: a retry around a
 * whole port operation, and around each single call a circuit breaker and the rate limiters.
 */
public final class HubSpotPolicies {

  /** A 429 asking for a longer wait than this fails the call; the sync worker retries later. */
  static final Duration MAX_RATE_LIMIT_WAIT = Duration.ofSeconds(15);

  private static final Logger LOG = LoggerFactory.getLogger(HubSpotPolicies.class);
  private static final double JITTER = 0.25;

  private final Duration retryDelay;
  private final RetryPolicy<Object> retry;
  private final CircuitBreaker<Object> breaker;
  private final RateLimiter<Object> requests;
  private final RateLimiter<Object> searches;

  /**
   * @param requestWindow the period {@code requestsPer10Seconds} counts over: 10 s, shorter in
   *     tests
   */
  public HubSpotPolicies(HubSpotConfig config, Duration requestWindow) {
    this.retryDelay = config.retryDelay();
    this.retry =
        RetryPolicy.builder()
            .handleIf(e -> e instanceof HubSpotCallException h && h.retryable())
            .abortIf((result, e) -> e instanceof HubSpotCallException h && waitsTooLong(h))
            .withMaxAttempts(config.maxAttempts())
            .withDelayFn(this::delayBeforeRetry)
            .onRetry(e -> LOG.debug("retrying HubSpot call: {}", e.getLastException().getMessage()))
            .build();
    this.breaker =
        CircuitBreaker.builder()
            .handleIf(e -> e instanceof HubSpotCallException h && h.kind() == Kind.TRANSIENT)
            .withFailureThreshold(config.circuitFailureThreshold())
            .withDelay(config.circuitResetTimeout())
            .withSuccessThreshold(1)
            .onOpen(e -> LOG.warn("HubSpot circuit opened"))
            .onClose(e -> LOG.info("HubSpot circuit closed"))
            .build();
    // Smooth: HubSpot counts a rolling window, so bursts at a window's edge would be refused.
    this.requests =
        RateLimiter.smoothBuilder(config.requestsPer10Seconds(), requestWindow)
            .withMaxWaitTime(config.callTimeout())
            .build();
    this.searches =
        RateLimiter.smoothBuilder(config.searchesPerSecond(), Duration.ofSeconds(1))
            .withMaxWaitTime(config.callTimeout())
            .build();
  }

  /** Runs a whole operation, retrying it on transient failures and 429s. */
  public <T> T retrying(CheckedSupplier<T> operation) {
    return Failsafe.with(retry).get(operation);
  }

  /** Runs one HTTP call through the circuit breaker and the general rate limiter. */
  public <T> T call(CheckedSupplier<T> call) {
    return Failsafe.with(breaker, requests).get(call);
  }

  /** Runs one search call: also through the stricter search limiter. */
  public <T> T search(CheckedSupplier<T> call) {
    return Failsafe.with(breaker, requests, searches).get(call);
  }

  public boolean circuitOpen() {
    return breaker.isOpen();
  }

  private Duration delayBeforeRetry(ExecutionContext<Object> context) {
    if (context.getLastException() instanceof HubSpotCallException h
        && h.kind() == Kind.RATE_LIMITED
        && h.waitHint().isPresent()) {
      // At least what HubSpot asked for, plus a little so waiting clients do not return at once.
      Duration told = h.waitHint().get();
      return told.plusMillis(ThreadLocalRandom.current().nextLong(told.toMillis() / 10 + 1));
    }
    int exponent = Math.min(Math.max(context.getAttemptCount() - 1, 0), 4);
    long base = retryDelay.toMillis() << exponent;
    double factor = 1 + JITTER * (2 * ThreadLocalRandom.current().nextDouble() - 1);
    return Duration.ofMillis(Math.max(1, Math.round(base * factor)));
  }

  private static boolean waitsTooLong(HubSpotCallException failure) {
    return failure.kind() == Kind.RATE_LIMITED
        && failure.waitHint().map(w -> w.compareTo(MAX_RATE_LIMIT_WAIT) > 0).orElse(false);
  }
}
