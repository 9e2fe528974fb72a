package com.metalogics.booking.core.domain;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The integrations switched on. Only their unmirrored work makes a booking "need sync": a switched
 * off one is shown as {@link SyncStatus#DISABLED} and waited for by nobody. A change made while it
 * was off wrote no effect for it, so switching it on later leaves such bookings as they are.
 */
public record EnabledIntegrations(Set<Integration> enabled) {

  /** Ranks of {@link #syncRank}: a failed mirror first, then pending ones, then in sync. */
  public static final int SYNC_RANK_FAILED = 0;

  public static final int SYNC_RANK_PENDING = 1;
  public static final int SYNC_RANK_IN_SYNC = 2;

  /** Kept in declaration order, so that SQL built from it reads the same on every run. */
  public EnabledIntegrations {
    Objects.requireNonNull(enabled, "enabled");
    Set<Integration> ordered = EnumSet.noneOf(Integration.class);
    ordered.addAll(enabled);
    enabled = Collections.unmodifiableSet(ordered);
  }

  public static EnabledIntegrations all() {
    return new EnabledIntegrations(EnumSet.allOf(Integration.class));
  }

  public static EnabledIntegrations none() {
    return new EnabledIntegrations(Set.of());
  }

  public static EnabledIntegrations of(boolean calendar, boolean crm, boolean email) {
    Set<Integration> on = EnumSet.noneOf(Integration.class);
    if (calendar) {
      on.add(Integration.CALENDAR);
    }
    if (crm) {
      on.add(Integration.CRM);
    }
    if (email) {
      on.add(Integration.EMAIL);
    }
    return new EnabledIntegrations(on);
  }

  public boolean isEnabled(Integration integration) {
    return enabled.contains(integration);
  }

  /** The status an admin sees: {@link SyncStatus#DISABLED} for a switched-off integration. */
  public SyncStatus statusOf(SyncSummary sync, Integration integration) {
    return isEnabled(integration) ? sync.status(integration) : SyncStatus.DISABLED;
  }

  /** True when a switched-on integration does not show the booking's current revision yet. */
  public boolean needsSync(SyncSummary sync) {
    for (Integration integration : enabled) {
      if (sync.status(integration) != SyncStatus.SYNCED) {
        return true;
      }
    }
    return false;
  }

  /**
   * The admin list's "sync" order: bookings with a failed mirror first, then pending ones, then
   * those in sync; when every integration is off, all bookings rank alike.
   */
  public int syncRank(SyncSummary sync) {
    boolean pending = false;
    for (Integration integration : enabled) {
      SyncStatus status = sync.status(integration);
      if (status == SyncStatus.FAILED) {
        return SYNC_RANK_FAILED;
      }
      pending |= status == SyncStatus.PENDING;
    }
    return pending ? SYNC_RANK_PENDING : SYNC_RANK_IN_SYNC;
  }
}
