package com.metalogics.booking.adapter.jdbi.internal;

import com.metalogics.booking.core.domain.Attendee;
import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.SyncState;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.statement.SqlStatement;

/** The writable columns of {@code bookings} and how a {@link Booking} fills them. */
final class BookingColumns {

  /** Every column a write sets from the booking, also the name of its bind parameter. */
  static final List<String> WRITTEN =
      List.of(
          "attendee_name",
          "attendee_email",
          "email_normalized",
          "attendee_company",
          "attendee_phone",
          "attendee_message",
          "attendee_time_zone",
          "start_time",
          "end_time",
          "status",
          "revision",
          "calendar_event_id",
          "calendar_synced",
          "requires_manual_calendar_sync",
          "crm_contact_id",
          "crm_synced",
          "requires_manual_crm_sync",
          "attendee_notified",
          "needs_sync",
          "last_error",
          "sync_attempts",
          "next_attempt_at",
          "admin_alerted",
          "created_at",
          "updated_at",
          "cancelled_at",
          "cancel_reason",
          "manage_token_hash",
          "idempotency_key");

  static final String INSERT =
      "INSERT INTO bookings (id, version, "
          + String.join(", ", WRITTEN)
          + ") VALUES (:id, :version, "
          + String.join(", ", WRITTEN.stream().map(c -> ":" + c).toList())
          + ")";

  /** Bumps the version and releases any sync claim, only when the version is still the caller's. */
  static final String UPDATE =
      "UPDATE bookings SET version = version + 1, claimed_until = NULL, "
          + String.join(", ", WRITTEN.stream().map(c -> c + " = :" + c).toList())
          + " WHERE id = :id AND version = :version";

  private BookingColumns() {}

  static <S extends SqlStatement<S>> S bind(S statement, Booking booking) {
    Attendee attendee = booking.attendee();
    statement
        .bind("id", booking.id())
        .bind("version", booking.version())
        .bind("attendee_name", attendee.name())
        .bind("attendee_email", attendee.email())
        .bind("email_normalized", attendee.normalizedEmail())
        .bind("attendee_company", attendee.company().orElse(null))
        .bind("attendee_phone", attendee.phone().orElse(null))
        .bind("attendee_message", attendee.message().orElse(null))
        .bind("attendee_time_zone", attendee.timeZone().getId())
        .bind("status", booking.status().name())
        .bind("revision", booking.revision())
        .bind("cancel_reason", booking.cancelReason().orElse(null))
        .bind("manage_token_hash", booking.manageTokenHash())
        .bind("idempotency_key", booking.idempotencyKey().orElse(null));
    bindInstant(statement, "start_time", Optional.of(booking.startTime()));
    bindInstant(statement, "end_time", Optional.of(booking.endTime()));
    bindInstant(statement, "created_at", Optional.of(booking.createdAt()));
    bindInstant(statement, "updated_at", Optional.of(booking.updatedAt()));
    bindInstant(statement, "cancelled_at", booking.cancelledAt());
    return bindSync(statement, booking.sync());
  }

  private static <S extends SqlStatement<S>> S bindSync(S statement, SyncState sync) {
    statement
        .bind("calendar_event_id", sync.calendarEventId().orElse(null))
        .bind("calendar_synced", sync.calendarSynced())
        .bind("requires_manual_calendar_sync", sync.requiresManualCalendarSync())
        .bind("crm_contact_id", sync.crmContactId().orElse(null))
        .bind("crm_synced", sync.crmSynced())
        .bind("requires_manual_crm_sync", sync.requiresManualCrmSync())
        .bind("attendee_notified", sync.attendeeNotified())
        .bind("needs_sync", sync.needsSync())
        .bind("last_error", sync.lastError().orElse(null))
        .bind("sync_attempts", sync.attempts())
        .bind("admin_alerted", sync.adminAlerted());
    bindInstant(statement, "next_attempt_at", sync.nextAttemptAt());
    return statement;
  }

  static <S extends SqlStatement<S>> S bindInstant(
      S statement, String name, Optional<Instant> value) {
    return statement.bindByType(name, value.orElse(null), Instant.class);
  }
}
