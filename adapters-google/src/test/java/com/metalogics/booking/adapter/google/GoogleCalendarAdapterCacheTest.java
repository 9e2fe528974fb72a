package com.metalogics.booking.adapter.google;

import static com.metalogics.booking.adapter.google.GoogleFixture.CALENDAR;
import static com.metalogics.booking.adapter.google.GoogleFixture.NOW;
import static com.metalogics.booking.adapter.google.GoogleFixture.days;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.metalogics.booking.adapter.google.fake.Fault;
import com.metalogics.booking.adapter.google.fake.RequestLog.Entry;
import com.metalogics.booking.core.domain.IntegrationException;
import com.metalogics.booking.core.domain.TimeSlot;
import com.metalogics.booking.core.port.out.CalendarEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Busy times: cached five minutes by the injected clock, dropped on writes, read in chunks. */
class GoogleCalendarAdapterCacheTest extends WithFakeGoogle {

  @Test
  void givenFreshAnswer_whenAskedAgain_thenServedFromCache() {
    adapter.busyIntervals(days(1));
    fixture.clock.advance(Duration.ofMinutes(4));
    adapter.busyIntervals(days(1));

    assertThat(fixture.google.requests().freeBusyCalls()).isEqualTo(1);
    assertThat(adapter.counters().busyCacheHits()).isEqualTo(1);
  }

  @Test
  void givenFiveMinutesPassed_whenAskedAgain_thenGoogleIsAskedAgain() {
    adapter.busyIntervals(days(1));
    fixture.clock.advance(Duration.ofMinutes(5).plusSeconds(1));
    adapter.busyIntervals(days(1));

    assertThat(fixture.google.requests().freeBusyCalls()).isEqualTo(2);
  }

  @Test
  void givenCachedAnswer_whenThisProcessWritesAnEvent_thenTheNextReadSeesIt() {
    assertThat(adapter.busyIntervals(days(3))).isEmpty();
    CalendarEvent booking = GoogleFixture.event(10);

    adapter.createEvent(booking);

    assertThat(adapter.busyIntervals(days(3))).containsExactly(booking.slot());
    adapter.deleteEvent(booking.eventId());
    assertThat(adapter.busyIntervals(days(3))).isEmpty();
    assertThat(fixture.google.requests().freeBusyCalls()).isEqualTo(3);
  }

  @Test
  void givenFailedRead_whenAskedAgain_thenNothingWasCached() {
    fixture.google.faults().failAlways(Fault.SERVER_ERROR);
    assertThatThrownBy(() -> adapter.busyIntervals(days(1)))
        .isInstanceOf(IntegrationException.class);
    fixture.google.faults().clear();

    assertThat(adapter.busyIntervals(days(1))).isEmpty();
  }

  @Test
  void givenRangeLongerThanGoogleAccepts_whenReading_thenChunksAreQueriedAndMerged()
      throws Exception {
    Instant boundary = NOW.plus(Duration.ofDays(30));
    TimeSlot acrossChunks =
        new TimeSlot(boundary.minus(Duration.ofHours(1)), boundary.plus(Duration.ofHours(1)));
    fixture.google.block(CALENDAR, acrossChunks.start(), acrossChunks.end());
    CalendarEvent late = GoogleFixture.event(NOW.plus(Duration.ofDays(95)), Duration.ofHours(1));
    adapter.createEvent(late);

    List<TimeSlot> busy = adapter.busyIntervals(days(100));

    List<Entry> queries =
        fixture.google.requests().api().stream().filter(Entry::isFreeBusy).toList();
    assertThat(queries).hasSize(4).allSatisfy(q -> assertThat(q.status()).isEqualTo(200));
    for (Entry query : queries) {
      var body = new ObjectMapper().readTree(query.body());
      Duration span =
          Duration.between(
              Instant.parse(body.path("timeMin").asText()),
              Instant.parse(body.path("timeMax").asText()));
      assertThat(span).isLessThanOrEqualTo(Duration.ofDays(30));
    }
    assertThat(busy).containsExactly(acrossChunks, late.slot());
  }

  @Test
  void givenReadInFlightWhenThisProcessWrites_thenTheStaleAnswerIsNotCached() throws Exception {
    fixture.google.faults().failNext(1, Fault.SLOW);
    CompletableFuture<List<TimeSlot>> staleRead =
        CompletableFuture.supplyAsync(() -> adapter.busyIntervals(days(3)));
    assertThat(
            GoogleFixture.eventually(
                Duration.ofSeconds(5), () -> fixture.google.faults().held() == 1))
        .isTrue();
    CalendarEvent booking = GoogleFixture.event(10);

    adapter.createEvent(booking);
    fixture.google.faults().releaseSlow();

    assertThat(staleRead.get(5, TimeUnit.SECONDS)).isEmpty();
    assertThat(adapter.busyIntervals(days(3))).containsExactly(booking.slot());
  }
}
