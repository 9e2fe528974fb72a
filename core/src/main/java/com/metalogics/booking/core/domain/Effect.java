package com.metalogics.booking.core.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One side effect of a booking change, written in the same transaction as the change and run later:
 * by the request within its budget, else by the worker. Immutable; each transition returns a new
 * value.
 *
 * @param target what the effect is aimed at, for kinds with several per booking (a webhook
 *     subscription id); empty for the per-booking ones
 * @param revision the booking revision the effect serves
 * @param dueAt when the effect is meant to happen
 * @param nextAttemptAt when the worker may run it next (later than {@code dueAt} while the request
 *     that wrote it runs it itself, or after a failed attempt)
 * @param lastError why the last attempt failed; never personal data
 * @param remoteRef what the remote side calls the result: event id, contact id, Message-ID
 * @param payload what the planner stored for the handler at creation time (a webhook body)
 */
public record Effect(
    UUID id,
    UUID bookingId,
    EffectKind kind,
    String target,
    int revision,
    Instant dueAt,
    EffectState state,
    int attempts,
    Instant nextAttemptAt,
    Optional<String> lastError,
    Optional<String> remoteRef,
    Optional<String> payload,
    Instant createdAt,
    Instant updatedAt) {

  /** Longer errors are cut: they are for people, and the column is bounded. */
  public static final int MAX_ERROR_LENGTH = 500;

  public Effect {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(bookingId, "bookingId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(dueAt, "dueAt");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
    Objects.requireNonNull(lastError, "lastError");
    Objects.requireNonNull(remoteRef, "remoteRef");
    Objects.requireNonNull(payload, "payload");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
    if (target.length() > 100) {
      throw new IllegalArgumentException("target must not exceed 100 characters");
    }
    if (revision < 1) {
      throw new IllegalArgumentException("revision must be at least 1");
    }
    if (attempts < 0) {
      throw new IllegalArgumentException("attempts must not be negative");
    }
    lastError = lastError.map(Effect::cut);
  }

  /**
   * A new pending effect for {@code booking}'s current revision.
   *
   * @param firstWorkerAttempt when the worker may take it: later than {@code dueAt} when the
   *     request that writes it runs it itself first
   */
  public static Effect planned(
      Booking booking,
      EffectKind kind,
      String target,
      Instant dueAt,
      Instant firstWorkerAttempt,
      Optional<String> payload,
      Instant now) {
    return new Effect(
        TimeOrderedIds.next(now),
        booking.id(),
        kind,
        target,
        booking.revision(),
        dueAt,
        EffectState.PENDING,
        0,
        firstWorkerAttempt,
        Optional.empty(),
        Optional.empty(),
        payload,
        now,
        now);
  }

  public boolean isPending() {
    return state == EffectState.PENDING;
  }

  /** Done after one more attempt; a handler that made nothing new keeps the earlier reference. */
  public Effect done(Optional<String> ref, Instant now) {
    return next(EffectState.DONE, attempts + 1, nextAttemptAt, Optional.empty(), ref, now);
  }

  /** Failed once more; the worker tries again at {@code retryAt}. */
  public Effect retryAt(Instant retryAt, String error, Instant now) {
    return next(EffectState.PENDING, attempts + 1, retryAt, Optional.of(error), remoteRef, now);
  }

  /** Failed once more and given up. */
  public Effect failed(String error, Instant now) {
    return next(
        EffectState.FAILED, attempts + 1, nextAttemptAt, Optional.of(error), remoteRef, now);
  }

  public Effect cancelled(Instant now) {
    return next(EffectState.CANCELLED, attempts, nextAttemptAt, lastError, remoteRef, now);
  }

  /** Cancelled by its handler, which found it no longer needed, for {@code reason}. */
  public Effect skipped(String reason, Instant now) {
    return next(
        EffectState.CANCELLED, attempts, nextAttemptAt, Optional.of(reason), remoteRef, now);
  }

  /** The same planned effect with {@code newPayload} for its handler. */
  public Effect withPayload(Optional<String> newPayload) {
    return new Effect(
        id,
        bookingId,
        kind,
        target,
        revision,
        dueAt,
        state,
        attempts,
        nextAttemptAt,
        lastError,
        remoteRef,
        newPayload,
        createdAt,
        updatedAt);
  }

  /** Back to pending and due now: an admin asked for another try. */
  public Effect reopened(Instant now) {
    return next(EffectState.PENDING, attempts, now, lastError, remoteRef, now);
  }

  private Effect next(
      EffectState newState,
      int newAttempts,
      Instant newNextAttempt,
      Optional<String> error,
      Optional<String> ref,
      Instant now) {
    return new Effect(
        id,
        bookingId,
        kind,
        target,
        revision,
        dueAt,
        newState,
        newAttempts,
        newNextAttempt,
        error,
        ref.or(() -> remoteRef),
        payload,
        createdAt,
        now);
  }

  private static String cut(String error) {
    return error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH);
  }
}
