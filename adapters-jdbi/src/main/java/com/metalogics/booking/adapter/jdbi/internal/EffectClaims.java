package com.metalogics.booking.adapter.jdbi.internal;

import com.metalogics.booking.core.domain.Effect;
import com.metalogics.booking.core.domain.EffectKind;
import com.metalogics.booking.core.domain.EffectState;
import com.metalogics.booking.core.port.out.EffectStats;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.Update;

/**
 * Hands due effects to one claimer at a time. PostgreSQL claimers skip each other's locked rows and
 * so work in parallel; on H2 they queue on the {@code sync} lock row. A claim is just {@code
 * claimed_until}: when the claimer dies, the claim lapses by itself.
 */
final class EffectClaims {

  private EffectClaims() {}

  /**
   * Up to {@code limit} effects of {@code kinds} due at {@code now}, claimed until {@code until}.
   */
  record Claim(Instant now, Instant until, int limit, Set<EffectKind> kinds) {}

  static List<Effect> claim(Handle handle, Dialect dialect, Claim claim) {
    if (claim.limit() < 1 || claim.kinds().isEmpty()) {
      return List.of();
    }
    if (!dialect.supportsSkipLocked()) {
      Locks.lock(handle, dialect, Locks.SYNC);
    }
    String kinds =
        claim.kinds().stream().map(k -> "'" + k.name() + "'").collect(Collectors.joining(", "));
    String due =
        "SELECT * FROM effects WHERE state = 'PENDING' AND next_attempt_at <= :now"
            + " AND kind IN ("
            + kinds
            + ") AND (claimed_until IS NULL OR claimed_until <= :now)"
            + waitingExcluded(claim.kinds())
            + " ORDER BY next_attempt_at, id LIMIT :limit"
            + (dialect.supportsSkipLocked() ? " FOR UPDATE SKIP LOCKED" : "");
    Query select =
        handle
            .createQuery(due)
            .define(SqlErrors.STATEMENT_NAME, "effects due")
            .bind("limit", claim.limit());
    BookingColumns.bindInstant(select, "now", Optional.of(claim.now()));
    List<Effect> claimed = select.map(EffectTable.MAPPER).list();
    if (!claimed.isEmpty()) {
      setClaim(handle, claimed.stream().map(Effect::id).toList(), Optional.of(claim.until()));
    }
    return claimed;
  }

  /** Leaves an effect whose {@link EffectKind#after()} kind has a due effect of its revision. */
  private static String waitingExcluded(Set<EffectKind> kinds) {
    StringBuilder sql = new StringBuilder();
    for (EffectKind kind : kinds) {
      kind.after()
          .filter(kinds::contains)
          .ifPresent(
              first ->
                  sql.append(" AND NOT (kind = '")
                      .append(kind.name())
                      .append("' AND EXISTS (SELECT 1 FROM effects w")
                      .append(" WHERE w.booking_id = effects.booking_id")
                      .append(" AND w.revision = effects.revision AND w.kind = '")
                      .append(first.name())
                      .append("' AND w.state = 'PENDING' AND w.next_attempt_at <= :now))"));
    }
    return sql.toString();
  }

  static void release(Handle handle, Collection<UUID> ids) {
    if (!ids.isEmpty()) {
      setClaim(handle, List.copyOf(ids), Optional.empty());
    }
  }

  private static void setClaim(Handle handle, List<UUID> ids, Optional<Instant> until) {
    String params =
        IntStream.range(0, ids.size()).mapToObj(i -> ":id" + i).collect(Collectors.joining(", "));
    Update update =
        handle
            .createUpdate("UPDATE effects SET claimed_until = :until WHERE id IN (" + params + ")")
            .define(SqlErrors.STATEMENT_NAME, "claim effects");
    BookingColumns.bindInstant(update, "until", until);
    for (int i = 0; i < ids.size(); i++) {
      update.bind("id" + i, ids.get(i));
    }
    update.execute();
  }

  static EffectStats stats(Handle handle, Instant now) {
    Map<EffectKind, Map<EffectState, Long>> counts = new EnumMap<>(EffectKind.class);
    handle
        .createQuery("SELECT kind, state, COUNT(*) AS n FROM effects GROUP BY kind, state")
        .define(SqlErrors.STATEMENT_NAME, "effect counts")
        .map(
            (rs, ctx) -> {
              counts
                  .computeIfAbsent(
                      EffectKind.valueOf(rs.getString("kind")),
                      k -> new EnumMap<>(EffectState.class))
                  .put(EffectState.valueOf(rs.getString("state")), rs.getLong("n"));
              return 0;
            })
        .list();
    Query due =
        handle
            .createQuery(
                "SELECT COUNT(*) AS n, MIN(due_at) AS oldest FROM effects"
                    + " WHERE state = 'PENDING' AND next_attempt_at <= :now")
            .define(SqlErrors.STATEMENT_NAME, "effects due count");
    BookingColumns.bindInstant(due, "now", Optional.of(now));
    long[] dueCount = new long[1];
    Optional<Instant> oldest =
        due.map(
                (rs, ctx) -> {
                  dueCount[0] = rs.getLong("n");
                  return BookingRowMapper.optionalInstant(rs, "oldest");
                })
            .one();
    return new EffectStats(counts, dueCount[0], oldest);
  }
}
