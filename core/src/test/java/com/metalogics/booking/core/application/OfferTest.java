package com.metalogics.booking.core.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.metalogics.booking.core.domain.BookingLimits;
import com.metalogics.booking.core.domain.BookingRules;
import com.metalogics.booking.core.domain.EmailFrequencyLimit;
import com.metalogics.booking.core.domain.EventType;
import com.metalogics.booking.core.domain.PhaseOneCatalog;
import com.metalogics.booking.core.domain.TimeSlot;
import com.metalogics.booking.core.port.out.FrequencyLimit;
import com.metalogics.booking.core.port.out.PeriodCap;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class OfferTest {

  private final CatalogHarness h = new CatalogHarness();
  private final BookingRules rules = BookingRules.defaults();

  private Offer offerOf(EventType type) {
    return new Offer(
        type, PhaseOneCatalog.host(rules), PhaseOneCatalog.schedule(rules), Optional.empty());
  }

  @Test
  void caps_coverTheDayWeekAndMonthOfTheStart_inTheSchedulesZone() {
    BookingLimits limits =
        new BookingLimits(OptionalInt.of(3), OptionalInt.of(10), OptionalInt.of(30));
    Offer offer = offerOf(h.consult(Optional.empty(), limits, true));
    // Wednesday 2027-03-31 23:30 New York is already April in UTC.
    Instant start = Instant.parse("2027-04-01T03:30:00Z");
    assertThat(offer.capsFor(TimeSlot.of(start, Duration.ofMinutes(45))))
        .containsExactly(
            new PeriodCap(
                "consult",
                Instant.parse("2027-03-31T04:00:00Z"),
                Instant.parse("2027-04-01T04:00:00Z"),
                3),
            new PeriodCap(
                "consult",
                Instant.parse("2027-03-29T04:00:00Z"),
                Instant.parse("2027-04-05T04:00:00Z"),
                10),
            new PeriodCap(
                "consult",
                Instant.parse("2027-03-01T05:00:00Z"),
                Instant.parse("2027-04-01T04:00:00Z"),
                30));
  }

  @Test
  void noLimits_noCaps() {
    Offer offer = offerOf(PhaseOneCatalog.eventType(rules));
    assertThat(offer.capsFor(TimeSlot.of(h.ny(2, 10, 0), Duration.ofMinutes(30)))).isEmpty();
  }

  @Test
  void theFrequencyLimit_isTheTypesOwn_elseTheDefault_countedOverTheType() {
    Instant now = h.clock.instant();
    EmailFrequencyLimit fallback = new EmailFrequencyLimit(5, 7);
    assertThat(
            offerOf(h.consult(Optional.empty(), BookingLimits.none(), true))
                .frequencyLimit(now, fallback, Optional.empty()))
        .isEqualTo(new FrequencyLimit(5, now.minus(Duration.ofDays(7)), 7, Optional.of("consult")));
    assertThat(
            offerOf(PhaseOneCatalog.eventType(rules))
                .frequencyLimit(now, fallback, Optional.empty()))
        .isEqualTo(
            new FrequencyLimit(2, now.minus(Duration.ofDays(30)), 30, Optional.of("meeting")));
  }
}
