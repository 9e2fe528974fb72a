package com.metalogics.booking.core.application;

import com.metalogics.booking.core.domain.IntegrationException;
import com.metalogics.booking.core.domain.SlotUnavailableException;
import com.metalogics.booking.core.domain.TimeSlot;
import com.metalogics.booking.core.port.out.CalendarBusy;
import com.metalogics.booking.core.port.out.CalendarPort;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Step 3 of the booking flow: the widened slot must not overlap a calendar busy time. */
final class CalendarCheck {

  private static final System.Logger LOG = System.getLogger(CalendarCheck.class.getName());

  private final CalendarPort calendar;
  private final Executor executor;
  private final Duration budget;

  CalendarCheck(CalendarPort calendar, Executor executor, Duration budget) {
    this.calendar = calendar;
    this.executor = executor;
    this.budget = budget;
  }

  /** False when the calendar is switched off and {@link #requireFree} asks nothing. */
  boolean readsCalendar() {
    return calendar.enabled();
  }

  /**
   * Throws {@code SlotUnavailableException} when the calendar is busy around {@code slot}.
   *
   * @param widened the slot with the event type's buffers before and after
   * @param ownSlot the booking's current slot when rescheduling: its own event is not a conflict
   * @return false when the calendar could not be read (the booking goes on, with a warning)
   */
  boolean requireFree(TimeSlot slot, TimeSlot widened, Optional<TimeSlot> ownSlot) {
    if (!calendar.enabled()) {
      return true;
    }
    Optional<List<TimeSlot>> busyTimes = readWithinBudget(widened);
    for (TimeSlot busy : busyTimes.orElse(List.of())) {
      if (busy.overlaps(widened) && !ownSlot.filter(busy::equals).isPresent()) {
        throw new SlotUnavailableException(slot, SlotUnavailableException.Reason.CALENDAR_BUSY);
      }
    }
    return busyTimes.isPresent();
  }

  /**
   * The busy times of each member's calendar around {@code widened}, by host id, read together
   * within the budget. Calendars that do not answer in time, or cannot be asked, count as failed.
   */
  Map<String, CalendarBusy> readHosts(List<Offer> members, TimeSlot widened) {
    CompletableFuture<Map<String, CalendarBusy>> read =
        CompletableFuture.supplyAsync(
            () -> HostCalendars.read(calendar, members, widened), executor);
    try {
      return read.get(budget.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      LOG.log(Level.WARNING, "host calendars unreadable: {0}", e.getCause());
      return HostCalendars.allFailed(members, unreadable(e.getCause()));
    } catch (TimeoutException e) {
      read.cancel(true);
      LOG.log(Level.WARNING, "host calendars timed out");
      return HostCalendars.allFailed(members, unreadable(e));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return HostCalendars.allFailed(members, unreadable(e));
    }
  }

  private static IntegrationException unreadable(Throwable cause) {
    return cause instanceof IntegrationException known
        ? known
        : IntegrationException.calendar("the calendars could not be read in time", cause);
  }

  /** A calendar that does not answer in time counts as unreadable, like one that fails. */
  private Optional<List<TimeSlot>> readWithinBudget(TimeSlot range) {
    CompletableFuture<List<TimeSlot>> read =
        CompletableFuture.supplyAsync(() -> calendar.busyIntervals(range), executor);
    try {
      return Optional.of(read.get(budget.toMillis(), TimeUnit.MILLISECONDS));
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof IntegrationException)) {
        LOG.log(Level.ERROR, "calendar port threw an untyped error", e.getCause());
      }
      LOG.log(Level.WARNING, "calendar busy times unreadable, booking anyway: {0}", e.getCause());
      return Optional.empty();
    } catch (TimeoutException e) {
      read.cancel(true);
      LOG.log(Level.WARNING, "calendar busy times timed out, booking anyway");
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }
}
