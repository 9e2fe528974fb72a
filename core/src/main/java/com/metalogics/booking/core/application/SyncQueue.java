package com.metalogics.booking.core.application;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Calendar syncs waiting to run, at most one per calendar: a request for a calendar already waiting
 * joins it, so a flood of notifications costs one sync (and one more if it goes on during that
 * sync). A calendar is marked as waiting until its sync starts, never longer.
 */
final class SyncQueue {

  private static final System.Logger LOG = System.getLogger(SyncQueue.class.getName());

  private final Predicate<String> sync;
  private final ScheduledExecutorService executor;
  private final Duration retryAfter;
  private final Set<String> waiting = ConcurrentHashMap.newKeySet();

  /**
   * @param sync syncs a calendar; false when another instance was syncing it
   * @param retryAfter when a notified calendar is tried again after another instance held it
   */
  SyncQueue(Predicate<String> sync, ScheduledExecutorService executor, Duration retryAfter) {
    this.sync = sync;
    this.executor = executor;
    this.retryAfter = retryAfter;
  }

  /**
   * A change was announced: the calendar is synced after now, also when another instance is syncing
   * it at this moment (its sync may have read before the change).
   */
  void changed(String calendarId) {
    enqueue(calendarId, true);
  }

  /** A routine poll: skipped when another instance is syncing the calendar anyway. */
  void poll(String calendarId) {
    enqueue(calendarId, false);
  }

  private void enqueue(String calendarId, boolean retryIfBusy) {
    if (waiting.add(calendarId)) {
      executor.execute(() -> run(calendarId, retryIfBusy));
    }
  }

  private void run(String calendarId, boolean retryIfBusy) {
    waiting.remove(calendarId);
    try {
      if (!sync.test(calendarId) && retryIfBusy) {
        executor.schedule(() -> changed(calendarId), retryAfter.toMillis(), TimeUnit.MILLISECONDS);
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "calendar sync failed: {0}", e.toString());
    }
  }
}
