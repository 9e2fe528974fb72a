package com.metalogics.booking.adapter.jdbi.internal;

import com.metalogics.booking.core.domain.EnabledIntegrations;
import com.metalogics.booking.core.domain.Integration;
import com.metalogics.booking.core.domain.SyncState;
import java.util.ArrayList;
import java.util.List;

/**
 * SQL conditions on the sync columns that count only the switched-on integrations, as {@link
 * EnabledIntegrations} does in memory. Each holds only column names and constants.
 */
final class SyncSql {

  private static final String EMAIL_FAILED =
      "(attendee_notified = FALSE AND last_error LIKE '"
          + SyncState.EMAIL_ERROR_PREFIX.replace("'", "''")
          + "%')";

  private SyncSql() {}

  /**
   * A switched-on integration does not show the booking yet. Always led by {@code needs_sync}, the
   * indexed column that covers every integration.
   */
  static String pending(EnabledIntegrations integrations) {
    List<String> unmirrored = new ArrayList<>();
    for (Integration integration : integrations.enabled()) {
      unmirrored.add(
          switch (integration) {
            case CALENDAR -> "calendar_synced = FALSE";
            case CRM -> "crm_synced = FALSE";
            case EMAIL -> "attendee_notified = FALSE";
          });
    }
    if (unmirrored.isEmpty()) {
      return "FALSE";
    }
    if (unmirrored.size() == Integration.values().length) {
      return "needs_sync = TRUE";
    }
    return "(needs_sync = TRUE AND (" + String.join(" OR ", unmirrored) + "))";
  }

  /** A mirror to a switched-on integration failed. */
  static String failed(EnabledIntegrations integrations) {
    List<String> failures = new ArrayList<>();
    for (Integration integration : integrations.enabled()) {
      failures.add(
          switch (integration) {
            case CALENDAR -> "requires_manual_calendar_sync = TRUE";
            case CRM -> "requires_manual_crm_sync = TRUE";
            case EMAIL -> EMAIL_FAILED;
          });
    }
    return failures.isEmpty() ? "FALSE" : "(" + String.join(" OR ", failures) + ")";
  }

  /** {@link EnabledIntegrations#syncRank} as an SQL expression. */
  static String rank(EnabledIntegrations integrations) {
    return "(CASE WHEN "
        + failed(integrations)
        + " THEN "
        + EnabledIntegrations.SYNC_RANK_FAILED
        + " WHEN "
        + pending(integrations)
        + " THEN "
        + EnabledIntegrations.SYNC_RANK_PENDING
        + " ELSE "
        + EnabledIntegrations.SYNC_RANK_IN_SYNC
        + " END)";
  }
}
