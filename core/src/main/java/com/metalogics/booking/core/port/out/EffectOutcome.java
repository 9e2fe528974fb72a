package com.metalogics.booking.core.port.out;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** What one run of an {@link EffectHandler} achieved; the engine stores it. */
public sealed interface EffectOutcome {

  /** Done; {@code remoteRef} names what the remote side made (event id, contact id, Message-ID). */
  record Done(Optional<String> remoteRef) implements EffectOutcome {
    public Done {
      Objects.requireNonNull(remoteRef, "remoteRef");
    }
  }

  /**
   * Failed this time; retried on the handler's schedule, or not before {@code retryAfter} when the
   * remote side asked for a wait.
   *
   * @param error why, without personal data
   */
  record RetryLater(String error, Optional<Duration> retryAfter) implements EffectOutcome {
    public RetryLater {
      Objects.requireNonNull(error, "error");
      Objects.requireNonNull(retryAfter, "retryAfter");
    }
  }

  /** Can never succeed (the remote side refused it for good): no further attempt. */
  record Failed(String error) implements EffectOutcome {
    public Failed {
      Objects.requireNonNull(error, "error");
    }
  }

  /**
   * Not needed any more (the meeting began, the attendee opted out): cancelled without a call.
   *
   * @param reason why, without personal data
   */
  record Skipped(String reason) implements EffectOutcome {
    public Skipped {
      Objects.requireNonNull(reason, "reason");
    }
  }

  static EffectOutcome done() {
    return new Done(Optional.empty());
  }

  static EffectOutcome done(String remoteRef) {
    return new Done(Optional.of(remoteRef));
  }

  static EffectOutcome retryLater(String error) {
    return new RetryLater(error, Optional.empty());
  }

  static EffectOutcome skipped(String reason) {
    return new Skipped(reason);
  }

  static EffectOutcome failed(String error) {
    return new Failed(error);
  }
}
