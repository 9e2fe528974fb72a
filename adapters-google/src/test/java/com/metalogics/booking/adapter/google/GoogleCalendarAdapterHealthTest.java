package com.metalogics.booking.adapter.google;

import static org.assertj.core.api.Assertions.assertThat;

import com.metalogics.booking.adapter.google.fake.Fault;
import com.metalogics.booking.core.port.out.HealthStatus;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The readiness probe: a token plus a one-minute free/busy read, remembered for 30 seconds. */
class GoogleCalendarAdapterHealthTest extends WithFakeGoogle {

  @Test
  void givenHealthyGoogle_healthIsUp_andCachedForThirtySeconds() {
    assertThat(adapter.health()).isEqualTo(HealthStatus.UP);
    fixture.google.faults().failAlways(Fault.SERVER_ERROR);
    fixture.clock.advance(Duration.ofSeconds(29));

    assertThat(adapter.health()).isEqualTo(HealthStatus.UP);
    assertThat(fixture.google.requests().freeBusyCalls()).isEqualTo(1);
  }

  @Test
  void givenGoogleFailing_afterTheCacheExpires_healthIsDown_withOneProbeRequest() {
    adapter.health();
    fixture.google.faults().failAlways(Fault.SERVER_ERROR);
    fixture.clock.advance(Duration.ofSeconds(31));

    assertThat(adapter.health()).isEqualTo(HealthStatus.DOWN);
    assertThat(fixture.google.requests().freeBusyCalls()).isEqualTo(2);
  }

  @Test
  void givenRefusedKey_healthIsDown() {
    fixture.google.refuseTokens(true);

    assertThat(adapter.health()).isEqualTo(HealthStatus.DOWN);
  }
}
