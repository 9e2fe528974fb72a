package com.metalogics.booking.core.port.out;

import com.metalogics.booking.core.domain.EffectKind;
import com.metalogics.booking.core.domain.EffectState;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The outbox at one moment.
 *
 * @param counts effects by kind and state; absent pairs count zero
 * @param due pending effects whose next attempt has come
 * @param oldestDue the earliest due time among those
 */
public record EffectStats(
    Map<EffectKind, Map<EffectState, Long>> counts, long due, Optional<Instant> oldestDue) {

  public EffectStats {
    Map<EffectKind, Map<EffectState, Long>> copy = new EnumMap<>(EffectKind.class);
    counts.forEach((kind, byState) -> copy.put(kind, Map.copyOf(byState)));
    counts = Collections.unmodifiableMap(copy);
    Objects.requireNonNull(oldestDue, "oldestDue");
  }

  public long count(EffectKind kind, EffectState state) {
    return counts.getOrDefault(kind, Map.of()).getOrDefault(state, 0L);
  }
}
