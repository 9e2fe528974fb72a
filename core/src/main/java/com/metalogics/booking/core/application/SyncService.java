package com.metalogics.booking.core.application;

import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.BookingNotFoundException;
import com.metalogics.booking.core.domain.SyncState;
import com.metalogics.booking.core.port.in.SyncBookings;
import com.metalogics.booking.core.port.in.SyncOutcome;
import com.metalogics.booking.core.port.in.SyncReport;
import com.metalogics.booking.core.port.out.AdminAlert;
import com.metalogics.booking.core.port.out.BookingRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The sync worker's use case: finish what the inline mirror could not. */
final class SyncService implements SyncBookings {

  private final BookingRepository repository;
  private final BookingMirror mirror;
  private final SyncPolicy policy;
  private final Clock clock;

  SyncService(BookingRepository repository, BookingMirror mirror, SyncPolicy policy, Clock clock) {
    this.repository = repository;
    this.mirror = mirror;
    this.policy = policy;
    this.clock = clock;
  }

  @Override
  public SyncOutcome syncOne(UUID bookingId) {
    Booking booking =
        repository.findById(bookingId).orElseThrow(() -> new BookingNotFoundException(bookingId));
    Booking after = attempt(booking);
    return new SyncOutcome(after, mirror.pendingWarnings(after.sync()));
  }

  /**
   * Mirrors the claimed bookings one after another. It stops early, leaving the rest claimed until
   * the lease lapses, when the thread is interrupted (a shutdown) or when the lease no longer
   * covers another attempt: past the lease, another instance may claim the same booking, and both
   * would mirror it (two mails).
   */
  @Override
  public SyncReport syncDue() {
    Instant claimedAt = clock.instant();
    List<Booking> claimed =
        repository.claimForSync(
            claimedAt, policy.lease(), policy.batchSize(), mirror.integrations());
    Instant lastStart = claimedAt.plus(policy.lease()).minus(policy.attemptBudget());
    int attempted = 0;
    int completed = 0;
    for (Booking booking : claimed) {
      if (Thread.currentThread().isInterrupted() || clock.instant().isAfter(lastStart)) {
        break;
      }
      attempted++;
      if (!needsSync(attempt(booking))) {
        completed++;
      }
    }
    return new SyncReport(attempted, completed, claimed.size() - completed);
  }

  /** Only switched-on integrations are waited for; the claim skips the rest, too. */
  private boolean needsSync(Booking booking) {
    return mirror.integrations().needsSync(booking.sync());
  }

  private Booking attempt(Booking booking) {
    if (!needsSync(booking)) {
      return booking;
    }
    Booking mirrored = mirror.mirror(booking, policy.attemptBudget());
    Instant now = clock.instant();
    SyncState tried = mirrored.sync();
    Optional<Instant> retryAt = Optional.of(now.plus(policy.backoffAfter(tried.attempts() + 1)));
    SyncState sync = tried.afterAttempt(retryAt);
    if (mirror.integrations().needsSync(sync)
        && sync.attempts() >= policy.maxAttempts()
        && !sync.adminAlerted()) {
      AdminAlert alert =
          new AdminAlert(mirrored, sync.lastError().orElse("sync retries exhausted"));
      if (mirror.alertQuietly(alert)) {
        sync = sync.withAdminAlerted();
      }
    }
    return mirror.store(mirrored.withSync(sync, now));
  }
}
