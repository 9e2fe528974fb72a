package com.metalogics.booking.core.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A booking of one slot by one attendee. Immutable: every change returns a new value with a bumped
 * {@code updatedAt}; storage bumps {@code version} on every write so that concurrent writers cannot
 * silently overwrite each other.
 *
 * @param revision 1 when booked, incremented by every reschedule and by the cancellation; what the
 *     effects and the e-mails are keyed by
 * @param sync what its effects did so far, kept up to date by storage
 * @param attribution where the lead came from
 * @param noShowAt when an admin marked that the attendee did not come
 * @param conflict an outside calendar event over the booking, while there is one
 */
public record Booking(
    UUID id,
    Attendee attendee,
    TimeSlot slot,
    BookingStatus status,
    int revision,
    SyncSummary sync,
    Instant createdAt,
    Instant updatedAt,
    Optional<Instant> cancelledAt,
    Optional<String> cancelReason,
    String manageTokenHash,
    Optional<String> idempotencyKey,
    long version,
    Placement placement,
    Attribution attribution,
    Optional<Instant> noShowAt,
    Optional<CalendarConflict> conflict) {

  public Booking {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(attendee, "attendee");
    Objects.requireNonNull(slot, "slot");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(sync, "sync");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
    Objects.requireNonNull(cancelledAt, "cancelledAt");
    Objects.requireNonNull(cancelReason, "cancelReason");
    Objects.requireNonNull(manageTokenHash, "manageTokenHash");
    Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    Objects.requireNonNull(placement, "placement");
    Objects.requireNonNull(attribution, "attribution");
    Objects.requireNonNull(noShowAt, "noShowAt");
    Objects.requireNonNull(conflict, "conflict");
    if (slot.length().isZero()) {
      throw new IllegalArgumentException("slot must not be empty");
    }
    if (revision < 1) {
      throw new IllegalArgumentException("revision must be at least 1");
    }
    if (status == BookingStatus.CANCELLED && cancelledAt.isEmpty()) {
      throw new IllegalArgumentException("a cancelled booking needs cancelledAt");
    }
  }

  /** A booking without a calendar conflict, as stored before conflicts were tracked. */
  public Booking(
      UUID id,
      Attendee attendee,
      TimeSlot slot,
      BookingStatus status,
      int revision,
      SyncSummary sync,
      Instant createdAt,
      Instant updatedAt,
      Optional<Instant> cancelledAt,
      Optional<String> cancelReason,
      String manageTokenHash,
      Optional<String> idempotencyKey,
      long version,
      Placement placement,
      Attribution attribution,
      Optional<Instant> noShowAt) {
    this(
        id,
        attendee,
        slot,
        status,
        revision,
        sync,
        createdAt,
        updatedAt,
        cancelledAt,
        cancelReason,
        manageTokenHash,
        idempotencyKey,
        version,
        placement,
        attribution,
        noShowAt,
        Optional.empty());
  }

  /** A booking of the default event type and host, about to be reserved. */
  public static Booking newBooking(
      UUID id,
      Attendee attendee,
      TimeSlot slot,
      Instant now,
      String manageTokenHash,
      Optional<String> idempotencyKey) {
    return newBooking(id, attendee, slot, now, manageTokenHash, idempotencyKey, Placement.DEFAULT);
  }

  /** A booking about to be reserved: confirmed, no effects yet. */
  public static Booking newBooking(
      UUID id,
      Attendee attendee,
      TimeSlot slot,
      Instant now,
      String manageTokenHash,
      Optional<String> idempotencyKey,
      Placement placement) {
    return new Booking(
        id,
        attendee,
        slot,
        BookingStatus.CONFIRMED,
        1,
        SyncSummary.none(),
        now,
        now,
        Optional.empty(),
        Optional.empty(),
        manageTokenHash,
        idempotencyKey,
        0,
        placement,
        Attribution.NONE,
        Optional.empty(),
        Optional.empty());
  }

  public Instant startTime() {
    return slot.start();
  }

  public Instant endTime() {
    return slot.end();
  }

  public Duration duration() {
    return slot.length();
  }

  public boolean isActive() {
    return status.isActive();
  }

  public Booking cancel(Instant now, Optional<String> reason) {
    return new Booking(
        id,
        attendee,
        slot,
        BookingStatus.CANCELLED,
        revision + 1,
        sync,
        createdAt,
        now,
        Optional.of(now),
        reason,
        manageTokenHash,
        idempotencyKey,
        version,
        placement,
        attribution,
        noShowAt,
        conflict);
  }

  public Booking reschedule(TimeSlot newSlot, Instant now) {
    return new Booking(
        id,
        attendee,
        newSlot,
        status,
        revision + 1,
        sync,
        createdAt,
        now,
        cancelledAt,
        cancelReason,
        manageTokenHash,
        idempotencyKey,
        version,
        placement,
        attribution,
        noShowAt,
        conflict);
  }

  /** The same revision with the attendee's changed preferences. */
  public Booking withAttendee(Attendee newAttendee, Instant now) {
    return new Booking(
        id,
        newAttendee,
        slot,
        status,
        revision,
        sync,
        createdAt,
        now,
        cancelledAt,
        cancelReason,
        manageTokenHash,
        idempotencyKey,
        version,
        placement,
        attribution,
        noShowAt,
        conflict);
  }

  public Booking withSync(SyncSummary newSync) {
    return new Booking(
        id,
        attendee,
        slot,
        status,
        revision,
        newSync,
        createdAt,
        updatedAt,
        cancelledAt,
        cancelReason,
        manageTokenHash,
        idempotencyKey,
        version,
        placement,
        attribution,
        noShowAt,
        conflict);
  }

  /** The same booking with where its lead came from. */
  public Booking withAttribution(Attribution newAttribution) {
    return new Booking(
        id,
        attendee,
        slot,
        status,
        revision,
        sync,
        createdAt,
        updatedAt,
        cancelledAt,
        cancelReason,
        manageTokenHash,
        idempotencyKey,
        version,
        placement,
        newAttribution,
        noShowAt,
        conflict);
  }

  /** Marked as a no-show; not a new revision, as nothing the effects mirror changes. */
  public Booking markNoShow(Instant now) {
    return new Booking(
        id,
        attendee,
        slot,
        status,
        revision,
        sync,
        createdAt,
        now,
        cancelledAt,
        cancelReason,
        manageTokenHash,
        idempotencyKey,
        version,
        placement,
        attribution,
        Optional.of(now),
        conflict);
  }

  /** The same booking taken by the hosts of {@code other}. */
  public Booking withPlacement(Placement other) {
    return new Booking(
        id,
        attendee,
        slot,
        status,
        revision,
        sync,
        createdAt,
        updatedAt,
        cancelledAt,
        cancelReason,
        manageTokenHash,
        idempotencyKey,
        version,
        other,
        attribution,
        noShowAt);
  }

  /** Storage's view after a successful write. */
  public Booking withVersion(long newVersion) {
    return new Booking(
        id,
        attendee,
        slot,
        status,
        revision,
        sync,
        createdAt,
        updatedAt,
        cancelledAt,
        cancelReason,
        manageTokenHash,
        idempotencyKey,
        newVersion,
        placement,
        attribution,
        noShowAt,
        conflict);
  }

  /** True while an outside calendar event overlaps the booking. */
  public boolean conflicted() {
    return conflict.isPresent();
  }

  /**
   * The same booking with the calendar conflict set or cleared; not a new revision, as the meeting
   * and what the effects mirror stay as they are.
   */
  public Booking withConflict(Optional<CalendarConflict> newConflict, Instant now) {
    return new Booking(
        id,
        attendee,
        slot,
        status,
        revision,
        sync,
        createdAt,
        now,
        cancelledAt,
        cancelReason,
        manageTokenHash,
        idempotencyKey,
        version,
        placement,
        attribution,
        noShowAt,
        newConflict);
  }
}
