package com.metalogics.booking.adapter.google;

import static com.metalogics.booking.adapter.google.GoogleFixture.days;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.metalogics.booking.adapter.google.GoogleCalendarListener.CircuitState;
import com.metalogics.booking.adapter.google.GoogleCalendarListener.FailureKind;
import com.metalogics.booking.adapter.google.fake.Fault;
import com.metalogics.booking.core.domain.IntegrationException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The circuit opens on repeated outages, fails fast, half-opens after the reset and closes. */
class GoogleCalendarAdapterCircuitTest extends WithFakeGoogle {

  private static final Duration RESET = Duration.ofMillis(200);

  private final List<String> transitions = new CopyOnWriteArrayList<>();

  @Override
  GoogleCalendarAdapter createAdapter(GoogleFixture fixture) {
    GoogleCalendarListener recorder =
        new GoogleCalendarListener() {
          @Override
          public void circuitStateChanged(CircuitState from, CircuitState to) {
            transitions.add(from + "->" + to);
          }
        };
    GoogleCalendarConfig config =
        fixture.config().toBuilder()
            .maxAttempts(1)
            .circuitFailureThreshold(3)
            .circuitResetTimeout(RESET)
            .build();
    return fixture.adapter(config, recorder);
  }

  @Test
  void givenRepeatedOutages_circuitOpensFailsFastHalfOpensAndCloses() {
    openTheCircuit();
    assertThat(adapter.circuitState()).isEqualTo(CircuitState.OPEN);
    long requestsWhenOpened = fixture.google.requests().apiCalls();

    assertThatThrownBy(() -> adapter.createEvent(GoogleFixture.event(10)))
        .isInstanceOf(IntegrationException.class)
        .hasMessageContaining("circuit open");
    assertThat(fixture.google.requests().apiCalls()).isEqualTo(requestsWhenOpened);
    assertThat(adapter.counters().failed(FailureKind.CIRCUIT_OPEN)).isEqualTo(1);

    fixture.google.faults().clear();
    boolean recovered = GoogleFixture.eventually(Duration.ofSeconds(5), this::callSucceeds);

    assertThat(recovered).isTrue();
    assertThat(adapter.circuitState()).isEqualTo(CircuitState.CLOSED);
    assertThat(transitions).containsExactly("CLOSED->OPEN", "OPEN->HALF_OPEN", "HALF_OPEN->CLOSED");
    assertThat(adapter.counters().circuitOpened()).isEqualTo(1);
  }

  @Test
  void givenHalfOpenTrialFails_circuitOpensAgain() {
    openTheCircuit();

    boolean reopened =
        GoogleFixture.eventually(
            Duration.ofSeconds(5),
            () -> !callSucceeds() && transitions.contains("HALF_OPEN->OPEN"));

    assertThat(reopened).isTrue();
    assertThat(transitions).containsSubsequence("OPEN->HALF_OPEN", "HALF_OPEN->OPEN");
  }

  @Test
  void givenAuthFailures_circuitStaysClosed() {
    fixture.google.refuseTokens(true);
    failReads(5);

    assertThat(adapter.circuitState()).isEqualTo(CircuitState.CLOSED);
    assertThat(adapter.counters().failed(FailureKind.AUTH)).isEqualTo(5);
  }

  @Test
  void givenOneRecordRefusedWith400_circuitStaysClosed_forEveryOtherCall() {
    fixture.google.faults().failAlways(Fault.BAD_REQUEST);
    for (int i = 0; i < 5; i++) {
      int slot = i;
      assertThatThrownBy(() -> adapter.createEvent(GoogleFixture.event(slot)))
          .isInstanceOf(IntegrationException.class);
    }

    assertThat(adapter.circuitState()).isEqualTo(CircuitState.CLOSED);
    assertThat(adapter.counters().failed(FailureKind.REJECTED)).isEqualTo(5);
    fixture.google.faults().clear();
    assertThat(callSucceeds()).isTrue();
    assertThat(transitions).isEmpty();
  }

  /** Google fails every call; three failed reads reach the threshold. */
  private void openTheCircuit() {
    fixture.google.faults().failAlways(Fault.SERVER_ERROR);
    failReads(3);
  }

  private void failReads(int times) {
    for (int i = 0; i < times; i++) {
      assertThatThrownBy(() -> adapter.busyIntervals(days(1)))
          .isInstanceOf(IntegrationException.class);
    }
  }

  private boolean callSucceeds() {
    try {
      adapter.busyIntervals(days(1));
      return true;
    } catch (IntegrationException e) {
      return false;
    }
  }
}
