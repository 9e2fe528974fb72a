package com.metalogics.booking.adapter.jdbi.internal;

import com.metalogics.booking.core.domain.Effect;
import com.metalogics.booking.core.domain.EffectKind;
import com.metalogics.booking.core.domain.EffectState;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Update;

/** The rows of {@code effects}: how an {@link Effect} fills them and is read back. */
final class EffectTable {

  static final List<String> COLUMNS =
      List.of(
          "id",
          "booking_id",
          "kind",
          "target",
          "revision",
          "due_at",
          "state",
          "attempts",
          "next_attempt_at",
          "last_error",
          "remote_ref",
          "payload",
          "created_at",
          "updated_at");

  static final DirectStatement INSERT =
      DirectStatement.of(
          "insert effect",
          "INSERT INTO effects ("
              + String.join(", ", COLUMNS)
              + ") VALUES ("
              + String.join(", ", COLUMNS.stream().map(c -> ":" + c).toList())
              + ")");

  /** Stores an outcome and releases the claim. */
  static final DirectStatement UPDATE =
      DirectStatement.of(
          "store effect outcome",
          "UPDATE effects SET state = :state, attempts = :attempts,"
              + " next_attempt_at = :next_attempt_at, last_error = :last_error,"
              + " remote_ref = :remote_ref, updated_at = :updated_at, claimed_until = NULL"
              + " WHERE id = :id");

  static final RowMapper<Effect> MAPPER = (rs, ctx) -> read(rs);

  private static final String SELECT = "SELECT * FROM effects ";

  /** Every outcome stored reads these to refresh the booking's summary: on plain JDBC. */
  private static final DirectStatement OF_BOOKING =
      DirectStatement.of(
          "effects of booking",
          SELECT + "WHERE booking_id = :booking ORDER BY created_at, revision, kind, id");

  private EffectTable() {}

  static void insert(Handle handle, List<Effect> effects) {
    for (Effect effect : effects) {
      INSERT.update(handle, column -> value(effect, column));
    }
  }

  /** True when the row was there to update. */
  static boolean update(Handle handle, Effect effect) {
    return UPDATE.update(handle, column -> value(effect, column)) == 1;
  }

  static Optional<Effect> find(Handle handle, UUID id) {
    return handle
        .createQuery(SELECT + "WHERE id = :id")
        .define(SqlErrors.STATEMENT_NAME, "effect by id")
        .bind("id", id)
        .map(MAPPER)
        .findOne();
  }

  static List<Effect> ofBooking(Handle handle, UUID bookingId) {
    return OF_BOOKING.queryList(handle, name -> bookingId, EffectTable::read);
  }

  static List<Effect> forTarget(Handle handle, EffectKind kind, String target, int limit) {
    return handle
        .createQuery(
            SELECT
                + "WHERE kind = :kind AND (target = :target OR target LIKE :notices ESCAPE '!')"
                + " ORDER BY created_at DESC, id DESC"
                + " LIMIT :limit")
        .define(SqlErrors.STATEMENT_NAME, "effects for target")
        .bind("kind", kind.name())
        .bind("target", target)
        .bind("notices", likePrefix(target) + "#%")
        .bind("limit", limit)
        .map(MAPPER)
        .list();
  }

  /** {@code text} matched literally at the start of a {@code LIKE ... ESCAPE '!'} pattern. */
  private static String likePrefix(String text) {
    return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }

  /** Cancels the pending revision-scoped effects of the booking's older revisions. */
  static void cancelSuperseded(Handle handle, UUID bookingId, int revision, Instant now) {
    String kinds =
        String.join(
            ", ",
            Arrays.stream(EffectKind.values())
                .filter(EffectKind::revisionScoped)
                .map(k -> "'" + k.name() + "'")
                .toList());
    Update update =
        handle
            .createUpdate(
                "UPDATE effects SET state = 'CANCELLED', updated_at = :now, claimed_until = NULL"
                    + " WHERE booking_id = :booking AND state = 'PENDING' AND revision < :revision"
                    + " AND kind IN ("
                    + kinds
                    + ")")
            .define(SqlErrors.STATEMENT_NAME, "cancel superseded effects")
            .bind("booking", bookingId)
            .bind("revision", revision);
    BookingColumns.bindInstant(update, "now", Optional.of(now));
    update.execute();
  }

  static boolean exists(Handle handle, Effect effect) {
    return handle
            .createQuery(
                "SELECT COUNT(*) FROM effects WHERE booking_id = :booking AND kind = :kind"
                    + " AND target = :target AND revision = :revision")
            .define(SqlErrors.STATEMENT_NAME, "effect exists")
            .bind("booking", effect.bookingId())
            .bind("kind", effect.kind().name())
            .bind("target", effect.target())
            .bind("revision", effect.revision())
            .mapTo(Integer.class)
            .one()
        > 0;
  }

  private static Object value(Effect effect, String column) {
    return switch (column) {
      case "id" -> effect.id();
      case "booking_id" -> effect.bookingId();
      case "kind" -> effect.kind().name();
      case "target" -> effect.target();
      case "revision" -> effect.revision();
      case "due_at" -> effect.dueAt();
      case "state" -> effect.state().name();
      case "attempts" -> effect.attempts();
      case "next_attempt_at" -> effect.nextAttemptAt();
      case "last_error" -> effect.lastError().orElse(null);
      case "remote_ref" -> effect.remoteRef().orElse(null);
      case "payload" -> effect.payload().orElse(null);
      case "created_at" -> effect.createdAt();
      case "updated_at" -> effect.updatedAt();
      default -> throw new IllegalArgumentException("No effects column " + column);
    };
  }

  private static Effect read(ResultSet rs) throws SQLException {
    return new Effect(
        rs.getObject("id", UUID.class),
        rs.getObject("booking_id", UUID.class),
        EffectKind.valueOf(rs.getString("kind")),
        rs.getString("target"),
        rs.getInt("revision"),
        BookingRowMapper.instant(rs, "due_at"),
        EffectState.valueOf(rs.getString("state")),
        rs.getInt("attempts"),
        BookingRowMapper.instant(rs, "next_attempt_at"),
        BookingRowMapper.optionalString(rs, "last_error"),
        BookingRowMapper.optionalString(rs, "remote_ref"),
        BookingRowMapper.optionalString(rs, "payload"),
        BookingRowMapper.instant(rs, "created_at"),
        BookingRowMapper.instant(rs, "updated_at"));
  }
}
