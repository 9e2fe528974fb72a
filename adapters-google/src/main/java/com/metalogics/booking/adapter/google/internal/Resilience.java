package com.metalogics.booking.adapter.google.internal;

import com.metalogics.booking.adapter.google.GoogleCalendarListener;
import com.metalogics.booking.adapter.google.GoogleCalendarListener.CircuitState;
import com.metalogics.booking.adapter.google.GoogleCalendarListener.FailureKind;
import com.metalogics.booking.core.domain.IntegrationException;
import dev.failsafe.CircuitBreaker;
import dev.failsafe.CircuitBreakerOpenException;
import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeExecutor;
import dev.failsafe.RetryPolicy;
import dev.failsafe.Timeout;
import dev.failsafe.TimeoutExceededException;
import dev.failsafe.event.CircuitBreakerStateChangedEvent;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Retry with exponential backoff and jitter, a circuit breaker and a per-attempt timeout around
 * every Google call. An answer that is {@link PartlyFailed} is retried too, and left as it is when
 * the attempts are used up. Attempts run on {@code pool} so that a hanging server cannot hold the
 * caller past the timeout, whatever the HTTP stack does.
 */
public final class Resilience {

  private static final Logger LOG = LoggerFactory.getLogger(Resilience.class);

  /** One attempt of a Google call, free to throw the client's I/O errors. */
  @FunctionalInterface
  public interface Attempt<T> {
    T run() throws IOException;
  }

  /**
   * An answer of which a part failed in a way worth asking again, such as one calendar's error
   * inside a 200 free/busy answer: retried like a failed call, but no failure for the circuit
   * breaker, since Google did answer.
   */
  public interface PartlyFailed {
    boolean worthRetrying();
  }

  /** The settings, taken from the adapter's config. */
  public record Settings(
      int attempts,
      Duration retryDelay,
      int failureThreshold,
      Duration resetTimeout,
      Duration monitoringPeriod,
      Duration callTimeout) {}

  private final CircuitBreaker<Object> breaker;
  private final FailsafeExecutor<Object> calls;
  private final FailsafeExecutor<Object> probes;
  private final GoogleCalendarListener listener;

  public Resilience(Settings settings, GoogleCalendarListener listener, ExecutorService pool) {
    this.listener = listener;
    this.breaker =
        CircuitBreaker.builder()
            .handleIf(Resilience::isOutage)
            .withFailureThreshold(settings.failureThreshold(), settings.monitoringPeriod())
            .withDelay(settings.resetTimeout())
            .withSuccessThreshold(1)
            .onOpen(e -> changed(e, CircuitState.OPEN))
            .onHalfOpen(e -> changed(e, CircuitState.HALF_OPEN))
            .onClose(e -> changed(e, CircuitState.CLOSED))
            .build();
    RetryPolicy<Object> retry =
        RetryPolicy.builder()
            .handleIf(Resilience::isRetryable)
            .handleResultIf(result -> result instanceof PartlyFailed p && p.worthRetrying())
            .withMaxAttempts(settings.attempts())
            .withBackoff(settings.retryDelay(), settings.retryDelay().multipliedBy(16))
            .withJitter(0.25)
            .build();
    Timeout<Object> timeout = Timeout.of(settings.callTimeout());
    this.calls = Failsafe.with(retry, breaker, timeout).with(pool);
    this.probes = Failsafe.with(breaker, timeout).with(pool);
  }

  /** Runs {@code attempt} with retries; failures come out as the core's calendar errors. */
  public <T> T call(String operation, Attempt<T> attempt) {
    return run(calls, operation, attempt);
  }

  /** One attempt only, still behind the breaker and the timeout: for health probes. */
  public <T> T probe(String operation, Attempt<T> attempt) {
    return run(probes, operation, attempt);
  }

  public CircuitState circuitState() {
    return map(breaker.getState());
  }

  private <T> T run(FailsafeExecutor<Object> executor, String operation, Attempt<T> attempt) {
    try {
      T result =
          executor
              .<T>getAsync(
                  ctx -> {
                    if (ctx.getAttemptCount() > 0) {
                      listener.retried(operation);
                      LOG.debug("retrying Google Calendar {}: {}", operation, describe(ctx));
                    }
                    return runOnce(attempt);
                  })
              .join();
      listener.callSucceeded(operation);
      return result;
    } catch (CompletionException e) {
      throw translate(operation, e.getCause() == null ? e : e.getCause());
    }
  }

  private static <T> T runOnce(Attempt<T> attempt) {
    try {
      return attempt.run();
    } catch (IOException e) {
      throw GoogleErrors.classify(e);
    }
  }

  private IntegrationException translate(String operation, Throwable failure) {
    if (failure instanceof GoogleFailure google) {
      FailureKind kind = kindOf(google.kind());
      listener.callFailed(operation, kind);
      LOG.warn("Google Calendar {} failed ({}): {}", operation, kind, google.getMessage());
      return google.toPortException(operation);
    }
    if (failure instanceof CircuitBreakerOpenException) {
      listener.callFailed(operation, FailureKind.CIRCUIT_OPEN);
      return IntegrationException.calendar(
          "Google Calendar " + operation + " not attempted: circuit open", failure);
    }
    if (failure instanceof TimeoutExceededException) {
      listener.callFailed(operation, FailureKind.TIMEOUT);
      LOG.warn("Google Calendar {} timed out", operation);
      return IntegrationException.calendar("Google Calendar " + operation + " timed out", failure);
    }
    listener.callFailed(operation, FailureKind.UNAVAILABLE);
    LOG.warn("Google Calendar {} failed unexpectedly", operation, failure);
    return IntegrationException.calendar(
        "Google Calendar " + operation + " failed: " + failure.getClass().getSimpleName(), failure);
  }

  private static String describe(dev.failsafe.ExecutionContext<?> ctx) {
    Throwable last = ctx.getLastException();
    return last == null ? "no error" : last.getMessage();
  }

  private static boolean isRetryable(Throwable failure) {
    return failure instanceof GoogleFailure google
        ? google.retryable()
        : failure instanceof TimeoutExceededException;
  }

  private static boolean isOutage(Throwable failure) {
    return failure instanceof GoogleFailure google
        ? google.outage()
        : failure instanceof TimeoutExceededException;
  }

  private static FailureKind kindOf(GoogleFailure.Kind kind) {
    return switch (kind) {
      case TRANSIENT -> FailureKind.UNAVAILABLE;
      case QUOTA -> FailureKind.QUOTA;
      case AUTH -> FailureKind.AUTH;
      case REJECTED -> FailureKind.REJECTED;
    };
  }

  private void changed(CircuitBreakerStateChangedEvent event, CircuitState to) {
    CircuitState from = map(event.getPreviousState());
    LOG.warn("Google Calendar circuit breaker {} -> {}", from, to);
    listener.circuitStateChanged(from, to);
  }

  private static CircuitState map(CircuitBreaker.State state) {
    return switch (state) {
      case CLOSED -> CircuitState.CLOSED;
      case OPEN -> CircuitState.OPEN;
      case HALF_OPEN -> CircuitState.HALF_OPEN;
    };
  }
}
