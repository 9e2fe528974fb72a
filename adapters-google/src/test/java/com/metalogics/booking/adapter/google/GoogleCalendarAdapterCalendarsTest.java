package com.metalogics.booking.adapter.google;

import static com.metalogics.booking.adapter.google.GoogleFixture.CALENDAR;
import static com.metalogics.booking.adapter.google.GoogleFixture.NOW;
import static com.metalogics.booking.adapter.google.GoogleFixture.days;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.metalogics.booking.adapter.google.GoogleCalendarListener.CircuitState;
import com.metalogics.booking.adapter.google.fake.Fault;
import com.metalogics.booking.adapter.google.fake.RequestLog.Entry;
import com.metalogics.booking.core.domain.IntegrationException;
import com.metalogics.booking.core.domain.IntegrationException.Kind;
import com.metalogics.booking.core.domain.TimeSlot;
import com.metalogics.booking.core.port.out.CalendarBusy;
import com.metalogics.booking.core.port.out.CalendarEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Busy times of several hosts' calendars: one call per 50, failures per calendar, cache per
 * calendar.
 */
class GoogleCalendarAdapterCalendarsTest extends WithFakeGoogle {

  private static final String GRACE = "grace@example.com";
  private static final String ALAN = "alan@example.com";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  GoogleCalendarAdapter createAdapter(GoogleFixture fixture) {
    fixture.google.addCalendar(GRACE);
    fixture.google.addCalendar(ALAN);
    // A breaker that two failures would open: per-calendar errors must not count.
    return fixture.adapter(fixture.config().toBuilder().circuitFailureThreshold(2).build());
  }

  @Test
  void givenThreeCalendars_oneFreeBusyCallAsksThemAll_andEachAnswersItsOwn() {
    TimeSlot graceBusy = TimeSlot.of(NOW.plus(Duration.ofHours(3)), Duration.ofHours(1));
    fixture.google.block(GRACE, graceBusy.start(), graceBusy.end());

    Map<String, CalendarBusy> busy = adapter.busyIntervals(List.of(GRACE, CALENDAR, ALAN), days(1));

    assertThat(busy.keySet()).containsExactly(GRACE, CALENDAR, ALAN);
    assertThat(busy.get(GRACE).orThrow()).containsExactly(graceBusy);
    assertThat(busy.get(CALENDAR).orThrow()).isEmpty();
    assertThat(fixture.google.requests().freeBusyCalls()).isEqualTo(1);
    assertThat(itemsOf(freeBusyQueries().get(0))).containsExactly(GRACE, CALENDAR, ALAN);
  }

  @Test
  void given120Calendars_theyAreAskedInThreeCallsOfAtMost50_andAllAnswer() {
    List<String> hosts = new ArrayList<>();
    IntStream.range(0, 120).forEach(i -> hosts.add("host-" + i + "@example.com"));
    hosts.forEach(fixture.google::addCalendar);
    TimeSlot lastBusy = TimeSlot.of(NOW.plus(Duration.ofHours(5)), Duration.ofMinutes(30));
    fixture.google.block(hosts.get(119), lastBusy.start(), lastBusy.end());

    Map<String, CalendarBusy> busy = adapter.busyIntervals(hosts, days(1));

    assertThat(busy.keySet()).containsExactlyElementsOf(hosts);
    assertThat(busy.values()).noneMatch(CalendarBusy::failed);
    assertThat(busy.get(hosts.get(119)).busy()).containsExactly(lastBusy);
    List<Entry> queries = freeBusyQueries();
    assertThat(queries).hasSize(3);
    assertThat(queries).allSatisfy(q -> assertThat(itemsOf(q)).hasSizeLessThanOrEqualTo(50));
    assertThat(queries.stream().mapToInt(q -> itemsOf(q).size()).sum()).isEqualTo(120);
  }

  @Test
  void givenOneOfTwoCallsFailingWhole_itsCalendarsFail_andTheOtherCallsCalendarsAnswer() {
    List<String> hosts = new ArrayList<>();
    IntStream.range(0, 60).forEach(i -> hosts.add("host-" + i + "@example.com"));
    hosts.forEach(fixture.google::addCalendar);
    GoogleCalendarAdapter once =
        fixture.adapter(fixture.config().toBuilder().maxAttempts(1).build());
    fixture.google.faults().failNext(1, Fault.SERVER_ERROR);

    Map<String, CalendarBusy> busy = once.busyIntervals(hosts, days(1));

    List<String> failed =
        busy.values().stream().filter(CalendarBusy::failed).map(CalendarBusy::calendarId).toList();
    assertThat(failed).isIn(hosts.subList(0, 50), hosts.subList(50, 60));
    assertThat(busy).hasSize(60);
  }

  @Test
  void givenAnUnknownCalendar_itsEntryIsAnAuthFailure_notRetried_andTheOthersAnswer() {
    Map<String, CalendarBusy> busy =
        adapter.busyIntervals(List.of(GRACE, "nobody@example.com"), days(1));

    assertThat(busy.get(GRACE).failed()).isFalse();
    assertThat(busy.get("nobody@example.com").failure())
        .hasValueSatisfying(e -> assertThat(e.kind()).isEqualTo(Kind.AUTH));
    assertThat(fixture.google.requests().freeBusyCalls()).isEqualTo(1);
  }

  @Test
  void givenOneCalendarsInternalError_onlyThatCalendarIsAskedAgain_andTheCircuitStaysClosed() {
    fixture.google.freeBusyError(ALAN, Optional.of("internalError"));

    Map<String, CalendarBusy> busy = adapter.busyIntervals(List.of(GRACE, ALAN), days(1));

    assertThat(busy.get(GRACE).failed()).isFalse();
    assertThat(busy.get(ALAN).failure())
        .hasValueSatisfying(e -> assertThat(e.kind()).isEqualTo(Kind.UNAVAILABLE));
    List<Entry> queries = freeBusyQueries();
    assertThat(queries).hasSize(3);
    assertThat(itemsOf(queries.get(1))).containsExactly(ALAN);
    assertThat(itemsOf(queries.get(2))).containsExactly(ALAN);
    assertThat(adapter.circuitState()).isEqualTo(CircuitState.CLOSED);
    assertThat(adapter.busyIntervals(List.of(GRACE), days(1)).get(GRACE).failed()).isFalse();
  }

  @Test
  void givenAFailedCalendar_itIsNotCached_andAskedAgainNextTime() {
    fixture.google.freeBusyError(ALAN, Optional.of("backendError"));
    assertThat(adapter.busyIntervals(List.of(ALAN), days(1)).get(ALAN).failed()).isTrue();
    fixture.google.freeBusyError(ALAN, Optional.empty());
    fixture.google.requests().clear();

    assertThat(adapter.busyIntervals(List.of(ALAN), days(1)).get(ALAN).failed()).isFalse();
    assertThat(fixture.google.requests().freeBusyCalls()).isEqualTo(1);
  }

  @Test
  void givenOneCalendarCached_aLaterAskForSeveral_asksOnlyTheMissingOnes() {
    adapter.busyIntervals(List.of(GRACE), days(1));
    fixture.google.requests().clear();

    Map<String, CalendarBusy> busy = adapter.busyIntervals(List.of(GRACE, ALAN), days(1));

    assertThat(busy.keySet()).containsExactly(GRACE, ALAN);
    assertThat(freeBusyQueries()).hasSize(1);
    assertThat(itemsOf(freeBusyQueries().get(0))).containsExactly(ALAN);
    assertThat(adapter.counters().busyCacheHits()).isEqualTo(1);
  }

  @Test
  void givenAWriteToOneCalendar_onlyThatCalendarsCachedBusyTimesAreDropped() {
    adapter.busyIntervals(List.of(GRACE, ALAN), days(3));
    CalendarEvent forGrace = GoogleFixture.event(10).in(Optional.of(GRACE), List.of());
    adapter.createEvent(forGrace);
    fixture.google.requests().clear();

    Map<String, CalendarBusy> busy = adapter.busyIntervals(List.of(GRACE, ALAN), days(3));

    assertThat(busy.get(GRACE).orThrow()).containsExactly(forGrace.slot());
    assertThat(itemsOf(freeBusyQueries().get(0))).containsExactly(GRACE);
  }

  @Test
  void givenGoogleDown_anAskForSeveralCalendars_throwsAsNoneCouldBeAsked() {
    fixture.google.faults().failAlways(Fault.SERVER_ERROR);

    assertThatThrownBy(() -> adapter.busyIntervals(List.of(GRACE, ALAN), days(1)))
        .isInstanceOf(IntegrationException.class);
  }

  @Test
  void givenGoogleDown_calendarsInTheCacheStillAnswer_andTheOthersFail() {
    adapter.busyIntervals(List.of(GRACE), days(1));
    fixture.google.faults().failAlways(Fault.SERVER_ERROR);

    Map<String, CalendarBusy> busy = adapter.busyIntervals(List.of(GRACE, ALAN), days(1));

    assertThat(busy.get(GRACE).failed()).isFalse();
    assertThat(busy.get(ALAN).failure())
        .hasValueSatisfying(e -> assertThat(e.kind()).isEqualTo(Kind.UNAVAILABLE));
  }

  private List<Entry> freeBusyQueries() {
    return fixture.google.requests().api().stream().filter(Entry::isFreeBusy).toList();
  }

  private static List<String> itemsOf(Entry query) {
    try {
      List<String> ids = new ArrayList<>();
      for (JsonNode item : JSON.readTree(query.body()).path("items")) {
        ids.add(item.path("id").asText());
      }
      return ids;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
