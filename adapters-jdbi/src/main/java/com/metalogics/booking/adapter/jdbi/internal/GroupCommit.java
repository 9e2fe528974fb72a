package com.metalogics.booking.adapter.jdbi.internal;

import com.metalogics.booking.core.domain.BookingException;
import com.metalogics.booking.core.domain.StorageUnavailableException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;

/**
 * Runs writes of this process in batches: the writes waiting at one moment share one transaction
 * and one commit. One waiting thread at a time (the combiner) runs the batch for everyone, in
 * arrival order (row-locked writes in the order of their rows), and each write sees the ones before
 * it, as it would one transaction later.
 *
 * <p>Two kinds use it. The calendar writes (reserve, reschedule, limit overrides) share one grab of
 * the {@code calendar} lock row too, which keeps serialising them across processes: taking the
 * lock, committing and handing the turn to the next parked thread cost more than the checks and the
 * insert themselves, and every thread waiting for its turn held a request open. The outcomes of
 * effects take only their bookings' row locks: there the commit and the transaction's set-up were
 * about a sixth of storing an outcome.
 *
 * <p>The writes hand what they count ({@link BatchCounts}) to the batch, which adds it, summed,
 * just before it commits: the bookings of one batch mostly count on the same rows.
 *
 * <p>A write that refuses (slot taken, limit reached) throws before it writes, so the batch goes
 * on, without its counts. Any other failure rolls the batch back: if the database is unavailable
 * every write in it fails so; otherwise each write runs again alone, so the failure reaches the one
 * that caused it. A batch that the database rolls back to end a deadlock runs so too.
 */
final class GroupCommit {

  /** Bounds how long a batch holds the lock rows that other processes queue on. */
  static final int MAX_BATCH = 64;

  /**
   * A safety net only: a waiter is woken when its write is done or when it is first in line as a
   * combiner leaves, so it should never sleep this long.
   */
  private static final long MAX_PARK_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

  /** Stable: the writes of one row, and those without one, keep their arrival order. */
  private static final Comparator<Pending<?>> BY_ROW =
      Comparator.comparing(p -> p.row, Comparator.nullsFirst(Comparator.naturalOrder()));

  private final Jdbi jdbi;
  private final Consumer<Handle> opening;
  private final long timeoutNanos;
  private final BiConsumer<Handle, BatchCounts> addCounts;
  private final ReentrantLock combining = new ReentrantLock();
  private final Queue<Pending<?>> queue = new ConcurrentLinkedQueue<>();

  /**
   * @param opening runs first in every batch's transaction
   * @param timeout how long a write waits for its turn before storage counts as unavailable, as it
   *     would waiting for a pooled connection
   * @param addCounts adds what a batch's writes counted, in its transaction
   */
  private GroupCommit(
      Jdbi jdbi,
      Consumer<Handle> opening,
      Duration timeout,
      BiConsumer<Handle, BatchCounts> addCounts) {
    this.jdbi = jdbi;
    this.opening = opening;
    this.timeoutNanos = timeout.toNanos();
    this.addCounts = addCounts;
  }

  /** Calendar writes that count nothing. */
  static GroupCommit calendar(Jdbi jdbi, Dialect dialect, Duration timeout) {
    return calendar(jdbi, dialect, timeout, (handle, counts) -> {});
  }

  /** Calendar writes: every batch first takes the {@code calendar} lock row. */
  static GroupCommit calendar(
      Jdbi jdbi, Dialect dialect, Duration timeout, BiConsumer<Handle, BatchCounts> addCounts) {
    return new GroupCommit(
        jdbi, handle -> Locks.lock(handle, dialect, Locks.CALENDAR), timeout, addCounts);
  }

  /**
   * Writes that each lock one row themselves ({@link #write(UUID, HandleCallback)}), and count
   * nothing. A batch runs them in the order of their rows, so two such batches, of this process and
   * another's, never wait for each other's rows in a cycle.
   */
  static GroupCommit rowLocked(Jdbi jdbi, Duration timeout) {
    return new GroupCommit(jdbi, handle -> {}, timeout, (handle, counts) -> {});
  }

  /** A write that counts nothing. */
  <T> T write(HandleCallback<T, RuntimeException> work) {
    return write((handle, counts) -> work.withHandle(handle));
  }

  /** A write whose first lock is the row of {@code row}; a batch runs such writes in its order. */
  <T> T write(UUID row, HandleCallback<T, RuntimeException> work) {
    return write(new Pending<>(row, (handle, counts) -> work.withHandle(handle)));
  }

  /**
   * Runs {@code work} inside a batch's transaction and returns its result. The work may run twice
   * (after a rolled-back batch), so it must only talk to the database.
   */
  <T> T write(Work<T> work) {
    return write(new Pending<>(null, work));
  }

  private <T> T write(Pending<T> pending) {
    queue.add(pending);
    long deadline = System.nanoTime() + timeoutNanos;
    while (!pending.isDone()) {
      if (combining.tryLock()) {
        try {
          combineUntilDone(pending);
        } finally {
          combining.unlock();
        }
        wakeNextCombiner();
      } else {
        long left = deadline - System.nanoTime();
        if (left <= 0 && pending.abandon()) {
          throw new StorageUnavailableException("The booking database is too busy", null);
        }
        LockSupport.parkNanos(this, Math.max(1, Math.min(left, MAX_PARK_NANOS)));
      }
    }
    return pending.outcome();
  }

  /** Writes waiting for their turn; for tests. */
  int waiting() {
    int waiting = 0;
    for (Pending<?> p : queue) {
      waiting += p.isWaiting() ? 1 : 0;
    }
    return waiting;
  }

  /** True while a batch runs; for tests. */
  boolean busy() {
    return combining.isLocked();
  }

  /** Runs batches until the combiner's own write is done; it waits in the queue until then. */
  private void combineUntilDone(Pending<?> own) {
    while (!own.isDone()) {
      List<Pending<?>> batch = takeBatch();
      if (batch.isEmpty()) {
        return; // cannot happen while the own write waits in the queue; never spin on it
      }
      try {
        run(batch);
      } finally {
        // Only an Error gets here with writes unfinished; their threads must not wait forever.
        batch.forEach(Pending::failIfUnfinished);
      }
    }
  }

  /**
   * The first thread still waiting becomes the next combiner. A waiter that failed to get the lock
   * did so while this thread held it, and so is in the queue by now: no write is left unattended.
   */
  private void wakeNextCombiner() {
    for (Pending<?> next : queue) {
      if (next.isWaiting()) {
        LockSupport.unpark(next.waiter);
        return;
      }
    }
  }

  private List<Pending<?>> takeBatch() {
    List<Pending<?>> batch = new ArrayList<>();
    for (Pending<?> p = queue.poll(); p != null; p = queue.poll()) {
      if (p.take()) {
        batch.add(p);
        if (batch.size() == MAX_BATCH) {
          break;
        }
      }
    }
    batch.sort(BY_ROW);
    return batch;
  }

  private void run(List<Pending<?>> batch) {
    try {
      Storage.inTransaction(
          jdbi,
          handle -> {
            opening.accept(handle);
            BatchCounts counts = new BatchCounts();
            batch.forEach(p -> p.attempt(handle, counts));
            addCounts.accept(handle, counts);
            return null;
          });
      batch.forEach(Pending::finish);
    } catch (StorageUnavailableException e) {
      if (batch.size() > 1 && SqlErrors.isRolledBack(e)) {
        // A deadlock or serialisation failure chose this batch; alone, each write waits its turn.
        batch.forEach(p -> run(List.of(p)));
        return;
      }
      batch.forEach(p -> p.fail(e));
    } catch (RuntimeException e) {
      if (batch.size() == 1) {
        batch.get(0).fail(e);
        return;
      }
      batch.forEach(p -> run(List.of(p)));
    }
  }

  /**
   * A batched write; it hands what its change counts to {@code counts}, the batch's, once it can no
   * longer refuse.
   */
  @FunctionalInterface
  interface Work<T> {
    T run(Handle handle, BatchCounts counts);
  }

  /** One write and its outcome; its own thread waits on it. */
  private static final class Pending<T> {

    private static final int WAITING = 0;
    private static final int TAKEN = 1;
    private static final int ABANDONED = 2;

    private final UUID row;
    private final Work<T> work;
    private final Thread waiter = Thread.currentThread();
    private final AtomicInteger state = new AtomicInteger(WAITING);
    private T result;
    private RuntimeException error;
    private volatile boolean done;

    Pending(UUID row, Work<T> work) {
      this.row = row;
      this.work = work;
    }

    /** The combiner claims the write; false when its thread gave up waiting first. */
    boolean take() {
      return state.compareAndSet(WAITING, TAKEN);
    }

    /** The waiting thread gives up; false when a combiner already runs the write. */
    boolean abandon() {
      return state.compareAndSet(WAITING, ABANDONED);
    }

    boolean isDone() {
      return done;
    }

    boolean isWaiting() {
      return state.get() == WAITING;
    }

    /** Runs the work; a refusal is its outcome, anything else aborts the batch. */
    void attempt(Handle handle, BatchCounts counts) {
      result = null;
      error = null;
      try {
        result = work.run(handle, counts);
      } catch (BookingException e) {
        if (e instanceof StorageUnavailableException) {
          throw e;
        }
        error = e;
      }
    }

    void finish() {
      done = true;
      LockSupport.unpark(waiter);
    }

    void fail(RuntimeException e) {
      result = null;
      error = e;
      finish();
    }

    void failIfUnfinished() {
      if (!done) {
        fail(new IllegalStateException("The batched write was aborted"));
      }
    }

    T outcome() {
      if (error != null) {
        throw error;
      }
      return result;
    }
  }
}
