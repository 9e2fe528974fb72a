package com.metalogics.booking.adapter.jdbi.internal;

import com.metalogics.booking.core.domain.Attendee;
import com.metalogics.booking.core.domain.Attribution;
import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.CalendarConflict;
import com.metalogics.booking.core.domain.CrmOrigin;
import com.metalogics.booking.core.domain.LeadSource;
import com.metalogics.booking.core.domain.SyncSummary;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
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
          "attendee_sms_opted_out",
          "start_time",
          "end_time",
          "status",
          "revision",
          "calendar_event_id",
          "crm_contact_id",
          "calendar_state",
          "crm_state",
          "email_state",
          "needs_sync",
          "created_at",
          "updated_at",
          "cancelled_at",
          "cancel_reason",
          "manage_token_hash",
          "idempotency_key",
          "event_type",
          "host_id",
          "vip_tier",
          "co_hosts",
          "assignment_reason",
          "utm_source",
          "utm_medium",
          "utm_campaign",
          "utm_term",
          "utm_content",
          "referrer",
          "crm_source",
          "crm_source_detail1",
          "crm_source_detail2",
          "no_show_at",
          "conflict_event_id",
          "conflict_start",
          "conflict_end",
          "conflict_detected_at");

  static final DirectStatement INSERT =
      DirectStatement.of(
          "insert booking",
          "INSERT INTO bookings (id, version, "
              + String.join(", ", WRITTEN)
              + ") VALUES (:id, :version, "
              + String.join(", ", WRITTEN.stream().map(c -> ":" + c).toList())
              + ")");

  /** Bumps the version, only when the version is still the caller's. */
  static final DirectStatement UPDATE =
      DirectStatement.of(
          "update booking",
          "UPDATE bookings SET version = version + 1, "
              + String.join(", ", WRITTEN.stream().map(c -> c + " = :" + c).toList())
              + " WHERE id = :id AND version = :version");

  private BookingColumns() {}

  /** Inserts or updates {@code booking}; the number of rows written. */
  static int write(Handle handle, DirectStatement statement, Booking booking) {
    return statement.update(handle, column -> value(booking, column));
  }

  /** The value of {@code column} (or of the {@code id} and {@code version} keys) for a booking. */
  private static Object value(Booking booking, String column) {
    Attendee attendee = booking.attendee();
    return switch (column) {
      case "id" -> booking.id();
      case "version" -> booking.version();
      case "attendee_name" -> attendee.name();
      case "attendee_email" -> attendee.email();
      case "email_normalized" -> attendee.normalizedEmail();
      case "attendee_company" -> attendee.company().orElse(null);
      case "attendee_phone" -> attendee.phone().orElse(null);
      case "attendee_message" -> attendee.message().orElse(null);
      case "attendee_time_zone" -> attendee.timeZone().getId();
      case "attendee_sms_opted_out" -> attendee.smsOptedOut();
      case "start_time" -> booking.startTime();
      case "end_time" -> booking.endTime();
      case "status" -> booking.status().name();
      case "revision" -> booking.revision();
      case "created_at" -> booking.createdAt();
      case "updated_at" -> booking.updatedAt();
      case "cancelled_at" -> booking.cancelledAt().orElse(null);
      case "cancel_reason" -> booking.cancelReason().orElse(null);
      case "manage_token_hash" -> booking.manageTokenHash();
      case "idempotency_key" -> booking.idempotencyKey().orElse(null);
      case "event_type" -> booking.placement().eventType();
      case "host_id" -> booking.placement().hostId();
      case "vip_tier" -> booking.placement().vipTier().orElse(null);
      case "co_hosts" ->
          booking.placement().coHosts().isEmpty()
              ? null
              : String.join(",", booking.placement().coHosts());
      case "assignment_reason" -> booking.placement().assignmentReason().orElse(null);
      case "no_show_at" -> booking.noShowAt().orElse(null);
      case "conflict_event_id" -> booking.conflict().map(CalendarConflict::eventId).orElse(null);
      case "conflict_start" -> booking.conflict().map(c -> c.eventTime().start()).orElse(null);
      case "conflict_end" -> booking.conflict().map(c -> c.eventTime().end()).orElse(null);
      case "conflict_detected_at" ->
          booking.conflict().map(CalendarConflict::detectedAt).orElse(null);
      default ->
          column.startsWith("crm_source") || SOURCE.contains(column)
              ? attributionValue(booking.attribution(), column)
              : syncValue(booking.sync(), column);
    };
  }

  private static final List<String> SOURCE =
      List.of("utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content", "referrer");

  private static Object attributionValue(Attribution attribution, String column) {
    LeadSource s = attribution.source();
    Optional<CrmOrigin> crm = attribution.crmOrigin();
    Optional<String> value =
        switch (column) {
          case "utm_source" -> s.utmSource();
          case "utm_medium" -> s.utmMedium();
          case "utm_campaign" -> s.utmCampaign();
          case "utm_term" -> s.utmTerm();
          case "utm_content" -> s.utmContent();
          case "referrer" -> s.referrer();
          case "crm_source" -> crm.map(CrmOrigin::source);
          case "crm_source_detail1" -> crm.flatMap(CrmOrigin::detail1);
          case "crm_source_detail2" -> crm.flatMap(CrmOrigin::detail2);
          default -> throw new IllegalArgumentException("No bookings column " + column);
        };
    return value.orElse(null);
  }

  /** The summary of the booking's effects, as {@link #SUMMARY} writes it too. */
  static Object syncValue(SyncSummary sync, String column) {
    return switch (column) {
      case "calendar_event_id" -> sync.calendarEventId().orElse(null);
      case "crm_contact_id" -> sync.crmContactId().orElse(null);
      case "calendar_state" -> sync.calendar().name();
      case "crm_state" -> sync.crm().name();
      case "email_state" -> sync.email().name();
      case "needs_sync" -> sync.needsSync();
      default -> throw new IllegalArgumentException("No bookings column " + column);
    };
  }

  /** Rewrites a booking's summary; not a change of the booking, so the version stays. */
  static final DirectStatement SUMMARY =
      DirectStatement.of(
          "update booking summary",
          "UPDATE bookings SET calendar_event_id = :calendar_event_id,"
              + " crm_contact_id = :crm_contact_id, calendar_state = :calendar_state,"
              + " crm_state = :crm_state, email_state = :email_state, needs_sync = :needs_sync"
              + " WHERE id = :id");

  static void writeSummary(Handle handle, java.util.UUID id, SyncSummary sync) {
    SUMMARY.update(handle, column -> "id".equals(column) ? id : syncValue(sync, column));
  }

  /** The host ids of {@code co_hosts}: slugs, so a comma separates them safely. */
  static List<String> hostList(String commaSeparated) {
    return List.of(commaSeparated.split(","));
  }

  static <S extends SqlStatement<S>> S bindInstant(
      S statement, String name, Optional<Instant> value) {
    return statement.bindByType(name, value.orElse(null), Instant.class);
  }
}
