package com.metalogics.booking.adapter.jdbi.internal;

import com.metalogics.booking.core.domain.Attendee;
import com.metalogics.booking.core.domain.Attribution;
import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.BookingStatus;
import com.metalogics.booking.core.domain.CalendarConflict;
import com.metalogics.booking.core.domain.CrmOrigin;
import com.metalogics.booking.core.domain.LeadSource;
import com.metalogics.booking.core.domain.Placement;
import com.metalogics.booking.core.domain.SyncStatus;
import com.metalogics.booking.core.domain.SyncSummary;
import com.metalogics.booking.core.domain.TimeSlot;
import com.metalogics.booking.core.port.out.BookedSlot;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Reads one row of {@code bookings} back into the core's {@link Booking}. */
final class BookingRowMapper implements RowMapper<Booking> {

  /** The columns {@link #bookedSlot} reads. */
  static final String BOOKED_SLOT_COLUMNS =
      "id, start_time, end_time, event_type, host_id, vip_tier, co_hosts, assignment_reason";

  @Override
  public Booking map(ResultSet rs, StatementContext ctx) throws SQLException {
    return read(rs);
  }

  /** The row under the cursor; for plain JDBC statements, which have no Jdbi context. */
  Booking read(ResultSet rs) throws SQLException {
    Attendee attendee =
        new Attendee(
            rs.getString("attendee_name"),
            rs.getString("attendee_email"),
            optionalString(rs, "attendee_company"),
            optionalString(rs, "attendee_phone"),
            optionalString(rs, "attendee_message"),
            ZoneId.of(rs.getString("attendee_time_zone")),
            rs.getBoolean("attendee_sms_opted_out"));
    return new Booking(
        rs.getObject("id", UUID.class),
        attendee,
        new TimeSlot(instant(rs, "start_time"), instant(rs, "end_time")),
        BookingStatus.valueOf(rs.getString("status")),
        rs.getInt("revision"),
        syncState(rs),
        instant(rs, "created_at"),
        instant(rs, "updated_at"),
        optionalInstant(rs, "cancelled_at"),
        optionalString(rs, "cancel_reason"),
        rs.getString("manage_token_hash"),
        optionalString(rs, "idempotency_key"),
        rs.getLong("version"),
        placement(rs),
        attribution(rs),
        optionalInstant(rs, "no_show_at"),
        conflict(rs));
  }

  /** The row under the cursor, as availability reads it: {@link #BOOKED_SLOT_COLUMNS}. */
  static BookedSlot bookedSlot(ResultSet rs) throws SQLException {
    return new BookedSlot(
        rs.getObject("id", UUID.class),
        new TimeSlot(instant(rs, "start_time"), instant(rs, "end_time")),
        placement(rs));
  }

  private static Placement placement(ResultSet rs) throws SQLException {
    return new Placement(
        rs.getString("event_type"),
        rs.getString("host_id"),
        optionalString(rs, "vip_tier"),
        optionalString(rs, "co_hosts").map(BookingColumns::hostList).orElse(List.of()),
        optionalString(rs, "assignment_reason"));
  }

  private static Optional<CalendarConflict> conflict(ResultSet rs) throws SQLException {
    Optional<String> eventId = optionalString(rs, "conflict_event_id");
    if (eventId.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new CalendarConflict(
            eventId.get(),
            new TimeSlot(instant(rs, "conflict_start"), instant(rs, "conflict_end")),
            instant(rs, "conflict_detected_at")));
  }

  private static Attribution attribution(ResultSet rs) throws SQLException {
    LeadSource source =
        new LeadSource(
            optionalString(rs, "utm_source"),
            optionalString(rs, "utm_medium"),
            optionalString(rs, "utm_campaign"),
            optionalString(rs, "utm_term"),
            optionalString(rs, "utm_content"),
            optionalString(rs, "referrer"));
    Optional<String> crmSource = optionalString(rs, "crm_source");
    if (crmSource.isEmpty()) {
      return Attribution.of(source);
    }
    return new Attribution(
        source,
        Optional.of(
            new CrmOrigin(
                crmSource.get(),
                optionalString(rs, "crm_source_detail1"),
                optionalString(rs, "crm_source_detail2"))));
  }

  private static SyncSummary syncState(ResultSet rs) throws SQLException {
    return new SyncSummary(
        SyncStatus.valueOf(rs.getString("calendar_state")),
        SyncStatus.valueOf(rs.getString("crm_state")),
        SyncStatus.valueOf(rs.getString("email_state")),
        optionalString(rs, "calendar_event_id"),
        optionalString(rs, "crm_contact_id"));
  }

  static Optional<String> optionalString(ResultSet rs, String column) throws SQLException {
    return Optional.ofNullable(rs.getString(column));
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    return optionalInstant(rs, column)
        .orElseThrow(() -> new SQLException("column " + column + " is null"));
  }

  static Optional<Instant> optionalInstant(ResultSet rs, String column) throws SQLException {
    return Optional.ofNullable(rs.getObject(column, OffsetDateTime.class))
        .map(OffsetDateTime::toInstant);
  }
}
