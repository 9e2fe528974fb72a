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

/** An engine built without a catalog keeps one in memory, seeded from the rules. */
class DefaultCatalogTest {

  private final EngineHarness h = new EngineHarness();

  @Test
  void withoutACatalog_theRulesAreTheOneTypeHostAndSchedule() {
    assertThat(h.engine.eventTypes().activeEventTypes())
        .containsExactly(PhaseOneCatalog.eventType(BookingRules.defaults()));
    assertThat(h.engine.manageCatalog().host("owner").value())
        .isEqualTo(PhaseOneCatalog.host(BookingRules.defaults()));
    assertThat(h.engine.manageCatalog().schedule("default").value())
        .isEqualTo(PhaseOneCatalog.schedule(BookingRules.defaults()));
  }

  @Test
  void withoutACatalog_changesTakeEffectAtOnce() {
    var stored = h.engine.manageCatalog().eventType("meeting");
    EventType meeting = stored.value();
    long before = h.engine.catalogRevision();
    EventType retitled =
        new EventType(
            meeting.slug(),
            "Intro call",
            meeting.description(),
            meeting.location(),
            meeting.durations(),
            meeting.defaultDuration(),
            meeting.slotIncrement(),
            meeting.bufferBefore(),
            meeting.bufferAfter(),
            meeting.minNotice(),
            meeting.maxAdvanceDays(),
            meeting.limits(),
            meeting.frequencyLimit(),
            meeting.assignment(),
            meeting.hostIds(),
            meeting.scheduleId(),
            meeting.active());

    h.engine.manageCatalog().saveEventType(retitled, OptionalLong.of(stored.version()), "admin");

    assertThat(h.engine.eventTypes().activeEventTypes())
        .extracting(EventType::title)
        .containsExactly("Intro call");
    assertThat(h.engine.catalogRevision()).isGreaterThan(before);
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
