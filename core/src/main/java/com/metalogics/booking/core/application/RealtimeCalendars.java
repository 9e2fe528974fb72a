package com.metalogics.booking.core.application;

import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.Integration;
import com.metalogics.booking.core.port.in.CalendarNotice;
import com.metalogics.booking.core.port.in.ListConflicts;
import com.metalogics.booking.core.port.in.ReceiveCalendarNotices;
import com.metalogics.booking.core.port.out.CalendarMirrorStore;
import com.metalogics.booking.core.port.out.MirrorState;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Real-time calendars (DESIGN.md): each host calendar's busy events kept in a stored copy by
 * incremental syncs, which push notifications trigger (when a public https address is configured)
 * and a poll repeats every {@code pollInterval} in any case; every change announced to all
 * instances; conflicts with bookings flagged. Build it with {@link #builder()} after the engine,
 * {@link #start()} it, {@link #close()} it on shutdown.
 */
public final class RealtimeCalendars
    implements ReceiveCalendarNotices, ListConflicts, AutoCloseable {

  private static final System.Logger LOG = System.getLogger(RealtimeCalendars.class.getName());

  /** How soon a notified calendar is tried again when another instance was syncing it. */
  static final Duration RETRY_AFTER = Duration.ofMillis(250);

  private final RealtimeCalendarsBuilder settings;
  private final CalendarMirrorStore store;
  private final CalendarSync sync;
  private final SyncQueue queue;
  private final NoticeIntake intake;
  private final Optional<ChannelKeeper> keeper;
  private final ScheduledExecutorService executor;
  private final Clock clock;

  RealtimeCalendars(RealtimeCalendarsBuilder b) {
    this.settings = b;
    this.store = b.store;
    this.clock = b.clock;
    this.executor = Executors.newScheduledThreadPool(2, RealtimeCalendars::daemon);
    ConflictWatch conflicts =
        new ConflictWatch(
            b.repository,
            b.catalog,
            b.defaultCalendarId,
            b.engine.webhookEffects(),
            b.engine.reassignment(),
            b.engine.integrations().isEnabled(Integration.EMAIL));
    this.sync = new CalendarSync(b.feed, b.store, b.bus, conflicts, b.clock, b.ahead);
    this.queue = new SyncQueue(sync::sync, executor, RETRY_AFTER);
    this.intake = new NoticeIntake(b.store, queue);
    this.keeper =
        b.pushAddress.map(
            address ->
                new ChannelKeeper(
                    b.watch,
                    b.store,
                    b.catalog,
                    b.defaultCalendarId,
                    address,
                    b.clock,
                    b.channelTtl,
                    b.renewBefore,
                    queue::changed,
                    intake::forget));
  }

  public static RealtimeCalendarsBuilder builder() {
    return new RealtimeCalendarsBuilder();
  }

  /** Runs {@link #tick()} now and then every poll interval, in the background. */
  public void start() {
    long every = settings.pollInterval.toMillis();
    executor.scheduleWithFixedDelay(this::safeTick, 0, every, TimeUnit.MILLISECONDS);
  }

  /**
   * One round: the push channels kept (when push is on), and each watched calendar not synced for
   * half a poll interval queued for a sync.
   */
  public void tick() {
    keeper.ifPresent(ChannelKeeper::run);
    Instant now = clock.instant();
    Duration half = settings.pollInterval.dividedBy(2);
    for (String calendarId :
        ChannelKeeper.watchedCalendars(settings.catalog, settings.defaultCalendarId)) {
      Optional<MirrorState> state = store.state(calendarId);
      if (state.isEmpty() || !state.get().syncedAt().plus(half).isAfter(now)) {
        queue.poll(calendarId);
      }
    }
  }

  /** Syncs the calendar now, on the caller's thread (the admin, tests). */
  public boolean syncNow(String calendarId) {
    return sync.sync(calendarId);
  }

  @Override
  public Outcome receive(CalendarNotice notice) {
    return intake.receive(notice);
  }

  @Override
  public List<Booking> conflicts(int limit) {
    return settings.repository.findConflicted(limit);
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }

  private void safeTick() {
    try {
      tick();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "calendar poll failed: {0}", e.toString());
    }
  }

  private static Thread daemon(Runnable task) {
    Thread thread = new Thread(task, "calendar-sync");
    thread.setDaemon(true);
    return thread;
  }
}
