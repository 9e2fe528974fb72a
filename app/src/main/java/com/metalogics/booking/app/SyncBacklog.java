package com.metalogics.booking.app;

import com.metalogics.booking.core.port.out.BookingPage;
import com.metalogics.booking.core.port.out.BookingQuery;
import com.metalogics.booking.core.port.out.BookingRepository;
import java.time.Duration;
import java.util.Optional;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How many bookings need sync, for a gauge: storage is asked at most once per period (and again
 * after {@link #invalidate()}), through the admin list query, so no port had to grow a count.
 */
final class SyncBacklog {

  /** Counting stops here: the gauge then means "at least this many". */
  static final int CAP = 2_000;

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

  static SyncBacklog of(BookingRepository repository, Duration period) {
    return new SyncBacklog(() -> countNeedingSync(repository), period);
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

  static int countNeedingSync(BookingRepository repository) {
    BookingQuery query =
        new BookingQuery(
            Optional.empty(),
            Optional.of(true),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            BookingQuery.MAX_LIMIT,
            Optional.empty());
    int total = 0;
    while (true) {
      BookingPage page = repository.list(query);
      total += page.bookings().size();
      if (page.next().isEmpty() || total >= CAP) {
        return Math.min(total, CAP);
      }
      query = query.after(page.next().get());
    }
  }
}
