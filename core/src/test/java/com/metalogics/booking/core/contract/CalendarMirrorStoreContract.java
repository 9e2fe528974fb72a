package com.metalogics.booking.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.metalogics.booking.core.domain.TimeSlot;
import com.metalogics.booking.core.port.out.CalendarDelta;
import com.metalogics.booking.core.port.out.CalendarItem;
import com.metalogics.booking.core.port.out.CalendarMirrorStore;
import com.metalogics.booking.core.port.out.MirrorState;
import com.metalogics.booking.core.port.out.WatchChannel;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link CalendarMirrorStore} must do: keep a calendar's copy and state whole through
 * full replacements and incremental changes, report what left the copy, hand a claim to one caller
 * at a time, and keep push channels. Calendar ids are fresh per test, so implementations may share
 * a database.
 */
public abstract class CalendarMirrorStoreContract {

  private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");
  private static final TimeSlot WINDOW = TimeSlot.of(NOW, Duration.ofDays(30));

  protected CalendarMirrorStore store;
  private String calendar;

  protected abstract CalendarMirrorStore createStore();

  @BeforeEach
  void createStoreUnderTest() {
    store = createStore();
    calendar = "host-" + UUID.randomUUID() + "@example.org";
  }

  @Test
  void replace_storesItemsAndState_andReadsThemBackInStartOrder() {
    UUID booking = UUID.randomUUID();
    CalendarItem late = item("late", 50, Optional.empty());
    CalendarItem early = item("early", 2, Optional.of(booking));

    store.replace(state("token-1"), List.of(late, early));

    assertThat(store.items(calendar)).containsExactly(early, late);
    assertThat(store.state(calendar)).contains(state("token-1"));
    assertThat(store.items("other-" + calendar)).isEmpty();
    assertThat(store.state("other-" + calendar)).isEmpty();
  }

  @Test
  void replace_reportsWhatLeftTheCopy() {
    CalendarItem kept = item("kept", 2, Optional.empty());
    CalendarItem dropped = item("dropped", 4, Optional.of(UUID.randomUUID()));
    store.replace(state("token-1"), List.of(kept, dropped));

    List<CalendarItem> removed = store.replace(state("token-2"), List.of(kept));

    assertThat(removed).containsExactly(dropped);
    assertThat(store.items(calendar)).containsExactly(kept);
    assertThat(store.state(calendar).map(MirrorState::syncToken)).contains("token-2");
  }

  @Test
  void apply_addsReplacesAndRemoves_andReportsTheRemovedAsStored() {
    UUID booking = UUID.randomUUID();
    CalendarItem ours = item("ours", 2, Optional.of(booking));
    CalendarItem moved = item("moved", 4, Optional.empty());
    store.replace(state("token-1"), List.of(ours, moved));
    CalendarItem movedLater = item("moved", 6, Optional.empty());
    CalendarItem added = item("added", 1, Optional.empty());

    List<CalendarItem> removed =
        store.apply(
            state("token-2"),
            new CalendarDelta(List.of(movedLater, added), List.of("ours", "unknown"), "token-2"));

    assertThat(removed).containsExactly(ours);
    assertThat(store.items(calendar)).containsExactly(added, movedLater);
    assertThat(store.state(calendar).map(MirrorState::syncToken)).contains("token-2");
  }

  @Test
  void claim_isHeldUntilItsLeaseEnds_orItIsReleased() {
    String key = "sync:" + calendar;
    Duration lease = Duration.ofMinutes(2);

    assertThat(store.claim(key, NOW, lease)).isTrue();
    assertThat(store.claim(key, NOW.plusSeconds(60), lease)).isFalse();
    assertThat(store.claim(key, NOW.plus(lease), lease)).isTrue();
    store.release(key);
    assertThat(store.claim(key, NOW.plus(lease), lease)).isTrue();
    assertThat(store.claim("watch:" + calendar, NOW.plus(lease), lease)).isTrue();
  }

  @Test
  void channels_areSavedFoundListedAndDeleted() {
    WatchChannel first = channel("a-" + UUID.randomUUID(), NOW.plus(Duration.ofDays(7)));
    WatchChannel second = channel("b-" + UUID.randomUUID(), NOW.plus(Duration.ofDays(1)));

    store.saveChannel(first);
    store.saveChannel(second);

    assertThat(store.channel(first.channelId())).contains(first);
    assertThat(store.channels())
        .filteredOn(c -> c.calendarId().equals(calendar))
        .containsExactly(second, first);
    store.deleteChannel(second.channelId());
    assertThat(store.channel(second.channelId())).isEmpty();
    assertThat(store.channel("unknown")).isEmpty();
  }

  private MirrorState state(String token) {
    return new MirrorState(calendar, token, WINDOW, NOW);
  }

  private static CalendarItem item(String id, int hours, Optional<UUID> booking) {
    return new CalendarItem(
        id, TimeSlot.of(NOW.plus(Duration.ofHours(hours)), Duration.ofMinutes(30)), booking);
  }

  private WatchChannel channel(String id, Instant expiresAt) {
    return new WatchChannel(id, calendar, "resource-" + id, "ab".repeat(32), expiresAt);
  }
}
