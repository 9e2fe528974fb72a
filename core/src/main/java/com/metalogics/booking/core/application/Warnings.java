package com.metalogics.booking.core.application;

import com.metalogics.booking.core.domain.SyncState;
import com.metalogics.booking.core.port.in.Warning;
import java.util.ArrayList;
import java.util.List;

/** Turns what is still unmirrored into the warning codes of the API. */
final class Warnings {

  private Warnings() {}

  static List<Warning> pendingOf(SyncState sync) {
    List<Warning> warnings = new ArrayList<>(3);
    if (!sync.calendarSynced()) {
      warnings.add(Warning.CALENDAR_SYNC_PENDING);
    }
    if (!sync.crmSynced()) {
      warnings.add(Warning.CRM_SYNC_PENDING);
    }
    if (!sync.attendeeNotified()) {
      warnings.add(Warning.EMAIL_PENDING);
    }
    return warnings;
  }

  static List<Warning> with(Warning first, List<Warning> rest) {
    List<Warning> warnings = new ArrayList<>(rest.size() + 1);
    warnings.add(first);
    warnings.addAll(rest);
    return warnings;
  }
}
