package com.metalogics.booking.core.application;

import com.metalogics.booking.core.domain.Host;
import com.metalogics.booking.core.port.out.CalendarMirrorStore;
import com.metalogics.booking.core.port.out.CalendarWatch;
import com.metalogics.booking.core.port.out.CatalogRepository;
import com.metalogics.booking.core.port.out.Stored;
import com.metalogics.booking.core.port.out.WatchChannel;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Keeps one push channel open per calendar of an active host: opens a missing one (also one that
 * expired while no instance ran), replaces one that expires within {@code renewBefore}, and stops
 * the channels of calendars no active host uses any more. Each calendar's channel work is claimed,
 * so one instance does it.
 */
final class ChannelKeeper {

  static final Duration LEASE = Duration.ofMinutes(1);

  private static final System.Logger LOG = System.getLogger(ChannelKeeper.class.getName());

  private final CalendarWatch watch;
  private final CalendarMirrorStore store;
  private final CatalogRepository catalog;
  private final String defaultCalendarId;
  private final URI address;
  private final Clock clock;
  private final Duration ttl;
  private final Duration renewBefore;
  private final ChannelTokens tokens = new ChannelTokens();
  private final Consumer<String> opened;
  private final Consumer<String> closed;

  /**
   * @param opened hears the calendar of each channel opened: changes made while it had none are
   *     only seen by a sync
   * @param closed hears the id of each channel stopped
   */
  ChannelKeeper(
      CalendarWatch watch,
      CalendarMirrorStore store,
      CatalogRepository catalog,
      String defaultCalendarId,
      URI address,
      Clock clock,
      Duration ttl,
      Duration renewBefore,
      Consumer<String> opened,
      Consumer<String> closed) {
    this.watch = watch;
    this.store = store;
    this.catalog = catalog;
    this.defaultCalendarId = defaultCalendarId;
    this.address = address;
    this.clock = clock;
    this.ttl = ttl;
    this.renewBefore = renewBefore;
    this.opened = opened;
    this.closed = closed;
  }

  /** The calendars of the active hosts. */
  static Set<String> watchedCalendars(CatalogRepository catalog, String defaultCalendarId) {
    return catalog.hosts().stream()
        .map(Stored::value)
        .filter(Host::active)
        .map(h -> h.calendarId().orElse(defaultCalendarId))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  void run() {
    Instant now = clock.instant();
    Set<String> wanted = watchedCalendars(catalog, defaultCalendarId);
    List<WatchChannel> channels = store.channels();
    Set<String> gone =
        channels.stream()
            .map(WatchChannel::calendarId)
            .filter(c -> !wanted.contains(c))
            .collect(Collectors.toSet());
    for (String calendarId : gone) {
      claimed(calendarId, now, () -> stopAll(calendarId, now));
    }
    for (String calendarId : wanted) {
      boolean live =
          channels.stream()
              .anyMatch(
                  c ->
                      c.calendarId().equals(calendarId)
                          && c.expiresAt().isAfter(now.plus(renewBefore)));
      if (!live) {
        claimed(calendarId, now, () -> renew(calendarId, now));
      }
    }
  }

  private void claimed(String calendarId, Instant now, Runnable work) {
    String key = "watch:" + calendarId;
    if (!store.claim(key, now, LEASE)) {
      return;
    }
    try {
      work.run();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "push channel work failed: {0}", e.toString());
    } finally {
      store.release(key);
    }
  }

  /** Opens the new channel first, so that no change falls between two channels. */
  private void renew(String calendarId, Instant now) {
    List<WatchChannel> old = channelsOf(calendarId);
    String channelId = UUID.randomUUID().toString();
    String token = tokens.newToken();
    CalendarWatch.Watched watched =
        watch.watch(calendarId, channelId, token, address, now.plus(ttl));
    store.saveChannel(
        new WatchChannel(
            channelId,
            calendarId,
            watched.resourceId(),
            ChannelTokens.hash(token),
            watched.expiresAt()));
    LOG.log(Level.INFO, "push channel {0} opened until {1}", channelId, watched.expiresAt());
    for (WatchChannel channel : old) {
      stop(channel, now);
    }
    opened.accept(calendarId);
  }

  private void stopAll(String calendarId, Instant now) {
    for (WatchChannel channel : channelsOf(calendarId)) {
      stop(channel, now);
    }
  }

  /** An expired channel is gone at the calendar already: it is only forgotten. */
  private void stop(WatchChannel channel, Instant now) {
    if (channel.expiresAt().isAfter(now)) {
      watch.stop(channel.channelId(), channel.resourceId());
    }
    store.deleteChannel(channel.channelId());
    closed.accept(channel.channelId());
    LOG.log(Level.INFO, "push channel {0} stopped", channel.channelId());
  }

  private List<WatchChannel> channelsOf(String calendarId) {
    return store.channels().stream().filter(c -> c.calendarId().equals(calendarId)).toList();
  }
}
