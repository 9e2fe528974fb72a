package com.metalogics.booking.core.application;

import com.metalogics.booking.core.domain.EnabledIntegrations;
import com.metalogics.booking.core.domain.Integration;
import com.metalogics.booking.core.domain.SyncStatus;
import com.metalogics.booking.core.domain.SyncSummary;
import com.metalogics.booking.core.port.in.Warning;
import java.util.ArrayList;
import java.util.List;

/** Turns what is still unmirrored into the warning codes of the API. */
final class Warnings {

  private Warnings() {}

  /** A switched-off integration waits for nothing, so it never warns. */
  static List<Warning> pendingOf(SyncSummary sync, EnabledIntegrations enabled) {
    List<Warning> warnings = new ArrayList<>(3);
    if (pending(sync, enabled, Integration.CALENDAR)) {
      warnings.add(Warning.CALENDAR_SYNC_PENDING);
    }
    if (pending(sync, enabled, Integration.CRM)) {
      warnings.add(Warning.CRM_SYNC_PENDING);
    }
    if (pending(sync, enabled, Integration.EMAIL)) {
      warnings.add(Warning.EMAIL_PENDING);
    }
    return warnings;
  }

  private static boolean pending(
      SyncSummary sync, EnabledIntegrations enabled, Integration integration) {
    SyncStatus status = enabled.statusOf(sync, integration);
    return status == SyncStatus.PENDING || status == SyncStatus.FAILED;
  }

  static List<Warning> with(Warning first, List<Warning> rest) {
    List<Warning> warnings = new ArrayList<>(rest.size() + 1);
    warnings.add(first);
    warnings.addAll(rest);
    return warnings;
  }
}
