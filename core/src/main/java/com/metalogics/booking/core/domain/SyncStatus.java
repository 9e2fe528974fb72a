package com.metalogics.booking.core.domain;

/** How far one integration shows a booking's current revision. */
public enum SyncStatus {
  /** The integration shows the current revision. */
  SYNCED,
  /** Not mirrored yet; the request that changed the booking or the sync worker will. */
  PENDING,
  /** A mirror attempt failed; the sync worker retries it. */
  FAILED,
  /** The integration is switched off: nothing is mirrored to it and nothing waits for it. */
  DISABLED
}
