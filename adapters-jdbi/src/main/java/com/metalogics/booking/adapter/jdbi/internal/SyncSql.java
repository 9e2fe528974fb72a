package com.metalogics.booking.adapter.jdbi.internal;

import com.metalogics.booking.core.domain.EnabledIntegrations;
import com.metalogics.booking.core.domain.Integration;
import java.util.ArrayList;
import java.util.List;

/**
 * SQL conditions on the effect summary columns that count only the switched-on integrations, as
 * {@link EnabledIntegrations} does in memory. Each holds only column names and constants.
 */
final class SyncSql {

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
            case CALENDAR -> "calendar_state IN ('PENDING', 'FAILED')";
            case CRM -> "crm_state IN ('PENDING', 'FAILED')";
            case EMAIL -> "email_state IN ('PENDING', 'FAILED')";
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
            case CALENDAR -> "calendar_state = 'FAILED'";
            case CRM -> "crm_state = 'FAILED'";
            case EMAIL -> "email_state = 'FAILED'";
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
