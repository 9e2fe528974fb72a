package com.metalogics.booking.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.metalogics.booking.core.domain.BookingRules;
import com.metalogics.booking.core.domain.EventType;
import com.metalogics.booking.core.domain.PhaseOneCatalog;
import com.metalogics.booking.core.inmemory.InMemoryBookingRepository;
import java.time.Duration;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** An engine built without a catalog serves the rules alone. */
class RulesCatalogTest {

  private final EngineHarness h = new EngineHarness();

  @Test
  void withoutACatalog_theRulesAreTheOneTypeHostAndSchedule() {
    assertThat(h.engine.eventTypes().activeEventTypes())
        .containsExactly(PhaseOneCatalog.eventType(BookingRules.defaults()));
    assertThat(h.engine.manageCatalog().host("owner").value())
        .isEqualTo(PhaseOneCatalog.host(BookingRules.defaults()));
    assertThat(h.engine.catalogRevision()).isZero();
  }

  @Test
  void withoutACatalog_changesAreRefused() {
    EventType meeting = h.engine.manageCatalog().eventType("meeting").value();
    assertThatThrownBy(
            () -> h.engine.manageCatalog().saveEventType(meeting, OptionalLong.of(1), "admin"))
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessageContaining("catalog(");
  }

  @Test
  void rulesAnEventTypeCannotHold_areReportedByTheBuilder() {
    assertThatThrownBy(
            () ->
                BookingEngine.builder()
                    .repository(new InMemoryBookingRepository())
                    .rules(BookingRules.defaults().withBuffer(Duration.ofMinutes(721)))
                    .manageTokenSecret(EngineHarness.SECRET)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bufferBefore");
  }
}
