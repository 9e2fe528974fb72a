package com.metalogics.booking.core.domain;

/** Where an effect stands. Only {@link #PENDING} effects are run by the worker. */
public enum EffectState {
  /** Not done yet: due at its next attempt. */
  PENDING,
  /** Done; {@code remoteRef} names what it made, when anything. */
  DONE,
  /** Given up after its handler's retry schedule ran out; the admin may retry it. */
  FAILED,
  /** No longer needed: a newer revision serves it, or the booking was cancelled. */
  CANCELLED
}
