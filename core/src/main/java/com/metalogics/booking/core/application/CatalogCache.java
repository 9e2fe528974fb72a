package com.metalogics.booking.core.application;

import com.metalogics.booking.core.port.out.CatalogRepository;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * The catalog of this instance, read again only when the repository's revision moved: every request
 * asks for it, an admin change (in any instance) is seen by the next request.
 */
final class CatalogCache {

  /**
   * How old a check of the revision {@link #recent()} accepts: a booking's effects run within
   * milliseconds of the request that checked it, and a booking keeps the rules it was made under.
   */
  static final Duration RECENT = Duration.ofSeconds(1);

  private final CatalogRepository repository;
  private final LongSupplier nanoTime;
  private volatile CatalogSnapshot current;

  /** Saves through this instance, which {@link #recent()} must not miss. */
  private final AtomicLong changes = new AtomicLong();

  private volatile Confirmation confirmed = new Confirmation(0, -1);

  /**
   * When a read of the revision last found {@link #current}'s ({@link System#nanoTime()}), and how
   * many local saves there had been before it.
   */
  private record Confirmation(long atNanos, long changes) {}

  CatalogCache(CatalogRepository repository) {
    this(repository, System::nanoTime);
  }

  /**
   * @param nanoTime a monotonic clock in nanoseconds, as {@link System#nanoTime()}
   */
  CatalogCache(CatalogRepository repository, LongSupplier nanoTime) {
    this.repository = repository;
    this.nanoTime = nanoTime;
  }

  /**
   * The snapshot of the current revision. The revision is read before the items: a save in between
   * leaves a snapshot labelled older than it is, which the next call reads again.
   */
  CatalogSnapshot current() {
    Confirmation checked = new Confirmation(nanoTime.getAsLong(), changes.get());
    long revision = repository.revision();
    CatalogSnapshot snapshot = current;
    if (snapshot == null || snapshot.revision() != revision) {
      snapshot = CatalogSnapshot.read(repository, revision);
      current = snapshot;
    }
    confirmed = checked;
    return snapshot;
  }

  /**
   * The snapshot as {@link #current()} gives it, without asking storage again when a call of it
   * found the revision unmoved less than {@link #RECENT} ago: for a booking's effects, which ran
   * five reads of the revision per booking where the request had just made one.
   */
  CatalogSnapshot recent() {
    CatalogSnapshot snapshot = current;
    Confirmation last = confirmed;
    if (snapshot != null
        && last.changes() == changes.get()
        && nanoTime.getAsLong() - last.atNanos() < RECENT.toNanos()) {
      return snapshot;
    }
    return current();
  }

  /** Passes on what a save through this instance returned; {@link #recent()} then asks again. */
  <T> T saved(T result) {
    changes.incrementAndGet();
    return result;
  }

  /**
   * The snapshot of {@code revision}, which the caller has just read from storage: the kept one
   * when it is of that revision, else read anew.
   */
  CatalogSnapshot at(long revision) {
    CatalogSnapshot snapshot = current;
    if (snapshot != null && snapshot.revision() == revision) {
      return snapshot;
    }
    return current();
  }

  /** The snapshot last read, without asking storage whether it moved since; read one if none. */
  CatalogSnapshot lastRead() {
    CatalogSnapshot snapshot = current;
    return snapshot == null ? current() : snapshot;
  }

  long revision() {
    return repository.revision();
  }
}
