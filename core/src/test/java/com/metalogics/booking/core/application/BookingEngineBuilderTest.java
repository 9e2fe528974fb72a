package com.metalogics.booking.core.application;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BookingEngineBuilderTest {

  @Test
  void build_reportsEveryMissingPartAtOnce() {
    assertThatThrownBy(
            () -> BookingEngine.builder().clock(null).mirrorBudget(Duration.ZERO).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("repository is required")
        .hasMessageContaining("rules is required")
        .hasMessageContaining("clock is required")
        .hasMessageContaining("manageTokenSecret")
        .hasMessageContaining("mirrorBudget");
  }

  @Test
  void shortSecret_isRefused() {
    assertThatThrownBy(() -> BookingEngine.builder().manageTokenSecret(new byte[8]).build())
        .hasMessageContaining("manageTokenSecret must hold at least 32 bytes");
  }
}
