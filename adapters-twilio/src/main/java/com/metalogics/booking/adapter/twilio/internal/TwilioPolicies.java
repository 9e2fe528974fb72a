package com.metalogics.booking.adapter.twilio.internal;

import com.metalogics.booking.adapter.twilio.TwilioConfig;
import com.metalogics.booking.adapter.twilio.internal.TwilioCallException.Kind;
import dev.failsafe.CircuitBreaker;
import dev.failsafe.ExecutionContext;
import dev.failsafe.Failsafe;
import dev.failsafe.RetryPolicy;
import dev.failsafe.Timeout;
import dev.failsafe.function.ContextualSupplier;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Failsafe policies around Twilio calls, built from {@link TwilioConfig}: retries with backoff
 * on 5xx, I/O errors and 429 (never on an auth failure or a refusal), a circuit breaker that opens
 * on repeated transient failures, and a timeout over all attempts of one call.
 */
public final class TwilioPolicies {

  /** A 429 asking for a longer wait than this fails the call; the reminder is retried later. */
  static final Duration MAX_RATE_LIMIT_WAIT = Duration.ofSeconds(15);

  private static final Logger LOG = LoggerFactory.getLogger(TwilioPolicies.class);
  private static final double JITTER = 0.25;

  private final Duration retryDelay;
  private final RetryPolicy<Object> retry;
  private final CircuitBreaker<Object> breaker;
  private final Timeout<Object> timeout;

  public TwilioPolicies(TwilioConfig config) {
    this.retryDelay = config.retryDelay();
    this.retry =
        RetryPolicy.builder()
            .handleIf(e -> e instanceof TwilioCallException t && t.retryable())
            .abortIf((result, e) -> e instanceof TwilioCallException t && waitsTooLong(t))
            .withMaxAttempts(config.maxAttempts())
            .withDelayFn(this::delayBeforeRetry)
            .onRetry(e -> LOG.debug("retrying Twilio call: {}", e.getLastException().getMessage()))
            .build();
    this.breaker =
        CircuitBreaker.builder()
            .handleIf(e -> e instanceof TwilioCallException t && t.kind() == Kind.TRANSIENT)
            .withFailureThreshold(config.circuitFailureThreshold())
            .withDelay(config.circuitResetTimeout())
            .withSuccessThreshold(1)
            .onOpen(e -> LOG.warn("Twilio circuit opened"))
            .onClose(e -> LOG.info("Twilio circuit closed"))
            .build();
    this.timeout =
        Timeout.builder(config.callTimeout().multipliedBy(config.maxAttempts()).plus(retryDelay))
            .withInterrupt()
            .build();
  }

  /**
   * Runs one call: retried, through the breaker, all attempts within the timeout. The call learns
   * whether it is a retry, so that a send can first look for what an earlier attempt did.
   */
  public <T> T run(ContextualSupplier<T, T> call) {
    return Failsafe.with(timeout, retry, breaker).get(call);
  }

  public boolean circuitOpen() {
    return breaker.isOpen();
  }

  private Duration delayBeforeRetry(ExecutionContext<Object> context) {
    if (context.getLastException() instanceof TwilioCallException t
        && t.kind() == Kind.RATE_LIMITED
        && t.waitHint().isPresent()) {
      return t.waitHint().get();
    }
    int exponent = Math.min(Math.max(context.getAttemptCount() - 1, 0), 4);
    long base = retryDelay.toMillis() << exponent;
    double factor = 1 + JITTER * (2 * ThreadLocalRandom.current().nextDouble() - 1);
    return Duration.ofMillis(Math.max(1, Math.round(base * factor)));
  }

  private static boolean waitsTooLong(TwilioCallException failure) {
    return failure.kind() == Kind.RATE_LIMITED
        && failure.waitHint().map(w -> w.compareTo(MAX_RATE_LIMIT_WAIT) > 0).orElse(false);
  }
}
