package com.metalogics.booking.core.contract;

import static com.metalogics.booking.core.contract.Fixtures.NOW;
import static com.metalogics.booking.core.contract.Fixtures.booking;
import static com.metalogics.booking.core.contract.Fixtures.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.BookingStatus;
import com.metalogics.booking.core.domain.SlotUnavailableException;
import com.metalogics.booking.core.domain.SyncState;
import com.metalogics.booking.core.port.out.BookingPage;
import com.metalogics.booking.core.port.out.BookingQuery;
import com.metalogics.booking.core.port.out.BookingRepository;
import com.metalogics.booking.core.port.out.FrequencyLimit;
import com.metalogics.booking.core.port.out.Reservation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Listing, sync claims and concurrency: the second half of the repository contract. */
public abstract class BookingRepositoryQueryContract {

  protected BookingRepository repository;
  protected Instant weekStart;

  /** A repository for one test; implementations may share a database between calls. */
  protected abstract BookingRepository createRepository();

  @BeforeEach
  void createRepositoryUnderTest() {
    repository = createRepository();
  }

  protected Instant at(int hour, int minute) {
    return weekStart.plus(Duration.ofHours(hour)).plus(Duration.ofMinutes(minute));
  }

  private Reservation plain(Booking booking) {
    return new Reservation(
        booking, Duration.ZERO, new FrequencyLimit(1000, NOW.minus(Duration.ofDays(30)), 30));
  }

  @Test
  void list_filtersByStatusEmailAndStartRange() {
    String email = uniqueEmail();
    Booking a = repository.reserve(plain(booking(at(9, 0), email)));
    Booking b = repository.reserve(plain(booking(at(10, 0), email)));
    Booking c = repository.reserve(plain(booking(at(11, 0), uniqueEmail())));
    repository.update(b.cancel(NOW, Optional.empty())).orElseThrow();
    BookingQuery week =
        new BookingQuery(
            Optional.empty(),
            Optional.empty(),
            Optional.of(at(0, 0)),
            Optional.of(at(24 * 7, 0)),
            Optional.empty(),
            50,
            Optional.empty());
    assertThat(ids(repository.list(week))).containsExactly(a.id(), b.id(), c.id());
    BookingQuery confirmedOfEmail =
        new BookingQuery(
            Optional.of(BookingStatus.CONFIRMED),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.of(email),
            50,
            Optional.empty());
    assertThat(ids(repository.list(confirmedOfEmail))).containsExactly(a.id());
    BookingQuery window =
        new BookingQuery(
            Optional.empty(),
            Optional.empty(),
            Optional.of(at(9, 30)),
            Optional.of(at(11, 0)),
            Optional.empty(),
            50,
            Optional.empty());
    assertThat(ids(repository.list(window))).containsExactly(b.id());
  }

  @Test
  void list_filtersByNeedsSync() {
    String email = uniqueEmail();
    Booking pending = repository.reserve(plain(booking(at(9, 0), email)));
    Booking done = repository.reserve(plain(booking(at(10, 0), email)));
    repository.update(done.withSync(fullySynced(), NOW)).orElseThrow();
    BookingQuery needsSync =
        new BookingQuery(
            Optional.empty(),
            Optional.of(true),
            Optional.empty(),
            Optional.empty(),
            Optional.of(email),
            50,
            Optional.empty());
    assertThat(ids(repository.list(needsSync))).containsExactly(pending.id());
    BookingQuery synced =
        new BookingQuery(
            Optional.empty(),
            Optional.of(false),
            Optional.empty(),
            Optional.empty(),
            Optional.of(email),
            50,
            Optional.empty());
    assertThat(ids(repository.list(synced))).containsExactly(done.id());
  }

  @Test
  void list_paginatesWithCursor_withoutGapsOrRepeats() {
    String email = uniqueEmail();
    List<UUID> expected = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      expected.add(repository.reserve(plain(booking(at(9 + i, 0), email))).id());
    }
    // Two bookings with one start time: ties are broken by id.
    Booking twinA = booking(at(20, 0), Duration.ofMinutes(30), email, NOW);
    repository.reserve(
        new Reservation(twinA, Duration.ZERO, new FrequencyLimit(1000, NOW.minusSeconds(1), 1)));
    BookingQuery first =
        new BookingQuery(
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.of(email),
            2,
            Optional.empty());
    expected.add(twinA.id());
    List<UUID> seen = new ArrayList<>();
    BookingPage page = repository.list(first);
    seen.addAll(ids(page));
    while (page.next().isPresent()) {
      page = repository.list(first.after(page.next().get()));
      seen.addAll(ids(page));
    }
    assertThat(seen).containsExactlyElementsOf(expected);
  }

  @Test
  void claimForSync_claimsDueBookingsOnce_untilTheLeaseExpiresOrTheBookingIsWritten() {
    Duration lease = Duration.ofMinutes(2);
    Booking due = repository.reserve(plain(booking(at(9, 0), uniqueEmail())));
    Booking synced = repository.reserve(plain(booking(at(10, 0), uniqueEmail())));
    repository.update(synced.withSync(fullySynced(), NOW)).orElseThrow();
    Booking later = repository.reserve(plain(booking(at(11, 0), uniqueEmail())));
    SyncState scheduled =
        later.sync().crmFailed("down").afterAttempt(Optional.of(NOW.plus(Duration.ofHours(1))));
    repository.update(later.withSync(scheduled, NOW)).orElseThrow();

    Instant beforeGrace = NOW.plus(Booking.INLINE_MIRROR_GRACE).minusSeconds(1);
    assertThat(claimedIds(beforeGrace, lease)).doesNotContain(due.id());
    Instant now = NOW.plus(Booking.INLINE_MIRROR_GRACE);
    assertThat(claimedIds(now, lease)).contains(due.id()).doesNotContain(synced.id(), later.id());
    assertThat(claimedIds(now.plusSeconds(60), lease)).doesNotContain(due.id());
    assertThat(claimedIds(now.plus(lease).plusSeconds(1), lease)).contains(due.id());

    Booking current = repository.findById(due.id()).orElseThrow();
    repository.update(current.withSync(current.sync().notified(), NOW)).orElseThrow();
    assertThat(claimedIds(now.plus(lease).plusSeconds(2), lease)).contains(due.id());
  }

  @Test
  void claimForSync_byConcurrentWorkers_neverHandsOutOneBookingTwice() throws Exception {
    Set<UUID> mine = ConcurrentHashMap.newKeySet();
    for (int i = 0; i < 20; i++) {
      mine.add(repository.reserve(plain(booking(at(8, i * 30), uniqueEmail()))).id());
    }
    Instant now = NOW.plus(Duration.ofDays(1));
    List<UUID> claimed = java.util.Collections.synchronizedList(new ArrayList<>());
    runConcurrently(
        8,
        () -> {
          for (Booking b : repository.claimForSync(now, Duration.ofMinutes(5), 5)) {
            claimed.add(b.id());
          }
          return null;
        });
    List<UUID> ours = claimed.stream().filter(mine::contains).toList();
    assertThat(ours).doesNotHaveDuplicates();
  }

  @Test
  void concurrentReservesOfOneSlot_haveExactlyOneWinner() throws Exception {
    Instant start = at(15, 0);
    List<Object> outcomes =
        runConcurrently(
            32,
            () -> {
              try {
                return repository.reserve(plain(booking(start, uniqueEmail())));
              } catch (SlotUnavailableException e) {
                return e;
              }
            });
    assertThat(outcomes).filteredOn(Booking.class::isInstance).hasSize(1);
    assertThat(outcomes).filteredOn(SlotUnavailableException.class::isInstance).hasSize(31);
  }

  @Test
  void limitOverrides_areSetFoundAndCleared() {
    String email = uniqueEmail();
    assertThat(repository.findLimitOverride(email)).isEmpty();
    repository.setLimitOverride(email, 7);
    repository.setLimitOverride(email, 9);
    assertThat(repository.findLimitOverride(email)).contains(9);
    repository.clearLimitOverride(email);
    repository.clearLimitOverride(email);
    assertThat(repository.findLimitOverride(email)).isEmpty();
  }

  @Test
  void ping_succeedsWhenStorageIsUp() {
    repository.ping();
  }

  protected static SyncState fullySynced() {
    return SyncState.pending()
        .calendarMirrored(Optional.of("evt"))
        .crmMirrored("42")
        .notified()
        .afterAttempt(Optional.empty());
  }

  private List<UUID> claimedIds(Instant now, Duration lease) {
    return repository.claimForSync(now, lease, 500).stream().map(Booking::id).toList();
  }

  private static List<UUID> ids(BookingPage page) {
    return page.bookings().stream().map(Booking::id).toList();
  }

  /** Runs {@code task} on {@code threads} threads released at once; returns each result. */
  protected static List<Object> runConcurrently(
      int threads, java.util.concurrent.Callable<Object> task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Object>> futures = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return task.call();
                }));
      }
      start.countDown();
      List<Object> results = new ArrayList<>();
      for (Future<Object> future : futures) {
        results.add(future.get(60, TimeUnit.SECONDS));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}
