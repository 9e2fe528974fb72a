package com.metalogics.booking.core.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class FairnessPeriodTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  /** Thursday 2027-05-13, 00:30 in Berlin, still Wednesday in UTC. */
  private static final Instant NOW = Instant.parse("2027-05-12T22:30:00Z");

  @Test
  void eachPeriod_startsAtMidnightOfItsFirstDay_inTheTypesZone() {
    assertThat(FairnessPeriod.DAY.start(NOW, BERLIN))
        .isEqualTo(Instant.parse("2027-05-12T22:00:00Z"));
    assertThat(FairnessPeriod.WEEK.start(NOW, BERLIN))
        .isEqualTo(Instant.parse("2027-05-09T22:00:00Z"));
    assertThat(FairnessPeriod.MONTH.start(NOW, BERLIN))
        .isEqualTo(Instant.parse("2027-04-30T22:00:00Z"));
    assertThat(FairnessPeriod.QUARTER.start(NOW, BERLIN))
        .isEqualTo(Instant.parse("2027-03-31T22:00:00Z"));
  }
}
