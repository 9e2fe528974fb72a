package com.metalogics.booking.core.domain;

import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * How far a booking's current revision shows in each integration, derived from its effects by
 * {@link #derive}: storage keeps it beside the booking so that lists can filter and sort by it.
 *
 * @param calendarEventId the event id of the last calendar effect that was done
 * @param crmContactId the contact id of the last CRM effect that was done
 */
public record SyncSummary(
    SyncStatus calendar,
    SyncStatus crm,
    SyncStatus email,
    Optional<String> calendarEventId,
    Optional<String> crmContactId) {

  public SyncSummary {
    Objects.requireNonNull(calendar, "calendar");
    Objects.requireNonNull(crm, "crm");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(calendarEventId, "calendarEventId");
    Objects.requireNonNull(crmContactId, "crmContactId");
  }

  /** A booking without effects: nothing is mirrored anywhere, and nothing waits. */
  public static SyncSummary none() {
    return new SyncSummary(
        SyncStatus.DISABLED,
        SyncStatus.DISABLED,
        SyncStatus.DISABLED,
        Optional.empty(),
        Optional.empty());
  }

  /**
   * The summary of a booking at {@code revision} with these effects (all of them, any revision): an
   * integration's status is that of its effect for the revision, {@link SyncStatus#DISABLED} when
   * there is none (it was switched off at the change).
   */
  public static SyncSummary derive(int revision, Collection<Effect> effects) {
    return new SyncSummary(
        status(revision, effects, EffectKind.CALENDAR),
        status(revision, effects, EffectKind.CRM),
        status(revision, effects, EffectKind.ATTENDEE_MAIL),
        lastRef(effects, EffectKind.CALENDAR),
        lastRef(effects, EffectKind.CRM));
  }

  /** Where the mirror to {@code integration} stands, whether it is switched on or not. */
  public SyncStatus status(Integration integration) {
    return switch (integration) {
      case CALENDAR -> calendar;
      case CRM -> crm;
      case EMAIL -> email;
    };
  }

  /** True while an integration that had an effect does not show the revision yet. */
  public boolean needsSync() {
    return waits(calendar) || waits(crm) || waits(email);
  }

  private static boolean waits(SyncStatus status) {
    return status == SyncStatus.PENDING || status == SyncStatus.FAILED;
  }

  private static SyncStatus status(int revision, Collection<Effect> effects, EffectKind kind) {
    return effects.stream()
        .filter(e -> e.kind() == kind && e.target().isEmpty() && e.revision() == revision)
        .findFirst()
        .map(SyncSummary::statusOf)
        .orElse(SyncStatus.DISABLED);
  }

  /**
   * A pending effect that was tried already counts as failed: the worker retries it. A cancelled
   * one waits for nothing.
   */
  private static SyncStatus statusOf(Effect effect) {
    return switch (effect.state()) {
      case DONE -> SyncStatus.SYNCED;
      case FAILED -> SyncStatus.FAILED;
      case CANCELLED -> SyncStatus.DISABLED;
      case PENDING -> effect.attempts() > 0 ? SyncStatus.FAILED : SyncStatus.PENDING;
    };
  }

  private static Optional<String> lastRef(Collection<Effect> effects, EffectKind kind) {
    return effects.stream()
        .filter(e -> e.kind() == kind && e.state() == EffectState.DONE)
        .filter(e -> e.remoteRef().isPresent())
        .max(Comparator.comparingInt(Effect::revision).thenComparing(Effect::updatedAt))
        .flatMap(Effect::remoteRef);
  }
}
