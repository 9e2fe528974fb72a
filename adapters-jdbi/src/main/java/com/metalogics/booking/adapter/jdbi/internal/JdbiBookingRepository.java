package com.metalogics.booking.adapter.jdbi.internal;

import com.metalogics.booking.core.domain.Assignment;
import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.Effect;
import com.metalogics.booking.core.domain.EffectKind;
import com.metalogics.booking.core.domain.EnabledIntegrations;
import com.metalogics.booking.core.domain.FrequencyLimitExceededException;
import com.metalogics.booking.core.domain.SlotUnavailableException;
import com.metalogics.booking.core.domain.SyncSummary;
import com.metalogics.booking.core.domain.TimeSlot;
import com.metalogics.booking.core.port.out.BookingPage;
import com.metalogics.booking.core.port.out.BookingQuery;
import com.metalogics.booking.core.port.out.BookingRepository;
import com.metalogics.booking.core.port.out.EffectStats;
import com.metalogics.booking.core.port.out.FrequencyLimit;
import com.metalogics.booking.core.port.out.HostChoice;
import com.metalogics.booking.core.port.out.PeriodCap;
import com.metalogics.booking.core.port.out.Reservation;
import com.metalogics.booking.core.port.out.Tally;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;

/**
 * {@link BookingRepository} on Jdbi. Writes that must see a stable calendar (reserve, reschedule,
 * limit overrides) first lock the {@code calendar} row of {@code calendar_lock}, which serialises
 * them across every process sharing the database; the checks that follow run in READ COMMITTED and
 * so see every booking committed before the lock was granted.
 */
public final class JdbiBookingRepository implements BookingRepository {

  private static final String SELECT_BOOKING = "SELECT * FROM bookings ";

  private final Jdbi jdbi;
  private final Dialect dialect;
  private final BookingRowMapper mapper = new BookingRowMapper();
  private final CalendarWriter calendarWriter;
  private final DirectStatement activeOverlapping;
  private final InsightTables insights;

  /**
   * @param lockWait how long a calendar write waits for this process's earlier ones before storage
   *     counts as unavailable
   * @param insights where the writes add their tallies, in their own transactions
   */
  public JdbiBookingRepository(
      Jdbi jdbi, Dialect dialect, Duration lockWait, JdbiInsights insights) {
    this.jdbi = jdbi;
    this.dialect = dialect;
    InsightTables tables = insights.tables();
    this.calendarWriter =
        new CalendarWriter(
            jdbi,
            dialect,
            lockWait,
            (handle, counts) -> {
              HostLoads.of(dialect).insertedAll(handle, counts.drainLoads());
              tables.add(handle, counts.tallies());
            });
    this.activeOverlapping =
        DirectStatement.of(
            "active bookings overlapping",
            "SELECT * " + dialect.confirmedOverlapping("from", "to") + " ORDER BY start_time, id");
    this.insights = tables;
  }

  @Override
  public Booking reserve(Reservation reservation) {
    Booking booking = reservation.booking();
    return guardSlot(
        booking.slot(),
        () -> calendarWriter.write((h, tallies) -> reserve(h, reservation, tallies)));
  }

  /**
   * Runs in a transaction that holds the calendar lock row, batched with this process's other
   * calendar writes waiting at the time.
   */
  private <T> T calendarTransaction(HandleCallback<T, RuntimeException> work) {
    return calendarWriter.write(work);
  }

  private Booking reserve(Handle handle, Reservation asked, BatchCounts counts) {
    Reservation reservation = asked;
    if (asked.choice().assignment() != Assignment.SINGLE) {
      Optional<Booking> earlier =
          asked.booking().idempotencyKey().flatMap(key -> findByKey(handle, key));
      if (earlier.isPresent()) {
        return earlier.get();
      }
      Booking booking = asked.booking();
      reservation =
          asked.assignedTo(
              asked
                  .choice()
                  .decide(
                      counts.cached(BookingHosts.ledger(handle, dialect, booking, asked.buffer())),
                      booking.slot()));
    }
    Booking booking = reservation.booking();
    FrequencyLimit limit = reservation.limit();
    ReserveChecks checks = ReserveChecks.forReservation(handle, dialect, reservation);
    Optional<Booking> earlier = checks.earlierId().flatMap(id -> findById(handle, id));
    if (earlier.isPresent()) {
      return earlier.get();
    }
    if (checks.overlapping()) {
      throw alreadyBooked(booking.slot());
    }
    if (checks.capReached()) {
      throw limitReached(booking.slot());
    }
    int max = checks.limitOverride().orElse(limit.maxBookings());
    if (checks.recentBookings() >= max) {
      throw new FrequencyLimitExceededException(max, limit.windowDays());
    }
    Booking stored =
        booking
            .withVersion(1)
            .withSync(SyncSummary.derive(booking.revision(), reservation.effects()));
    BookingColumns.write(handle, BookingColumns.INSERT, stored);
    BookingHosts.insert(handle, stored);
    HostLoads.Entry.of(stored).ifPresent(counts::load);
    EffectTable.insert(handle, reservation.effects());
    counts.tallies(reservation.tallies());
    return stored;
  }

  @Override
  public Optional<Booking> findById(UUID id) {
    return Storage.withHandle(jdbi, h -> findById(h, id));
  }

  private Optional<Booking> findById(Handle handle, UUID id) {
    return handle
        .createQuery(SELECT_BOOKING + "WHERE id = :id")
        .define(SqlErrors.STATEMENT_NAME, "booking by id")
        .bind("id", id)
        .map(mapper)
        .findOne();
  }

  @Override
  public Optional<Booking> findByIdempotencyKey(String idempotencyKey) {
    return Storage.withHandle(jdbi, h -> findByKey(h, idempotencyKey));
  }

  private Optional<Booking> findByKey(Handle handle, String idempotencyKey) {
    return handle
        .createQuery(SELECT_BOOKING + "WHERE idempotency_key = :key")
        .define(SqlErrors.STATEMENT_NAME, "booking by idempotency key")
        .bind("key", idempotencyKey)
        .map(mapper)
        .findOne();
  }

  /**
   * Read by every uncached slots request: plain JDBC, as Jdbi's set-up cost more than the query.
   */
  @Override
  public List<Booking> findActiveOverlapping(TimeSlot range) {
    return Storage.withHandle(
        jdbi,
        h ->
            activeOverlapping.queryList(
                h, name -> "from".equals(name) ? range.start() : range.end(), mapper::read));
  }

  @Override
  public List<Booking> findConflicted(int limit) {
    return Storage.withHandle(
        jdbi,
        h ->
            h.createQuery(
                    SELECT_BOOKING
                        + "WHERE conflict_detected_at IS NOT NULL AND status = 'CONFIRMED'"
                        + " ORDER BY start_time, id LIMIT :limit")
                .define(SqlErrors.STATEMENT_NAME, "conflicted bookings")
                .bind("limit", limit)
                .map(mapper)
                .list());
  }

  @Override
  public int countActiveByEmailSince(String normalizedEmail, Instant since) {
    return Storage.withHandle(jdbi, h -> ReserveChecks.countByEmail(h, normalizedEmail, since));
  }

  /**
   * Without effects one statement, which autocommit makes atomic; with them a transaction that
   * first locks the booking row, as {@link #storeOutcome} does, so the summary it writes is not
   * overtaken by an outcome stored meanwhile.
   */
  @Override
  public Optional<Booking> update(Booking booking, List<Effect> effects, List<Tally> tallies) {
    return guardSlot(
        booking.slot(),
        () ->
            Storage.inTransaction(
                jdbi,
                h -> {
                  if (BookingWrites.lockedVersion(h, booking.id())
                      .filter(v -> v == booking.version())
                      .isEmpty()) {
                    return Optional.empty();
                  }
                  insights.add(h, tallies);
                  return BookingWrites.write(h, dialect, booking, effects);
                }));
  }

  @Override
  public Optional<Booking> updateSlot(
      Booking rescheduled,
      Duration buffer,
      List<PeriodCap> caps,
      List<Effect> effects,
      List<Tally> tallies) {
    return guardSlot(
        rescheduled.slot(),
        () ->
            calendarWriter.write(
                (h, counts) -> {
                  counts.settle(HostLoads.of(dialect), h);
                  if (BookingWrites.lockedVersion(h, rescheduled.id())
                      .filter(v -> v == rescheduled.version())
                      .isEmpty()) {
                    return Optional.empty();
                  }
                  ReserveChecks checks =
                      ReserveChecks.forMove(h, dialect, rescheduled, buffer, List.copyOf(caps));
                  if (checks.storedVersion().filter(v -> v == rescheduled.version()).isEmpty()) {
                    return Optional.empty();
                  }
                  if (checks.overlapping() || coHostsOverlap(h, rescheduled, buffer)) {
                    throw alreadyBooked(rescheduled.slot());
                  }
                  if (checks.capReached()) {
                    throw limitReached(rescheduled.slot());
                  }
                  counts.tallies(tallies);
                  Optional<Booking> written = BookingWrites.write(h, dialect, rescheduled, effects);
                  counts.settle(HostLoads.of(dialect), h);
                  return written;
                }));
  }

  @Override
  public Optional<Booking> updateSlot(
      Booking rescheduled,
      Duration buffer,
      List<PeriodCap> caps,
      HostChoice choice,
      List<Effect> effects,
      List<Tally> tallies) {
    return guardSlot(
        rescheduled.slot(),
        () ->
            calendarWriter.write(
                (h, counts) -> {
                  counts.settle(HostLoads.of(dialect), h);
                  Optional<Booking> moved =
                      HostMoves.move(
                          h, dialect, counts, rescheduled, buffer, caps, choice, effects, tallies);
                  counts.settle(HostLoads.of(dialect), h);
                  return moved;
                }));
  }

  private boolean coHostsOverlap(Handle handle, Booking booking, Duration buffer) {
    TimeSlot widened = booking.slot().widen(buffer);
    return booking.placement().coHosts().stream()
        .anyMatch(host -> BookingHosts.overlaps(handle, dialect, booking, host, widened));
  }

  @Override
  public BookingPage list(BookingQuery query, EnabledIntegrations integrations) {
    return Storage.withHandle(
        jdbi, h -> BookingListQuery.run(h, dialect, query, integrations, mapper));
  }

  @Override
  public List<Effect> claimDue(Instant now, Duration lease, int limit, Set<EffectKind> kinds) {
    return Storage.inTransaction(
        jdbi,
        h ->
            EffectClaims.claim(
                h, dialect, new EffectClaims.Claim(now, now.plus(lease), limit, kinds)));
  }

  @Override
  public void release(Collection<UUID> effectIds) {
    Storage.withHandle(
        jdbi,
        h -> {
          EffectClaims.release(h, effectIds);
          return null;
        });
  }

  @Override
  public Optional<Booking> storeOutcome(Effect effect) {
    return Storage.inTransaction(
        jdbi,
        h -> {
          Optional<Booking> booking = BookingWrites.locked(h, effect.bookingId(), mapper);
          if (booking.isEmpty() || !EffectTable.update(h, effect)) {
            return Optional.empty();
          }
          return Optional.of(BookingWrites.summarise(h, booking.get()));
        });
  }

  @Override
  public boolean addEffect(Effect effect) {
    return Storage.inTransaction(
        jdbi,
        h -> {
          Optional<Booking> booking = BookingWrites.locked(h, effect.bookingId(), mapper);
          if (booking.isEmpty() || EffectTable.exists(h, effect)) {
            return false;
          }
          EffectTable.insert(h, List.of(effect));
          BookingWrites.summarise(h, booking.get());
          return true;
        });
  }

  @Override
  public Optional<Effect> findEffect(UUID id) {
    return Storage.withHandle(jdbi, h -> EffectTable.find(h, id));
  }

  @Override
  public List<Effect> effectsOf(UUID bookingId) {
    return Storage.withHandle(jdbi, h -> EffectTable.ofBooking(h, bookingId));
  }

  @Override
  public List<Effect> effectsFor(EffectKind kind, String target, int limit) {
    return Storage.withHandle(jdbi, h -> EffectTable.forTarget(h, kind, target, limit));
  }

  @Override
  public EffectStats effectStats(Instant now) {
    return Storage.withHandle(jdbi, h -> EffectClaims.stats(h, now));
  }

  @Override
  public Optional<Integer> findLimitOverride(String normalizedEmail) {
    return Storage.withHandle(jdbi, h -> LimitOverrides.find(h, normalizedEmail));
  }

  @Override
  public void setLimitOverride(String normalizedEmail, int maxBookings) {
    if (maxBookings < 0) {
      throw new IllegalArgumentException("maxBookings must not be negative");
    }
    calendarTransaction(
        h -> {
          LimitOverrides.set(h, normalizedEmail, maxBookings);
          return null;
        });
  }

  @Override
  public void clearLimitOverride(String normalizedEmail) {
    calendarTransaction(
        h -> {
          LimitOverrides.clear(h, normalizedEmail);
          return null;
        });
  }

  @Override
  public void ping() {
    Storage.withHandle(
        jdbi,
        h ->
            h.createQuery("SELECT 1")
                .define(SqlErrors.STATEMENT_NAME, "ping")
                .mapTo(Integer.class)
                .one());
  }

  /** PostgreSQL's exclusion constraint caught an overlap the lock should have prevented. */
  private static <T> T guardSlot(TimeSlot slot, java.util.function.Supplier<T> write) {
    try {
      return write.get();
    } catch (StorageFailure e) {
      if (SqlErrors.isExclusionViolation(e)) {
        throw alreadyBooked(slot);
      }
      throw e;
    }
  }

  private static SlotUnavailableException alreadyBooked(TimeSlot slot) {
    return new SlotUnavailableException(slot, SlotUnavailableException.Reason.ALREADY_BOOKED);
  }

  private static SlotUnavailableException limitReached(TimeSlot slot) {
    return new SlotUnavailableException(slot, SlotUnavailableException.Reason.LIMIT_REACHED);
  }
}
