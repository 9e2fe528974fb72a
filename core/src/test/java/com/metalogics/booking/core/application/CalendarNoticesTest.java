package com.metalogics.booking.core.application;

import static com.metalogics.booking.core.application.RealtimeHarness.CALENDAR;
import static org.assertj.core.api.Assertions.assertThat;

import com.metalogics.booking.core.domain.TimeSlot;
import com.metalogics.booking.core.port.in.CalendarNotice;
import com.metalogics.booking.core.port.in.ReceiveCalendarNotices.Outcome;
import com.metalogics.booking.core.port.out.CalendarItem;
import com.metalogics.booking.core.port.out.WatchChannel;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Hostile and heavy notifications: refused without effect, or coalesced into few syncs. */
class CalendarNoticesTest {

  private static final Duration WAIT_LIMIT = Duration.ofSeconds(30);

  private final RealtimeHarness r = new RealtimeHarness();
  private static final String CHANNEL = "6f1c2a9e-3b7d-4e58-9a0c-2d4b8e6f1a35";
  private static final String TOKEN = "the-channels-secret-token";

  /** A channel as the keeper stores it, and a first sync, with nothing left running. */
  @BeforeEach
  void openChannel() {
    r.store.saveChannel(
        new WatchChannel(
            CHANNEL,
            CALENDAR,
            "resource",
            ChannelTokens.hash(TOKEN),
            r.h.clock.instant().plus(RealtimeHarness.TTL)));
    r.realtime.syncNow(CALENDAR);
  }

  @AfterEach
  void close() {
    r.close();
  }

  @Test
  void anUnknownChannelOrAWrongToken_isRefused_andNothingIsSynced() {
    int listings = r.feed.fullListings() + r.feed.incrementalListings();

    assertThat(r.realtime.receive(new CalendarNotice("no-such-channel", TOKEN, "exists")))
        .isEqualTo(Outcome.UNKNOWN_CHANNEL);
    assertThat(r.realtime.receive(new CalendarNotice(CHANNEL, "guess", "exists")))
        .isEqualTo(Outcome.WRONG_TOKEN);
    assertThat(r.realtime.receive(new CalendarNotice("", "", "exists")))
        .isEqualTo(Outcome.UNKNOWN_CHANNEL);
    assertThat(r.realtime.receive(new CalendarNotice(CHANNEL.toUpperCase(), TOKEN, "exists")))
        .isEqualTo(Outcome.UNKNOWN_CHANNEL);
    assertThat(
            r.realtime.receive(
                new CalendarNotice("0b7e4c1d-9f2a-4c3e-8d5b-6a1f0e9c7b24", TOKEN, "exists")))
        .isEqualTo(Outcome.UNKNOWN_CHANNEL);

    assertThat(r.feed.fullListings() + r.feed.incrementalListings()).isEqualTo(listings);
  }

  @Test
  void aValidNotification_syncsTheChannelsCalendar_andReplaysChangeNothing() {
    r.feed.put(CALENDAR, r.outside("new", TimeSlot.of(r.h.ny(2, 10, 0), Duration.ofHours(1))));

    for (int i = 0; i < 3; i++) {
      assertThat(r.realtime.receive(notice("exists"))).isEqualTo(Outcome.ACCEPTED);
    }

    await(() -> r.store.items(CALENDAR).stream().anyMatch(i -> i.eventId().equals("new")));
    assertThat(r.store.items(CALENDAR)).extracting(CalendarItem::eventId).containsExactly("new");
  }

  @Test
  void aFloodOfAThousandNotifications_duringASync_isCoalescedIntoOneMoreSync() {
    r.feed.holdListings();
    r.feed.put(CALENDAR, r.outside("first", TimeSlot.of(r.h.ny(2, 8, 0), Duration.ofMinutes(5))));
    r.realtime.receive(notice("exists"));
    await(r.feed::listingHeld);
    int before = r.feed.incrementalListings();

    for (int i = 0; i < 1000; i++) {
      r.feed.put(
          CALENDAR,
          r.outside("e" + (i % 10), TimeSlot.of(r.h.ny(2, 9, i % 60), Duration.ofMinutes(5))));
      assertThat(r.realtime.receive(notice(i % 2 == 0 ? "exists" : "not_exists")))
          .isEqualTo(Outcome.ACCEPTED);
    }
    r.feed.put(CALENDAR, r.outside("last", TimeSlot.of(r.h.ny(2, 15, 0), Duration.ofHours(1))));
    r.realtime.receive(notice("exists"));
    r.feed.releaseListings();

    await(() -> r.store.items(CALENDAR).stream().anyMatch(i -> i.eventId().equals("last")));
    assertThat(r.store.items(CALENDAR)).hasSize(12);
    assertThat(r.feed.incrementalListings() - before).isLessThanOrEqualTo(3);
  }

  private CalendarNotice notice(String state) {
    return new CalendarNotice(CHANNEL, TOKEN, state);
  }

  private static void await(BooleanSupplier condition) {
    long deadline = System.nanoTime() + WAIT_LIMIT.toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("condition not met in time").isLessThan(deadline);
      LockSupport.parkNanos(Duration.ofMillis(5).toNanos());
    }
  }
}
