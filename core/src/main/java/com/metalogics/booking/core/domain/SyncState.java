package com.metalogics.booking.core.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How far a booking's current revision has been mirrored to the calendar, the CRM and the
 * attendee's inbox. {@code *Synced} means "the remote side shows the current revision"; {@code
 * requiresManual*} means "a mirror attempt failed and the sync worker owns it now".
 */
public record SyncState(
    Optional<String> calendarEventId,
    boolean calendarSynced,
    boolean requiresManualCalendarSync,
    Optional<String> crmContactId,
    boolean crmSynced,
    boolean requiresManualCrmSync,
    boolean attendeeNotified,
    Optional<String> lastError,
    int attempts,
    Optional<Instant> nextAttemptAt,
    boolean adminAlerted) {

  /**
   * How {@link #lastError} starts when the attendee mail failed. The mail step runs last in every
   * mirror attempt, so while the mail is still unsent this prefix tells a failed attempt from one
   * that has not run yet; there is no stored flag of its own for it.
   */
  public static final String EMAIL_ERROR_PREFIX = "email: ";

  public SyncState {
    Objects.requireNonNull(calendarEventId, "calendarEventId");
    Objects.requireNonNull(crmContactId, "crmContactId");
    Objects.requireNonNull(lastError, "lastError");
    Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
    if (attempts < 0) {
      throw new IllegalArgumentException("attempts must not be negative");
    }
  }

  /** A booking nothing has been mirrored for yet. */
  public static SyncState pending() {
    return new SyncState(
        Optional.empty(),
        false,
        false,
        Optional.empty(),
        false,
        false,
        false,
        Optional.empty(),
        0,
        Optional.empty(),
        false);
  }

  /** True until every integration, switched on or not, shows the current revision. */
  public boolean needsSync() {
    return !calendarSynced || !crmSynced || !attendeeNotified;
  }

  /** Where the mirror to {@code integration} stands, whether it is switched on or not. */
  public SyncStatus status(Integration integration) {
    return switch (integration) {
      case CALENDAR -> status(calendarSynced, requiresManualCalendarSync);
      case CRM -> status(crmSynced, requiresManualCrmSync);
      case EMAIL ->
          status(
              attendeeNotified,
              lastError.filter(error -> error.startsWith(EMAIL_ERROR_PREFIX)).isPresent());
    };
  }

  private static SyncStatus status(boolean synced, boolean failed) {
    if (synced) {
      return SyncStatus.SYNCED;
    }
    return failed ? SyncStatus.FAILED : SyncStatus.PENDING;
  }

  /**
   * A new revision (reschedule, cancel) must be mirrored again everywhere. The sync worker leaves
   * it alone until {@code firstWorkerAttempt}, giving the inline mirror its chance.
   */
  public SyncState forNewRevision(Instant firstWorkerAttempt) {
    return new SyncState(
        calendarEventId,
        false,
        false,
        crmContactId,
        false,
        false,
        false,
        lastError,
        0,
        Optional.of(firstWorkerAttempt),
        false);
  }

  /**
   * A fresh booking's state: nothing mirrored, the worker waits until {@code firstWorkerAttempt}.
   */
  public static SyncState pendingFrom(Instant firstWorkerAttempt) {
    return pending().forNewRevision(firstWorkerAttempt);
  }

  public SyncState calendarMirrored(Optional<String> eventId) {
    return new SyncState(
        eventId,
        true,
        false,
        crmContactId,
        crmSynced,
        requiresManualCrmSync,
        attendeeNotified,
        lastError,
        attempts,
        nextAttemptAt,
        adminAlerted);
  }

  public SyncState calendarFailed(String error) {
    return new SyncState(
        calendarEventId,
        false,
        true,
        crmContactId,
        crmSynced,
        requiresManualCrmSync,
        attendeeNotified,
        Optional.of(error),
        attempts,
        nextAttemptAt,
        adminAlerted);
  }

  public SyncState crmMirrored(String contactId) {
    return new SyncState(
        calendarEventId,
        calendarSynced,
        requiresManualCalendarSync,
        Optional.of(contactId),
        true,
        false,
        attendeeNotified,
        lastError,
        attempts,
        nextAttemptAt,
        adminAlerted);
  }

  public SyncState crmFailed(String error) {
    return new SyncState(
        calendarEventId,
        calendarSynced,
        requiresManualCalendarSync,
        crmContactId,
        false,
        true,
        attendeeNotified,
        Optional.of(error),
        attempts,
        nextAttemptAt,
        adminAlerted);
  }

  public SyncState notified() {
    return new SyncState(
        calendarEventId,
        calendarSynced,
        requiresManualCalendarSync,
        crmContactId,
        crmSynced,
        requiresManualCrmSync,
        true,
        lastError,
        attempts,
        nextAttemptAt,
        adminAlerted);
  }

  public SyncState notificationFailed(String error) {
    return new SyncState(
        calendarEventId,
        calendarSynced,
        requiresManualCalendarSync,
        crmContactId,
        crmSynced,
        requiresManualCrmSync,
        false,
        Optional.of(error),
        attempts,
        nextAttemptAt,
        adminAlerted);
  }

  /** After a sync run: success clears the error and the schedule, failure schedules a retry. */
  public SyncState afterAttempt(Optional<Instant> retryAt) {
    boolean done = !needsSync();
    return new SyncState(
        calendarEventId,
        calendarSynced,
        requiresManualCalendarSync,
        crmContactId,
        crmSynced,
        requiresManualCrmSync,
        attendeeNotified,
        done ? Optional.empty() : lastError,
        done ? 0 : attempts + 1,
        done ? Optional.empty() : retryAt,
        adminAlerted);
  }

  public SyncState withAdminAlerted() {
    return new SyncState(
        calendarEventId,
        calendarSynced,
        requiresManualCalendarSync,
        crmContactId,
        crmSynced,
        requiresManualCrmSync,
        attendeeNotified,
        lastError,
        attempts,
        nextAttemptAt,
        true);
  }
}
