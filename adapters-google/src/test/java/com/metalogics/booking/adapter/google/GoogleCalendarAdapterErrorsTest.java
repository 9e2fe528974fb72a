package com.metalogics.booking.adapter.google;

import static com.metalogics.booking.adapter.google.GoogleFixture.CALENDAR;
import static com.metalogics.booking.adapter.google.GoogleFixture.days;
import static com.metalogics.booking.adapter.google.GoogleFixture.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.metalogics.booking.adapter.google.GoogleCalendarListener.FailureKind;
import com.metalogics.booking.adapter.google.fake.Fault;
import com.metalogics.booking.core.domain.IntegrationException;
import com.metalogics.booking.core.domain.IntegrationException.Kind;
import com.metalogics.booking.core.port.out.CalendarEvent;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Which Google failures are retried, how often, and what the core sees in the end. */
class GoogleCalendarAdapterErrorsTest extends WithFakeGoogle {

  @ParameterizedTest
  @EnumSource(
      value = Fault.class,
      names = {"SERVER_ERROR", "TOO_MANY_REQUESTS", "RATE_LIMITED", "USER_RATE_LIMITED"})
  void givenTransientFault_whenItPersists_thenEveryAttemptIsMadeAndCalendarErrorFollows(
      Fault fault) {
    fixture.google.faults().failAlways(fault);

    assertThatThrownBy(() -> adapter.busyIntervals(days(1)))
        .isInstanceOfSatisfying(
            IntegrationException.class, e -> assertThat(e.kind()).isEqualTo(Kind.UNAVAILABLE));

    assertThat(fixture.google.requests().freeBusyCalls()).isEqualTo(3);
    assertThat(adapter.counters().retries()).isEqualTo(2);
    assertThat(adapter.counters().failed(FailureKind.UNAVAILABLE)).isEqualTo(1);
  }

  @Test
  void givenDefaultAttempts_whenGoogleKeepsFailing_thenExactlyThreeRequestsAreMade() {
    GoogleCalendarAdapter byDefault =
        fixture.adapter(fixture.defaultsAgainstTheFake().retryDelay(Duration.ofMillis(1)).build());
    fixture.google.faults().failAlways(Fault.SERVER_ERROR);

    assertThatThrownBy(() -> byDefault.busyIntervals(days(1)))
        .isInstanceOf(IntegrationException.class);

    assertThat(fixture.google.requests().freeBusyCalls()).isEqualTo(3);
  }

  @ParameterizedTest
  @EnumSource(
      value = Fault.class,
      names = {"SERVER_ERROR", "TOO_MANY_REQUESTS", "RATE_LIMITED", "USER_RATE_LIMITED"})
  void givenTransientFault_whenItPasses_thenTheCallSucceeds(Fault fault) {
    fixture.google.faults().failNext(2, fault);

    String id = adapter.createEvent(event(10));

    assertThat(fixture.google.event(CALENDAR, id)).isPresent();
    assertThat(fixture.google.requests().count("POST", "/events")).isEqualTo(3);
  }

  @Test
  void givenDailyQuotaExceeded_whenCalling_thenNotRetriedAndCalendarError() {
    fixture.google.faults().failAlways(Fault.QUOTA_EXCEEDED);

    assertThatThrownBy(() -> adapter.createEvent(event(10)))
        .isInstanceOfSatisfying(
            IntegrationException.class, e -> assertThat(e.kind()).isEqualTo(Kind.UNAVAILABLE));

    assertThat(fixture.google.requests().apiCalls()).isEqualTo(1);
    assertThat(adapter.counters().failed(FailureKind.QUOTA)).isEqualTo(1);
  }

  @Test
  void givenApiAnswers401_whenCalling_thenAuthErrorWithoutFailsafeRetries() {
    fixture.google.faults().failAlways(Fault.UNAUTHORIZED);

    assertThatThrownBy(() -> adapter.busyIntervals(days(1)))
        .isInstanceOfSatisfying(
            IntegrationException.class, e -> assertThat(e.kind()).isEqualTo(Kind.AUTH));

    // The client library refreshes the token once on a 401; nothing retries after that.
    assertThat(fixture.google.requests().freeBusyCalls()).isEqualTo(2);
    assertThat(adapter.counters().retries()).isZero();
  }

  @Test
  void givenApiAnswers403Forbidden_whenCalling_thenAuthErrorNotRetried() {
    fixture.google.faults().failAlways(Fault.FORBIDDEN);

    assertThatThrownBy(() -> adapter.deleteEvent(event(10).eventId()))
        .isInstanceOfSatisfying(
            IntegrationException.class, e -> assertThat(e.kind()).isEqualTo(Kind.AUTH));

    assertThat(fixture.google.requests().apiCalls()).isEqualTo(1);
  }

  @Test
  void givenTokenEndpointRefusesTheKey_whenCalling_thenAuthErrorAndNoApiCall() {
    fixture.google.refuseTokens(true);

    assertThatThrownBy(() -> adapter.createEvent(event(10)))
        .isInstanceOfSatisfying(
            IntegrationException.class, e -> assertThat(e.kind()).isEqualTo(Kind.AUTH));

    assertThat(fixture.google.requests().apiCalls()).isZero();
    assertThat(adapter.counters().retries()).isZero();
  }

  @Test
  void givenTokenExpiredAtGoogle_whenCalling_thenANewTokenIsFetchedAndTheCallSucceeds() {
    adapter.busyIntervals(days(1));
    fixture.google.expireTokens();

    adapter.busyIntervals(days(2));

    assertThat(fixture.google.tokensIssued()).isEqualTo(2);
  }

  @Test
  void givenFreeBusyReportsCalendarError_whenReading_thenFailureNeverFree() {
    fixture.google.freeBusyError(CALENDAR, Optional.of("backendError"));

    assertThatThrownBy(() -> adapter.busyIntervals(days(1)))
        .isInstanceOfSatisfying(
            IntegrationException.class, e -> assertThat(e.kind()).isEqualTo(Kind.UNAVAILABLE));
    assertThat(fixture.google.requests().freeBusyCalls()).isEqualTo(3);
  }

  @Test
  void givenCalendarNotSharedWithServiceAccount_whenReading_thenAuthErrorNotRetried() {
    GoogleCalendarAdapter stranger =
        fixture.adapter(
            fixture.config().toBuilder().calendarId("someone-else@example.com").build());

    assertThatThrownBy(() -> stranger.busyIntervals(days(1)))
        .isInstanceOfSatisfying(
            IntegrationException.class, e -> assertThat(e.kind()).isEqualTo(Kind.AUTH));
    assertThat(fixture.google.requests().freeBusyCalls()).isEqualTo(1);
  }

  @Test
  void givenSlowAnswers_whenCalling_thenEachAttemptTimesOutAndCalendarErrorFollows() {
    GoogleCalendarAdapter impatient =
        fixture.adapter(
            fixture.config().toBuilder()
                .maxAttempts(2)
                .callTimeout(Duration.ofMillis(300))
                .build());
    // A first call fetches the access token and warms the client: on a busy machine that alone
    // took longer than 300 ms, and the attempts then failed before reaching the slow answers.
    impatient.busyIntervals(days(2));
    long retries = impatient.counters().retries();
    long timeouts = impatient.counters().failed(FailureKind.TIMEOUT);
    fixture.google.faults().failAlways(Fault.SLOW);

    assertThatThrownBy(() -> impatient.busyIntervals(days(1)))
        .isInstanceOfSatisfying(
            IntegrationException.class, e -> assertThat(e.kind()).isEqualTo(Kind.UNAVAILABLE));

    assertThat(impatient.counters().retries() - retries).isEqualTo(1);
    assertThat(impatient.counters().failed(FailureKind.TIMEOUT) - timeouts).isEqualTo(1);
  }

  @Test
  void givenGoogleRejectsTheRequest_whenCreating_thenCalendarErrorNotRetried() {
    CalendarEvent valid = event(10);
    CalendarEvent badId =
        new CalendarEvent("Not-Base32hex!", valid.bookingId(), valid.attendee(), valid.slot());

    assertThatThrownBy(() -> adapter.createEvent(badId))
        .isInstanceOfSatisfying(
            IntegrationException.class, e -> assertThat(e.kind()).isEqualTo(Kind.UNAVAILABLE));

    assertThat(fixture.google.requests().apiCalls()).isEqualTo(1);
    assertThat(fixture.google.requests().api().get(0).status()).isEqualTo(400);
    assertThat(adapter.counters().failed(FailureKind.REJECTED)).isEqualTo(1);
  }
}
