package com.metalogics.booking.adapter.google;

import static com.metalogics.booking.adapter.google.GoogleFixture.CALENDAR;
import static com.metalogics.booking.adapter.google.GoogleFixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import com.metalogics.booking.adapter.google.fake.FakePush;
import com.metalogics.booking.core.domain.TimeSlot;
import com.metalogics.booking.core.port.out.CalendarDelta;
import com.metalogics.booking.core.port.out.CalendarEvent;
import com.metalogics.booking.core.port.out.CalendarItem;
import com.metalogics.booking.core.port.out.CalendarWatch;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Incremental listing and push channels against the fake Google. */
class GoogleCalendarChangesTest extends WithFakeGoogle {

  private static final TimeSlot WINDOW = new TimeSlot(NOW, NOW.plus(Duration.ofDays(30)));

  @Test
  void list_readsEveryPage_andTellsOurEventsByTheirBookingId() {
    GoogleCalendarChanges changes = new GoogleCalendarChanges(fixture.config());
    CalendarEvent ours = GoogleFixture.event(10);
    adapter.createEvent(ours);
    fixture.google.putOutsideEvent(CALENDAR, "dentist1", at(24), at(25));
    fixture.google.putOutsideEvent(CALENDAR, "lunch1", at(30), at(31));
    fixture.google.putOutsideEvent(CALENDAR, "later1", at(24 * 40), at(24 * 40 + 1));
    fixture.google.listPageSize(1);

    CalendarDelta delta = changes.list(CALENDAR, WINDOW);

    assertThat(delta.busy())
        .extracting(CalendarItem::eventId)
        .containsExactlyInAnyOrder(ours.eventId(), "dentist1", "lunch1");
    assertThat(delta.busy())
        .filteredOn(i -> i.eventId().equals(ours.eventId()))
        .singleElement()
        .satisfies(i -> assertThat(i.bookingId()).contains(ours.bookingId()));
    assertThat(delta.busy()).filteredOn(CalendarItem::outside).hasSize(2);
    assertThat(fixture.google.requests().count("GET", "/events")).isGreaterThanOrEqualTo(3);
  }

  @Test
  void changesSince_reportsNewMovedAndDeletedEvents_andAGoneTokenIsEmpty() {
    GoogleCalendarChanges changes = new GoogleCalendarChanges(fixture.config());
    fixture.google.putOutsideEvent(CALENDAR, "dentist1", at(24), at(25));
    fixture.google.putOutsideEvent(CALENDAR, "lunch1", at(30), at(31));
    String token = changes.list(CALENDAR, WINDOW).nextSyncToken();

    fixture.google.putOutsideEvent(CALENDAR, "dentist1", at(26), at(27));
    fixture.google.deleteByHand(CALENDAR, "lunch1");
    fixture.google.putOutsideEvent(CALENDAR, "sport1", at(40), at(41));
    CalendarDelta delta = changes.changesSince(CALENDAR, token).orElseThrow();

    assertThat(delta.busy())
        .extracting(CalendarItem::eventId, i -> i.slot().start())
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("dentist1", at(26)),
            org.assertj.core.groups.Tuple.tuple("sport1", at(40)));
    assertThat(delta.gone()).containsExactly("lunch1");
    assertThat(changes.changesSince(CALENDAR, delta.nextSyncToken()).orElseThrow().isEmpty())
        .isTrue();
    fixture.google.expireSyncTokens();
    assertThat(changes.changesSince(CALENDAR, delta.nextSyncToken())).isEmpty();
  }

  @Test
  void watch_opensAChannelThatPostsChanges_andStopEndsIt() throws IOException {
    List<Map<String, String>> received = new CopyOnWriteArrayList<>();
    HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    receiver.createContext(
        "/api/webhooks/google",
        exchange -> {
          received.add(
              Map.of(
                  "id", exchange.getRequestHeaders().getFirst("X-Goog-Channel-ID"),
                  "token", exchange.getRequestHeaders().getFirst("X-Goog-Channel-Token"),
                  "state", exchange.getRequestHeaders().getFirst("X-Goog-Resource-State")));
          exchange.sendResponseHeaders(200, -1);
          exchange.close();
        });
    receiver.start();
    try {
      fixture
          .google
          .push()
          .deliverTo(URI.create("http://127.0.0.1:" + receiver.getAddress().getPort()));
      GoogleCalendarChanges changes = new GoogleCalendarChanges(fixture.config());
      Instant until = NOW.plus(Duration.ofDays(7));

      CalendarWatch.Watched watched =
          changes.watch(
              CALENDAR,
              "channel-1",
              "secret",
              URI.create("https://book.example.com/api/webhooks/google"),
              until);
      fixture.google.putOutsideEvent(CALENDAR, "dentist1", at(24), at(25));

      assertThat(watched.expiresAt()).isEqualTo(until);
      assertThat(GoogleFixture.eventually(Duration.ofSeconds(10), () -> received.size() == 2))
          .isTrue();
      assertThat(received)
          .extracting(m -> m.get("state"))
          .containsExactlyInAnyOrder("sync", "exists");
      assertThat(received)
          .allMatch(m -> m.get("id").equals("channel-1") && m.get("token").equals("secret"));
      changes.stop("channel-1", watched.resourceId());
      changes.stop("channel-1", watched.resourceId());
      assertThat(fixture.google.push().watches()).isEmpty();
      assertThat(
              GoogleFixture.eventually(
                  Duration.ofSeconds(10), () -> fixture.google.push().sent().size() == 2))
          .isTrue();
      assertThat(fixture.google.push().sent()).extracting(FakePush.Sent::status).containsOnly(200);
    } finally {
      receiver.stop(0);
    }
  }

  private static Instant at(int hoursAfterNow) {
    return NOW.plus(Duration.ofHours(hoursAfterNow));
  }
}
