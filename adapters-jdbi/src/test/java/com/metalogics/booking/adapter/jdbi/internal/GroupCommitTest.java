package com.metalogics.booking.adapter.jdbi.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.metalogics.booking.core.domain.SlotUnavailableException;
import com.metalogics.booking.core.domain.StorageUnavailableException;
import com.metalogics.booking.core.domain.TimeSlot;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The batching of writes on a real H2 database: every write runs once and sees the ones before it,
 * a refusal or a failure stays with its own write, and a write that cannot get its turn in time
 * reports storage unavailable without running.
 */
class GroupCommitTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final ExecutorService threads = Executors.newCachedThreadPool();
  private Jdbi jdbi;
  private Handle keepAlive;

  @BeforeEach
  void createDatabase() {
    jdbi = Jdbi.create("jdbc:h2:mem:" + UUID.randomUUID());
    keepAlive = jdbi.open();
    keepAlive.execute("CREATE TABLE calendar_lock (name VARCHAR(32) PRIMARY KEY)");
    keepAlive.execute("INSERT INTO calendar_lock VALUES ('calendar')");
    keepAlive.execute("CREATE TABLE claims (n INT PRIMARY KEY, seen INT NOT NULL)");
  }

  @AfterEach
  void dropDatabase() {
    threads.shutdownNow();
    keepAlive.close();
  }

  @Test
  void givenManyConcurrentWrites_whenEachReadsThenWrites_thenEachSawAllEarlierOnes()
      throws Exception {
    GroupCommit writer = GroupCommit.calendar(jdbi, Dialect.H2, TIMEOUT);
    int writes = 400;
    List<Future<Integer>> results = new ArrayList<>();
    for (int i = 0; i < writes; i++) {
      int n = i;
      results.add(threads.submit(() -> writer.write(h -> claim(h, n))));
    }
    List<Integer> seen = new ArrayList<>();
    for (Future<Integer> result : results) {
      seen.add(result.get(30, TimeUnit.SECONDS));
    }

    // Each write counted the rows before its own: one after another, the counts are 0..n-1.
    assertThat(seen).containsExactlyInAnyOrderElementsOf(range(writes));
    assertThat(count()).isEqualTo(writes);
  }

  @Test
  void givenWritesQueuedBehindABusyBatch_whenOneRefusesAndOneFails_thenOthersStillCommit()
      throws Exception {
    GroupCommit writer = GroupCommit.calendar(jdbi, Dialect.H2, TIMEOUT);
    keepAlive.execute("INSERT INTO claims VALUES (99, 0)");
    CountDownLatch release = new CountDownLatch(1);
    Future<Integer> first = threads.submit(() -> writer.write(h -> claim(h, 0, release)));
    awaitQueued(writer, 0);
    // These queue up while the first batch holds the turn, so they run as one batch after it.
    Future<Integer> second = threads.submit(() -> writer.write(h -> claim(h, 1)));
    awaitQueued(writer, 1);
    Future<Integer> refused = threads.submit(() -> writer.write(GroupCommitTest::refuse));
    awaitQueued(writer, 2);
    Future<Integer> duplicate = threads.submit(() -> writer.write(h -> claim(h, 99)));
    awaitQueued(writer, 3);
    Future<Integer> third = threads.submit(() -> writer.write(h -> claim(h, 2)));
    awaitQueued(writer, 4);
    release.countDown();

    assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(1);
    assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo(2);
    assertThat(third.get(10, TimeUnit.SECONDS)).isEqualTo(3);
    assertThatThrownBy(() -> refused.get(10, TimeUnit.SECONDS))
        .hasCauseInstanceOf(SlotUnavailableException.class);
    assertThatThrownBy(() -> duplicate.get(10, TimeUnit.SECONDS))
        .hasCauseInstanceOf(IllegalStateException.class);
    assertThat(count()).isEqualTo(4);
  }

  @Test
  void givenTurnHeld_whenAWriteOutwaitsItsTimeout_thenStorageUnavailableAndItNeverRuns()
      throws Exception {
    GroupCommit writer = GroupCommit.calendar(jdbi, Dialect.H2, Duration.ofMillis(50));
    CountDownLatch release = new CountDownLatch(1);
    Future<Integer> holder = threads.submit(() -> writer.write(h -> claim(h, 0, release)));
    awaitQueued(writer, 0);
    AtomicBoolean ran = new AtomicBoolean();

    assertThatThrownBy(
            () ->
                writer.write(
                    h -> {
                      ran.set(true);
                      return claim(h, 1);
                    }))
        .isInstanceOf(StorageUnavailableException.class);

    release.countDown();
    assertThat(holder.get(10, TimeUnit.SECONDS)).isZero();
    assertThat(writer.<Integer>write(h -> claim(h, 2))).isEqualTo(1);
    assertThat(ran).isFalse();
  }

  @Test
  void givenTheCalendarLockHeldElsewhere_whenARowLockedBatchRuns_thenItCommitsWithoutIt() {
    GroupCommit writer = GroupCommit.rowLocked(jdbi, TIMEOUT);
    keepAlive.begin();
    keepAlive.execute("SELECT name FROM calendar_lock WHERE name = 'calendar' FOR UPDATE");
    try {
      assertThat(writer.<Integer>write(h -> claim(h, 5))).isZero();
    } finally {
      keepAlive.rollback();
    }
    assertThat(count()).isEqualTo(1);
  }

  @Test
  void givenRowLockedWritesQueued_whenTheirBatchRuns_thenInTheOrderOfTheirRows() throws Exception {
    GroupCommit writer = GroupCommit.rowLocked(jdbi, TIMEOUT);
    CountDownLatch release = new CountDownLatch(1);
    Future<Integer> first = threads.submit(() -> writer.write(row(9), h -> claim(h, 0, release)));
    awaitQueued(writer, 0);
    List<Future<Integer>> queued = new ArrayList<>();
    for (int n : List.of(3, 1, 2)) {
      queued.add(threads.submit(() -> writer.write(row(n), h -> claim(h, n))));
      awaitQueued(writer, queued.size());
    }
    release.countDown();

    assertThat(first.get(10, TimeUnit.SECONDS)).isZero();
    // Each saw the rows before its own: rows 1, 2, 3 ran in that order, not as they came.
    assertThat(queued.get(0).get(10, TimeUnit.SECONDS)).isEqualTo(3);
    assertThat(queued.get(1).get(10, TimeUnit.SECONDS)).isEqualTo(1);
    assertThat(queued.get(2).get(10, TimeUnit.SECONDS)).isEqualTo(2);
  }

  @Test
  void givenTheDatabaseEndsADeadlockWithABatch_whenItRollsBack_thenEachWriteRunsAgainAlone()
      throws Exception {
    GroupCommit writer = GroupCommit.rowLocked(jdbi, TIMEOUT);
    CountDownLatch release = new CountDownLatch(1);
    Future<Integer> first = threads.submit(() -> writer.write(row(0), h -> claim(h, 0, release)));
    awaitQueued(writer, 0);
    AtomicBoolean chosen = new AtomicBoolean();
    Future<Integer> victim =
        threads.submit(
            () ->
                writer.write(
                    row(1),
                    h -> {
                      if (chosen.compareAndSet(false, true)) {
                        throw deadlock();
                      }
                      return claim(h, 1);
                    }));
    awaitQueued(writer, 1);
    Future<Integer> other = threads.submit(() -> writer.write(row(2), h -> claim(h, 2)));
    awaitQueued(writer, 2);
    release.countDown();

    assertThat(first.get(10, TimeUnit.SECONDS)).isZero();
    assertThat(victim.get(10, TimeUnit.SECONDS)).isEqualTo(1);
    assertThat(other.get(10, TimeUnit.SECONDS)).isEqualTo(2);
    assertThat(count()).isEqualTo(3);
  }

  @Test
  void givenAWriteThrows_whenTheNextWriteComes_thenItRuns() {
    GroupCommit writer = GroupCommit.calendar(jdbi, Dialect.H2, TIMEOUT);
    assertThatThrownBy(
            () ->
                writer.write(
                    h -> {
                      throw new IllegalStateException("boom");
                    }))
        .hasMessage("boom");
    assertThat(writer.<Integer>write(h -> claim(h, 7))).isZero();
  }

  /** Counts the rows already there, then adds row {@code n}: what a reservation does. */
  private static int claim(Handle handle, int n) {
    int seen = handle.createQuery("SELECT COUNT(*) FROM claims").mapTo(Integer.class).one();
    handle
        .createUpdate("INSERT INTO claims VALUES (:n, :seen)")
        .bind("n", n)
        .bind("seen", seen)
        .execute();
    return seen;
  }

  /** A claim that holds its batch open until {@code release}. */
  private static int claim(Handle handle, int n, CountDownLatch release) {
    await(release);
    return claim(handle, n);
  }

  private static UUID row(int n) {
    return new UUID(0, n);
  }

  /** What the storage makes of PostgreSQL's "deadlock detected". */
  private static RuntimeException deadlock() {
    return SqlErrors.translate(
        new UnableToExecuteStatementException(
            new SQLException("deadlock detected", "40P01"), null));
  }

  private static Integer refuse(Handle handle) {
    throw new SlotUnavailableException(
        TimeSlot.of(Instant.EPOCH, Duration.ofMinutes(15)),
        SlotUnavailableException.Reason.ALREADY_BOOKED);
  }

  private int count() {
    return keepAlive.createQuery("SELECT COUNT(*) FROM claims").mapTo(Integer.class).one();
  }

  /** Waits until {@code writes} writes wait their turn, behind the one running. */
  private static void awaitQueued(GroupCommit writer, int writes) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while ((writer.waiting() != writes || !writer.busy()) && System.nanoTime() < deadline) {
      Thread.onSpinWait();
    }
    assertThat(writer.waiting()).isEqualTo(writes);
    assertThat(writer.busy()).isTrue();
  }

  private static List<Integer> range(int n) {
    List<Integer> values = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      values.add(i);
    }
    return values;
  }

  private static void await(CountDownLatch latch) {
    try {
      assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
