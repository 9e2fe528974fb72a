package com.metalogics.booking.core.application;

import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.BookingStatus;
import com.metalogics.booking.core.domain.EnabledIntegrations;
import com.metalogics.booking.core.domain.SyncState;
import com.metalogics.booking.core.port.in.Warning;
import com.metalogics.booking.core.port.out.AdminAlert;
import com.metalogics.booking.core.port.out.AttendeeNotification;
import com.metalogics.booking.core.port.out.BookingRepository;
import com.metalogics.booking.core.port.out.CalendarEvent;
import com.metalogics.booking.core.port.out.CalendarPort;
import com.metalogics.booking.core.port.out.CrmContact;
import com.metalogics.booking.core.port.out.CrmNote;
import com.metalogics.booking.core.port.out.CrmPort;
import com.metalogics.booking.core.port.out.Notifier;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Mirrors a booking's current revision to the calendar and the CRM (in parallel, within a time
 * budget) and then mails the attendee. A failure never escapes: it becomes a manual-sync flag and a
 * stored error for the sync worker. Every step is idempotent, so repeating it is safe.
 */
final class BookingMirror {

  static final Duration OUTAGE_ALERT_INTERVAL = Duration.ofMinutes(15);

  private static final System.Logger LOG = System.getLogger(BookingMirror.class.getName());
  private static final DateTimeFormatter NOTE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private final BookingRepository repository;
  private final CalendarPort calendar;
  private final CrmPort crm;
  private final Notifier notifier;
  private final ManageTokens tokens;
  private final Clock clock;
  private final Executor executor;
  private final EnabledIntegrations integrations;
  private final AtomicReference<Instant> lastOutageAlert = new AtomicReference<>(Instant.EPOCH);

  BookingMirror(
      BookingRepository repository,
      CalendarPort calendar,
      CrmPort crm,
      Notifier notifier,
      ManageTokens tokens,
      Clock clock,
      Executor executor) {
    this.repository = repository;
    this.calendar = calendar;
    this.crm = crm;
    this.notifier = notifier;
    this.tokens = tokens;
    this.clock = clock;
    this.executor = executor;
    this.integrations =
        EnabledIntegrations.of(calendar.enabled(), crm.enabled(), notifier.enabled());
  }

  /** The integrations switched on: each disabled stand-in says it is off. */
  EnabledIntegrations integrations() {
    return integrations;
  }

  /** The warning codes of what a switched-on integration does not show yet. */
  List<Warning> pendingWarnings(SyncState sync) {
    return Warnings.pendingOf(sync, integrations);
  }

  /**
   * Mirrors right after a change; alerts the admin when both integrations failed, at most once per
   * {@link #OUTAGE_ALERT_INTERVAL}: during an outage every booking fails alike, and one mail says
   * it as well as two hundred.
   */
  Booking mirrorAfterChange(Booking booking, Duration budget) {
    Booking mirrored = mirror(booking, budget);
    SyncState sync = mirrored.sync();
    if (calendar.enabled() && crm.enabled() && !sync.calendarSynced() && !sync.crmSynced()) {
      Instant now = clock.instant();
      Instant last = lastOutageAlert.get();
      if (!now.isBefore(last.plus(OUTAGE_ALERT_INTERVAL))
          && lastOutageAlert.compareAndSet(last, now)) {
        alertQuietly(new AdminAlert(mirrored, sync.lastError().orElse("calendar and CRM failed")));
      }
    }
    return mirrored.sync().equals(booking.sync()) ? booking : store(mirrored);
  }

  /**
   * What the mirror would record for switched-off integrations and mail, applied before the booking
   * is first written, so that with nothing to call no second write is needed.
   */
  Booking withDisabledIntegrationsFlagged(Booking booking) {
    SyncState sync = booking.sync();
    if (!calendar.enabled()) {
      sync = mirrorCalendar(booking).apply(sync);
    }
    if (!crm.enabled()) {
      sync = mirrorCrm(booking).apply(sync);
    }
    if (!notifier.enabled()) {
      sync = sync.notified();
    }
    return sync.equals(booking.sync()) ? booking : booking.withSync(sync, booking.updatedAt());
  }

  /** Mirrors what is not mirrored yet; returns the booking with its new sync state, unsaved. */
  Booking mirror(Booking booking, Duration budget) {
    SyncState sync = booking.sync();
    CompletableFuture<UnaryOperator<SyncState>> calendarStep =
        sync.calendarSynced() || !calendar.enabled()
            ? CompletableFuture.completedFuture(mirrorCalendar(booking))
            : withinBudget(() -> mirrorCalendar(booking), budget, "calendar");
    CompletableFuture<UnaryOperator<SyncState>> crmStep =
        sync.crmSynced() || !crm.enabled()
            ? CompletableFuture.completedFuture(mirrorCrm(booking))
            : withinBudget(() -> mirrorCrm(booking), budget, "CRM");
    sync = crmStep.join().apply(calendarStep.join().apply(sync));
    if (!sync.attendeeNotified()) {
      sync = notifyAttendee(booking, sync.calendarSynced()).apply(sync);
    }
    return booking.withSync(sync, clock.instant());
  }

  /** Saves the mirror result; when the booking changed meanwhile, the newer one wins. */
  Booking store(Booking mirrored) {
    return repository
        .update(mirrored)
        .or(() -> repository.findById(mirrored.id()))
        .orElse(mirrored);
  }

  /** True when the alert went out; a failed alert is retried by the next sync attempt. */
  boolean alertQuietly(AdminAlert alert) {
    try {
      notifier.alertAdmin(alert);
      return true;
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "admin alert for booking {0} failed: {1}",
          alert.booking().id(),
          describe(e));
      return false;
    }
  }

  private CompletableFuture<UnaryOperator<SyncState>> withinBudget(
      Supplier<UnaryOperator<SyncState>> step, Duration budget, String what) {
    UnaryOperator<SyncState> timedOut =
        "calendar".equals(what)
            ? s -> s.calendarFailed("calendar timed out")
            : s -> s.crmFailed("CRM timed out");
    return CompletableFuture.supplyAsync(step, executor)
        .completeOnTimeout(timedOut, budget.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
  }

  private UnaryOperator<SyncState> mirrorCalendar(Booking booking) {
    if (booking.sync().calendarSynced()) {
      return UnaryOperator.identity();
    }
    if (!calendar.enabled()) {
      return s -> s.calendarFailed("calendar integration is disabled");
    }
    try {
      if (booking.status() == BookingStatus.CANCELLED) {
        calendar.deleteEvent(CalendarEvent.eventIdFor(booking.id()));
        return s -> s.calendarMirrored(s.calendarEventId());
      }
      CalendarEvent event = CalendarEvent.of(booking);
      if (booking.revision() == 1) {
        String eventId = calendar.createEvent(event);
        return s -> s.calendarMirrored(java.util.Optional.of(eventId));
      }
      calendar.updateEvent(event);
      return s -> s.calendarMirrored(java.util.Optional.of(event.eventId()));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "calendar sync of booking {0} failed: {1}", booking.id(), describe(e));
      return s -> s.calendarFailed("calendar: " + describe(e));
    }
  }

  private UnaryOperator<SyncState> mirrorCrm(Booking booking) {
    if (booking.sync().crmSynced()) {
      return UnaryOperator.identity();
    }
    if (!crm.enabled()) {
      return s -> s.crmFailed("CRM integration is disabled");
    }
    try {
      String contactId = crm.upsertContact(CrmContact.of(booking.attendee()));
      crm.addNote(contactId, noteFor(booking));
      crm.recordStatus(contactId, booking.id(), booking.status());
      return s -> s.crmMirrored(contactId);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "CRM sync of booking {0} failed: {1}", booking.id(), describe(e));
      return s -> s.crmFailed("crm: " + describe(e));
    }
  }

  private UnaryOperator<SyncState> notifyAttendee(Booking booking, boolean calendarWritten) {
    if (!notifier.enabled()) {
      return SyncState::notified;
    }
    try {
      notifier.notifyAttendee(
          new AttendeeNotification(
              AttendeeNotification.kindOf(booking),
              booking,
              tokens.issue(booking.id()),
              calendarWritten));
      return SyncState::notified;
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "mail for booking {0} failed: {1}", booking.id(), describe(e));
      return s -> s.notificationFailed(SyncState.EMAIL_ERROR_PREFIX + describe(e));
    }
  }

  static CrmNote noteFor(Booking booking) {
    String what =
        switch (AttendeeNotification.kindOf(booking)) {
          case CONFIRMATION -> "Meeting booked";
          case RESCHEDULE -> "Meeting rescheduled";
          case CANCELLATION -> "Meeting cancelled";
        };
    StringBuilder body =
        new StringBuilder(what)
            .append(": ")
            .append(NOTE_TIME.format(booking.startTime()))
            .append(", ")
            .append(booking.duration().toMinutes())
            .append(" minutes (booking ")
            .append(booking.id())
            .append(')');
    booking.cancelReason().ifPresent(reason -> body.append("\nReason: ").append(reason));
    if (booking.revision() == 1) {
      booking.attendee().message().ifPresent(m -> body.append("\nMessage: ").append(m));
    }
    return new CrmNote(
        booking.id() + ":" + booking.revision(), booking.updatedAt(), body.toString());
  }

  private static String describe(RuntimeException e) {
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }
}
