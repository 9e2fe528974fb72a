package com.metalogics.booking.core.application;

import com.metalogics.booking.core.port.in.CalendarNotice;
import com.metalogics.booking.core.port.in.ReceiveCalendarNotices;
import com.metalogics.booking.core.port.out.CalendarMirrorStore;
import com.metalogics.booking.core.port.out.WatchChannel;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks a notification against its stored channel and queues its calendar's sync. Known channels
 * are kept in memory, so a flood of notifications does not become a flood of queries; a channel is
 * read from storage when first seen.
 */
final class NoticeIntake implements ReceiveCalendarNotices {

  private final CalendarMirrorStore store;
  private final SyncQueue queue;
  private final Map<String, WatchChannel> known = new ConcurrentHashMap<>();

  NoticeIntake(CalendarMirrorStore store, SyncQueue queue) {
    this.store = store;
    this.queue = queue;
  }

  @Override
  public Outcome receive(CalendarNotice notice) {
    Optional<WatchChannel> channel = channel(notice.channelId());
    if (channel.isEmpty()) {
      return Outcome.UNKNOWN_CHANNEL;
    }
    if (!ChannelTokens.matches(notice.token(), channel.get().tokenHash())) {
      return Outcome.WRONG_TOKEN;
    }
    // "sync" only says that the channel works; the others say that something changed.
    if (!"sync".equals(notice.resourceState())) {
      queue.changed(channel.get().calendarId());
    }
    return Outcome.ACCEPTED;
  }

  /** A channel stopped or replaced is no longer accepted. */
  void forget(String channelId) {
    known.remove(channelId);
  }

  private Optional<WatchChannel> channel(String channelId) {
    WatchChannel kept = known.get(channelId);
    if (kept != null) {
      return Optional.of(kept);
    }
    if (!isOurShape(channelId)) {
      return Optional.empty();
    }
    Optional<WatchChannel> stored = store.channel(channelId);
    stored.ifPresent(c -> known.put(channelId, c));
    return stored;
  }

  /**
   * Our channel ids are random UUIDs ({@link ChannelKeeper}); anything else is answered as unknown
   * without a database read, so a flood of made-up ids costs no queries.
   */
  private static boolean isOurShape(String channelId) {
    if (channelId.length() != 36) {
      return false;
    }
    try {
      return UUID.fromString(channelId).toString().equals(channelId);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
