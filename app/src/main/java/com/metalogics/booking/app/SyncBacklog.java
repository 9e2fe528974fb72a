package com.metalogics.booking.app;

import com.metalogics.booking.core.port.in.ListBookings;
import com.metalogics.booking.core.port.out.BookingQuery;
import java.time.Duration;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How many bookings need sync, for a gauge: the total of the admin list's "needs sync" filter, so
 * the gauge, the list and the sync worker agree on what waits. That counts only switched-on
 * integrations: a booking, cancelled or not, whose only unmirrored part is switched off waits for
 * nothing. Storage is asked at most once per period (and again after {@link #invalidate()}).
 */
final class SyncBacklog {

  private static final Logger LOG = LoggerFactory.getLogger(SyncBacklog.class);

  private final IntSupplier count;
  private final long periodNanos;
  private long countedAt;
  private int value;
  private boolean fresh;

  SyncBacklog(IntSupplier count, Duration period) {
    this.count = count;
    this.periodNanos = period.toNanos();
  }

  static SyncBacklog of(ListBookings bookings, Duration period) {
    return new SyncBacklog(() -> countNeedingSync(bookings), period);
  }

  /** The last count; a failed count keeps the previous value and is retried on the next ask. */
  synchronized int count() {
    long now = System.nanoTime();
    if (!fresh || now - countedAt >= periodNanos) {
      try {
        value = count.getAsInt();
        countedAt = now;
        fresh = true;
      } catch (RuntimeException e) {
        LOG.warn("Could not count the bookings needing sync: {}", e.getMessage());
      }
    }
    return value;
  }

  synchronized void invalidate() {
    fresh = false;
  }

  static int countNeedingSync(ListBookings bookings) {
    return bookings.handle(BookingQuery.all(1).withNeedsSync(true)).total();
  }
}
