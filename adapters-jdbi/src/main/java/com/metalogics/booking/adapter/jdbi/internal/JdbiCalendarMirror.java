package com.metalogics.booking.adapter.jdbi.internal;

import com.metalogics.booking.core.domain.TimeSlot;
import com.metalogics.booking.core.port.out.CalendarDelta;
import com.metalogics.booking.core.port.out.CalendarItem;
import com.metalogics.booking.core.port.out.CalendarMirrorStore;
import com.metalogics.booking.core.port.out.MirrorState;
import com.metalogics.booking.core.port.out.WatchChannel;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.Update;

/** {@link CalendarMirrorStore} on the tables of {@code V14__calendar_mirror.sql}. */
public final class JdbiCalendarMirror implements CalendarMirrorStore {

  private final Jdbi jdbi;

  public JdbiCalendarMirror(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public Optional<MirrorState> state(String calendarId) {
    return Storage.withHandle(
        jdbi,
        h ->
            h.createQuery("SELECT * FROM calendar_mirrors WHERE calendar_id = :calendar")
                .define(SqlErrors.STATEMENT_NAME, "calendar mirror state")
                .bind("calendar", calendarId)
                .map(JdbiCalendarMirror::state)
                .findOne());
  }

  @Override
  public List<CalendarItem> items(String calendarId) {
    return Storage.withHandle(jdbi, h -> items(h, calendarId));
  }

  @Override
  public List<CalendarItem> replace(MirrorState state, List<CalendarItem> items) {
    return Storage.inTransaction(
        jdbi,
        h -> {
          Set<String> kept = items.stream().map(CalendarItem::eventId).collect(Collectors.toSet());
          List<CalendarItem> removed =
              items(h, state.calendarId()).stream()
                  .filter(i -> !kept.contains(i.eventId()))
                  .toList();
          h.createUpdate("DELETE FROM calendar_busy WHERE calendar_id = :calendar")
              .define(SqlErrors.STATEMENT_NAME, "clear calendar copy")
              .bind("calendar", state.calendarId())
              .execute();
          insert(h, state.calendarId(), items);
          saveState(h, state);
          return removed;
        });
  }

  @Override
  public List<CalendarItem> apply(MirrorState state, CalendarDelta delta) {
    return Storage.inTransaction(
        jdbi,
        h -> {
          List<CalendarItem> removed = new ArrayList<>();
          for (String id : delta.gone()) {
            find(h, state.calendarId(), id).ifPresent(removed::add);
            delete(h, state.calendarId(), id);
          }
          for (CalendarItem item : delta.busy()) {
            delete(h, state.calendarId(), item.eventId());
          }
          insert(h, state.calendarId(), delta.busy());
          saveState(h, state);
          return removed;
        });
  }

  @Override
  public boolean claim(String key, Instant now, Duration lease) {
    return Storage.withHandle(jdbi, h -> ClaimRows.claim(h, key, now, now.plus(lease)));
  }

  @Override
  public void release(String key) {
    Storage.withHandle(
        jdbi,
        h ->
            h.createUpdate("DELETE FROM calendar_claims WHERE claim_key = :key")
                .define(SqlErrors.STATEMENT_NAME, "release calendar claim")
                .bind("key", key)
                .execute());
  }

  @Override
  public void saveChannel(WatchChannel channel) {
    Storage.inTransaction(
        jdbi,
        h -> {
          deleteChannel(h, channel.channelId());
          return h.createUpdate(
                  "INSERT INTO calendar_channels (channel_id, calendar_id, resource_id,"
                      + " token_hash, expires_at) VALUES (:id, :calendar, :resource, :hash,"
                      + " :expires)")
              .define(SqlErrors.STATEMENT_NAME, "save calendar channel")
              .bind("id", channel.channelId())
              .bind("calendar", channel.calendarId())
              .bind("resource", channel.resourceId())
              .bind("hash", channel.tokenHash())
              .bind("expires", channel.expiresAt())
              .execute();
        });
  }

  @Override
  public Optional<WatchChannel> channel(String channelId) {
    return Storage.withHandle(
        jdbi,
        h ->
            h.createQuery("SELECT * FROM calendar_channels WHERE channel_id = :id")
                .define(SqlErrors.STATEMENT_NAME, "calendar channel")
                .bind("id", channelId)
                .map(JdbiCalendarMirror::channel)
                .findOne());
  }

  @Override
  public List<WatchChannel> channels() {
    return Storage.withHandle(
        jdbi,
        h ->
            h.createQuery(
                    "SELECT * FROM calendar_channels ORDER BY calendar_id, expires_at, channel_id")
                .define(SqlErrors.STATEMENT_NAME, "calendar channels")
                .map(JdbiCalendarMirror::channel)
                .list());
  }

  @Override
  public void deleteChannel(String channelId) {
    Storage.withHandle(jdbi, h -> deleteChannel(h, channelId));
  }

  private static int deleteChannel(Handle h, String channelId) {
    return h.createUpdate("DELETE FROM calendar_channels WHERE channel_id = :id")
        .define(SqlErrors.STATEMENT_NAME, "delete calendar channel")
        .bind("id", channelId)
        .execute();
  }

  private static List<CalendarItem> items(Handle h, String calendarId) {
    return h.createQuery(
            "SELECT * FROM calendar_busy WHERE calendar_id = :calendar"
                + " ORDER BY start_time, event_id")
        .define(SqlErrors.STATEMENT_NAME, "calendar copy")
        .bind("calendar", calendarId)
        .map(JdbiCalendarMirror::item)
        .list();
  }

  private static Optional<CalendarItem> find(Handle h, String calendarId, String eventId) {
    return h.createQuery(
            "SELECT * FROM calendar_busy WHERE calendar_id = :calendar AND event_id = :event")
        .define(SqlErrors.STATEMENT_NAME, "calendar copy event")
        .bind("calendar", calendarId)
        .bind("event", eventId)
        .map(JdbiCalendarMirror::item)
        .findOne();
  }

  private static void delete(Handle h, String calendarId, String eventId) {
    h.createUpdate("DELETE FROM calendar_busy WHERE calendar_id = :calendar AND event_id = :event")
        .define(SqlErrors.STATEMENT_NAME, "delete calendar copy event")
        .bind("calendar", calendarId)
        .bind("event", eventId)
        .execute();
  }

  private static void insert(Handle h, String calendarId, List<CalendarItem> items) {
    for (CalendarItem item : items) {
      Update insert =
          h.createUpdate(
                  "INSERT INTO calendar_busy (calendar_id, event_id, start_time, end_time, booking_id)"
                      + " VALUES (:calendar, :event, :start, :end, :booking)")
              .define(SqlErrors.STATEMENT_NAME, "insert calendar copy event")
              .bind("calendar", calendarId)
              .bind("event", item.eventId())
              .bind("start", item.slot().start())
              .bind("end", item.slot().end());
      // An absent id bound as a plain null is a varchar to PostgreSQL, which refuses it for uuid.
      item.bookingId()
          .ifPresentOrElse(
              id -> insert.bind("booking", id), () -> insert.bindNull("booking", Types.OTHER));
      insert.execute();
    }
  }

  private static void saveState(Handle h, MirrorState state) {
    h.createUpdate("DELETE FROM calendar_mirrors WHERE calendar_id = :calendar")
        .define(SqlErrors.STATEMENT_NAME, "clear calendar mirror state")
        .bind("calendar", state.calendarId())
        .execute();
    h.createUpdate(
            "INSERT INTO calendar_mirrors (calendar_id, sync_token, window_start, window_end,"
                + " synced_at) VALUES (:calendar, :token, :from, :to, :synced)")
        .define(SqlErrors.STATEMENT_NAME, "save calendar mirror state")
        .bind("calendar", state.calendarId())
        .bind("token", state.syncToken())
        .bind("from", state.window().start())
        .bind("to", state.window().end())
        .bind("synced", state.syncedAt())
        .execute();
  }

  private static MirrorState state(ResultSet rs, StatementContext ctx) throws SQLException {
    return new MirrorState(
        rs.getString("calendar_id"),
        rs.getString("sync_token"),
        new TimeSlot(
            BookingRowMapper.instant(rs, "window_start"),
            BookingRowMapper.instant(rs, "window_end")),
        BookingRowMapper.instant(rs, "synced_at"));
  }

  private static CalendarItem item(ResultSet rs, StatementContext ctx) throws SQLException {
    return new CalendarItem(
        rs.getString("event_id"),
        new TimeSlot(
            BookingRowMapper.instant(rs, "start_time"), BookingRowMapper.instant(rs, "end_time")),
        Optional.ofNullable(rs.getObject("booking_id", UUID.class)));
  }

  private static WatchChannel channel(ResultSet rs, StatementContext ctx) throws SQLException {
    return new WatchChannel(
        rs.getString("channel_id"),
        rs.getString("calendar_id"),
        rs.getString("resource_id"),
        rs.getString("token_hash"),
        BookingRowMapper.instant(rs, "expires_at"));
  }
}
