package com.metalogics.booking.core.inmemory;

import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.Effect;
import com.metalogics.booking.core.domain.EffectKind;
import com.metalogics.booking.core.domain.EffectState;
import com.metalogics.booking.core.domain.SyncSummary;
import com.metalogics.booking.core.port.out.EffectStats;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The outbox of {@link InMemoryBookingRepository}; guarded by the repository's lock. */
final class InMemoryEffects {

  private static final Comparator<Effect> DUE_ORDER =
      Comparator.comparing(Effect::nextAttemptAt).thenComparing(e -> e.id().toString());

  private final Map<UUID, Effect> byId = new LinkedHashMap<>();
  private final Map<UUID, List<UUID>> byBooking = new HashMap<>();
  private final Map<UUID, Instant> claims = new HashMap<>();

  void insert(List<Effect> effects) {
    effects.forEach(this::put);
  }

  private void put(Effect effect) {
    if (byId.put(effect.id(), effect) == null) {
      byBooking.computeIfAbsent(effect.bookingId(), b -> new ArrayList<>()).add(effect.id());
    }
  }

  boolean insertIfAbsent(Effect effect) {
    boolean taken =
        of(effect.bookingId()).stream()
            .anyMatch(
                e ->
                    e.bookingId().equals(effect.bookingId())
                        && e.kind() == effect.kind()
                        && e.target().equals(effect.target())
                        && e.revision() == effect.revision());
    if (taken) {
      return false;
    }
    put(effect);
    return true;
  }

  /** Cancels pending revision-scoped effects of older revisions: the new revision serves them. */
  void supersede(UUID bookingId, int revision, Instant now) {
    for (Effect e : of(bookingId)) {
      if (e.isPending() && e.kind().revisionScoped() && e.revision() < revision) {
        byId.put(e.id(), e.cancelled(now));
        claims.remove(e.id());
      }
    }
  }

  /** Replaces the stored effect of the same id and releases its claim; false when unknown. */
  boolean replace(Effect effect) {
    if (!byId.containsKey(effect.id())) {
      return false;
    }
    byId.put(effect.id(), effect);
    claims.remove(effect.id());
    return true;
  }

  Booking summarised(Booking booking) {
    return booking.withSync(SyncSummary.derive(booking.revision(), of(booking.id())));
  }

  List<Effect> claimDue(Instant now, Duration lease, int limit, Set<EffectKind> kinds) {
    List<Effect> due =
        byId.values().stream()
            .filter(e -> e.isPending() && kinds.contains(e.kind()))
            .filter(e -> !e.nextAttemptAt().isAfter(now))
            .filter(e -> !waits(e, now, kinds))
            .filter(
                e -> Optional.ofNullable(claims.get(e.id())).map(u -> !u.isAfter(now)).orElse(true))
            .sorted(DUE_ORDER)
            .limit(limit)
            .toList();
    Instant until = now.plus(lease);
    due.forEach(e -> claims.put(e.id(), until));
    return due;
  }

  /** The effect comes after another kind whose effect of the same revision is still due. */
  private boolean waits(Effect effect, Instant now, Set<EffectKind> kinds) {
    return effect
        .kind()
        .after()
        .filter(kinds::contains)
        .map(
            first ->
                of(effect.bookingId()).stream()
                    .anyMatch(
                        e ->
                            e.kind() == first
                                && e.revision() == effect.revision()
                                && e.isPending()
                                && !e.nextAttemptAt().isAfter(now)))
        .orElse(false);
  }

  void release(Collection<UUID> ids) {
    ids.forEach(claims::remove);
  }

  Optional<Effect> find(UUID id) {
    return Optional.ofNullable(byId.get(id));
  }

  List<Effect> of(UUID bookingId) {
    return byBooking.getOrDefault(bookingId, List.of()).stream().map(byId::get).toList();
  }

  List<Effect> forTarget(EffectKind kind, String target, int limit) {
    return byId.values().stream()
        .filter(
            e ->
                e.kind() == kind
                    && (e.target().equals(target) || e.target().startsWith(target + "#")))
        .sorted(
            Comparator.comparing(Effect::createdAt)
                .thenComparing(e -> e.id().toString())
                .reversed())
        .limit(limit)
        .toList();
  }

  EffectStats stats(Instant now) {
    Map<EffectKind, Map<EffectState, Long>> counts = new EnumMap<>(EffectKind.class);
    long due = 0;
    Optional<Instant> oldest = Optional.empty();
    for (Effect e : byId.values()) {
      counts
          .computeIfAbsent(e.kind(), k -> new EnumMap<>(EffectState.class))
          .merge(e.state(), 1L, Long::sum);
      if (e.isPending() && !e.nextAttemptAt().isAfter(now)) {
        due++;
        if (oldest.isEmpty() || e.dueAt().isBefore(oldest.get())) {
          oldest = Optional.of(e.dueAt());
        }
      }
    }
    return new EffectStats(counts, due, oldest);
  }
}
