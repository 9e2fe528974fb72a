package com.metalogics.booking.core.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TimeOrderedIdsTest {

  private static final Instant NOW = Instant.parse("2026-11-30T20:00:00.123Z");

  @Test
  void anId_isAVersion7UuidCarryingItsMillisecond() {
    UUID id = TimeOrderedIds.next(NOW);

    assertThat(id.version()).isEqualTo(7);
    assertThat(id.variant()).isEqualTo(2);
    assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(NOW.toEpochMilli());
    assertThat(id.toString()).startsWith("01a22e0a-f67b-7");
  }

  @Test
  void idsOfLaterMilliseconds_sortAfterEarlierOnes() {
    List<UUID> ids = new ArrayList<>();
    for (int ms = 0; ms < 1000; ms += 7) {
      ids.add(TimeOrderedIds.next(NOW.plusMillis(ms)));
    }

    // The text databases compare and index by, and its order is the order of creation.
    assertThat(ids.stream().map(UUID::toString).toList()).isSorted();
  }

  @Test
  void idsOfTheSameMillisecond_differInTheirRandomBits() {
    Set<UUID> ids = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      ids.add(TimeOrderedIds.next(NOW));
    }

    assertThat(ids).hasSize(10_000);
  }
}
