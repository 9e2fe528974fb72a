package com.metalogics.booking.core.application;

import static com.metalogics.booking.core.application.RealtimeHarness.ADDRESS;
import static com.metalogics.booking.core.application.RealtimeHarness.CALENDAR;
import static com.metalogics.booking.core.application.RealtimeHarness.RENEW_BEFORE;
import static com.metalogics.booking.core.application.RealtimeHarness.TTL;
import static org.assertj.core.api.Assertions.assertThat;

import com.metalogics.booking.core.domain.Host;
import com.metalogics.booking.core.port.out.Stored;
import com.metalogics.booking.core.port.out.WatchChannel;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Push channels on an injected clock: opened, renewed before expiry, stopped, re-created. */
class ChannelLifecycleTest {

  private final RealtimeHarness r = new RealtimeHarness();

  @AfterEach
  void close() {
    r.close();
  }

  @Test
  void aTick_opensOneChannelPerActiveHostCalendar_storingOnlyTheTokensHash() {
    r.realtime.tick();
    r.realtime.tick();

    assertThat(r.feed.openChannels())
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.calendarId()).isEqualTo(CALENDAR);
              assertThat(o.address()).isEqualTo(ADDRESS);
            });
    FakeCalendarFeed.Opened opened = r.feed.openChannels().get(0);
    WatchChannel stored = r.store.channel(opened.channelId()).orElseThrow();
    assertThat(stored.tokenHash()).isEqualTo(ChannelTokens.hash(opened.token()));
    assertThat(stored.tokenHash()).doesNotContain(opened.token());
    assertThat(stored.expiresAt()).isEqualTo(r.h.clock.instant().plus(TTL));
  }

  @Test
  void aChannel_isRenewedBeforeItExpires_andTheOldOneStopped() {
    r.realtime.tick();
    String first = r.feed.openChannels().get(0).channelId();

    r.h.clock.advance(TTL.minus(RENEW_BEFORE).minusMinutes(1));
    r.realtime.tick();
    assertThat(r.feed.openChannels())
        .extracting(FakeCalendarFeed.Opened::channelId)
        .containsExactly(first);

    r.h.clock.advance(Duration.ofMinutes(2));
    r.realtime.tick();

    assertThat(r.feed.stoppedChannels()).containsExactly(first);
    assertThat(r.feed.openChannels())
        .singleElement()
        .satisfies(o -> assertThat(o.channelId()).isNotEqualTo(first));
    assertThat(r.store.channels())
        .extracting(WatchChannel::channelId)
        .containsExactly(r.feed.openChannels().get(0).channelId());
  }

  @Test
  void deactivatingTheHost_stopsItsChannel() {
    r.realtime.tick();
    String channel = r.feed.openChannels().get(0).channelId();
    Stored<Host> owner = r.h.catalog.hosts().get(0);
    Host host = owner.value();

    r.h
        .engine
        .manageCatalog()
        .saveHost(
            new Host(
                host.id(),
                host.name(),
                host.email(),
                host.timeZone(),
                host.scheduleId(),
                host.calendarId(),
                false,
                host.weight(),
                host.priority()),
            OptionalLong.of(owner.version()),
            "admin");
    r.realtime.tick();

    assertThat(r.feed.stoppedChannels()).containsExactly(channel);
    assertThat(r.store.channels()).isEmpty();
  }

  @Test
  void aChannelThatExpiredWhileNoInstanceRan_isRecreatedAtStart_withoutStoppingTheDeadOne() {
    r.store.saveChannel(
        new WatchChannel(
            "lost-channel",
            CALENDAR,
            "resource",
            ChannelTokens.hash("old"),
            r.h.clock.instant().minus(Duration.ofHours(3))));

    r.realtime.tick();

    assertThat(r.feed.stoppedChannels()).isEmpty();
    assertThat(r.store.channel("lost-channel")).isEmpty();
    assertThat(r.feed.openChannels())
        .singleElement()
        .satisfies(
            o ->
                assertThat(r.store.channel(o.channelId()).map(WatchChannel::calendarId))
                    .isEqualTo(Optional.of(CALENDAR)));
  }
}
