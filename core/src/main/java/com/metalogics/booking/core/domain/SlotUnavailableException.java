package com.metalogics.booking.core.domain;

import java.time.Instant;
import java.util.Map;

/** The requested slot cannot be booked; {@link Reason} says why. */
public final class SlotUnavailableException extends BookingException {

  /** Why a start time is refused. */
  public enum Reason {
    OFF_GRID,
    OUTSIDE_BUSINESS_HOURS,
    TOO_SOON,
    TOO_FAR_AHEAD,
    CALENDAR_BUSY,
    ALREADY_BOOKED,
    /** The date is in a blackout period of the schedule. */
    BLACKOUT,
    /** The day, week or month of the start already holds the event type's limit. */
    LIMIT_REACHED,
    /** A busy time (calendar or booking) overlaps the slot widened by the buffers. */
    BUSY,
    /** Held back for VIP customers until its release time. */
    RESERVED
  }

  private final TimeSlot slot;
  private final Reason reason;

  public SlotUnavailableException(TimeSlot slot, Reason reason) {
    super(ErrorCode.SLOT_UNAVAILABLE, messageFor(reason));
    this.slot = slot;
    this.reason = reason;
  }

  public TimeSlot slot() {
    return slot;
  }

  public Reason reason() {
    return reason;
  }

  public Instant startTime() {
    return slot.start();
  }

  @Override
  public Map<String, Object> details() {
    return Map.of(
        "reason", reason.name(),
        "startTime", slot.start().toString(),
        "endTime", slot.end().toString());
  }

  private static String messageFor(Reason reason) {
    return switch (reason) {
      case OFF_GRID -> "The start time is not on the slot grid";
      case OUTSIDE_BUSINESS_HOURS -> "The slot is outside business hours";
      case TOO_SOON -> "The slot starts too soon";
      case TOO_FAR_AHEAD -> "The slot is too far ahead";
      case CALENDAR_BUSY -> "The calendar is busy at that time";
      case ALREADY_BOOKED -> "The slot is already booked";
      case BLACKOUT -> "The date is closed";
      case LIMIT_REACHED -> "No more bookings are taken for that period";
      case BUSY -> "The time is not free";
      case RESERVED -> "The time is reserved";
    };
  }
}
