package com.metalogics.booking.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.metalogics.booking.core.contract.MutableClock;
import com.metalogics.booking.core.domain.EffectKind;
import com.metalogics.booking.core.domain.EffectState;
import com.metalogics.booking.core.port.out.EffectStats;
import com.metalogics.booking.core.port.out.IntegrationDay;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class IntegrationDaysTest {

  private static final Instant NOW = Instant.parse("2030-01-07T15:00:00Z");

  private final MutableClock clock = new MutableClock(NOW);
  private final IntegrationDays days = new IntegrationDays(clock, ZoneId.of("America/New_York"));

  @Test
  void calls_areCountedPerIntegrationAndDay_withTheirLatencyBucket() {
    days.call("crm", true, Duration.ofMillis(20));
    days.call("crm", false, Duration.ofMillis(300));

    IntegrationDay crm = only(days.drain(idle()), "crm");

    assertThat(crm.day()).isEqualTo(LocalDate.of(2030, 1, 7));
    assertThat(crm.calls()).isEqualTo(2);
    assertThat(crm.successes()).isEqualTo(1);
    assertThat(crm.latencyBuckets().get(0)).isEqualTo(1);
    assertThat(crm.latencyBuckets().get(IntegrationDay.bucketOf(Duration.ofMillis(300))))
        .isEqualTo(1);
    assertThat(days.drain(idle())).noneMatch(d -> d.calls() > 0);
  }

  @Test
  void aCircuitThatOpens_isCountedOnce_untilItClosesAndOpensAgain() {
    AtomicBoolean open = new AtomicBoolean(true);
    days.watchCircuit("calendar", open::get);

    long first = only(days.drain(idle()), "calendar").circuitOpened();
    long stillOpen = only(days.drain(idle()), "calendar").circuitOpened();
    open.set(false);
    days.drain(idle());
    open.set(true);
    long reopened = only(days.drain(idle()), "calendar").circuitOpened();

    assertThat(List.of(first, stillOpen, reopened)).containsExactly(1L, 0L, 1L);
  }

  @Test
  void theOutbox_isSampledAsPendingPerKind_andTheDueBacklogWithItsAge() {
    EffectStats stats =
        new EffectStats(
            Map.of(EffectKind.CRM, Map.of(EffectState.PENDING, 4L)),
            3,
            Optional.of(NOW.minusSeconds(90)));

    List<IntegrationDay> drained = days.drain(stats);

    assertThat(only(drained, "crm").backlog()).isEqualTo(4);
    assertThat(only(drained, IntegrationDays.OUTBOX).backlog()).isEqualTo(3);
    assertThat(only(drained, IntegrationDays.OUTBOX).oldestDue()).isEqualTo(Duration.ofSeconds(90));
  }

  private static EffectStats idle() {
    return new EffectStats(Map.of(), 0, Optional.empty());
  }

  private static IntegrationDay only(List<IntegrationDay> days, String integration) {
    return days.stream().filter(d -> d.integration().equals(integration)).findFirst().orElseThrow();
  }
}
