package com.metalogics.booking.adapter.jdbi.internal;

import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.Effect;
import com.metalogics.booking.core.domain.EffectKind;
import com.metalogics.booking.core.domain.EnabledIntegrations;
import com.metalogics.booking.core.domain.TimeSlot;
import com.metalogics.booking.core.port.out.BookedSlot;
import com.metalogics.booking.core.port.out.BookingPage;
import com.metalogics.booking.core.port.out.BookingQuery;
import com.metalogics.booking.core.port.out.BookingRepository;
import com.metalogics.booking.core.port.out.EffectStats;
import com.metalogics.booking.core.port.out.EffectStore;
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
  private final SlotWrites slots;
  private final GroupCommit calendarWriter;
  private final GroupCommit outcomeWriter;
  private final DirectStatement activeOverlapping;
  private final DirectStatement bookedSlots;
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
    this.slots = new SlotWrites(dialect, mapper);
    InsightTables tables = insights.tables();
    this.calendarWriter =
        GroupCommit.calendar(
            jdbi,
            dialect,
            lockWait,
            (handle, counts) -> {
              HostLoads.of(dialect).insertedAll(handle, counts.drainLoads());
              tables.add(handle, counts.tallies());
            });
    this.outcomeWriter = GroupCommit.rowLocked(jdbi, lockWait);
    this.activeOverlapping =
        DirectStatement.of(
            "active bookings overlapping",
            "SELECT * " + dialect.confirmedOverlapping("from", "to") + " ORDER BY start_time, id");
    this.bookedSlots =
        DirectStatement.of(
            "booked slots overlapping",
            "SELECT "
                + BookingRowMapper.BOOKED_SLOT_COLUMNS
                + " "
                + dialect.confirmedOverlapping("from", "to")
                + " ORDER BY start_time, id");
    this.insights = tables;
  }

  @Override
  public Booking reserve(Reservation reservation) {
    Booking booking = reservation.booking();
    return SlotWrites.guard(
        booking.slot(),
        () -> calendarWriter.write((h, counts) -> slots.reserve(h, reservation, counts)));
  }

  /**
   * Runs in a transaction that holds the calendar lock row, batched with this process's other
   * calendar writes waiting at the time.
   */
  private <T> T calendarTransaction(HandleCallback<T, RuntimeException> work) {
    return calendarWriter.write(work);
  }

  @Override
  public Optional<Booking> findById(UUID id) {
    return Storage.withHandle(jdbi, h -> slots.findById(h, id));
  }

  @Override
  public Optional<Booking> findByIdempotencyKey(String idempotencyKey) {
    return Storage.withHandle(jdbi, h -> slots.findByKey(h, idempotencyKey));
  }

  @Override
  public List<Booking> findActiveOverlapping(TimeSlot range) {
    return overlapping(activeOverlapping, range, mapper::read);
  }

  /**
   * Read by every uncached slots request: plain JDBC, as Jdbi's set-up cost more than the query.
   */
  @Override
  public List<BookedSlot> findBookedSlots(TimeSlot range) {
    return overlapping(bookedSlots, range, BookingRowMapper::bookedSlot);
  }

  private <T> List<T> overlapping(
      DirectStatement statement, TimeSlot range, DirectStatement.RowReader<T> reader) {
    return Storage.withHandle(
        jdbi,
        h ->
            statement.queryList(
                h, name -> "from".equals(name) ? range.start() : range.end(), reader));
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
    return SlotWrites.guard(
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
    SlotWrites.Move move = new SlotWrites.Move(buffer, caps, effects, tallies);
    return SlotWrites.guard(
        rescheduled.slot(),
        () -> calendarWriter.write((h, counts) -> slots.move(h, counts, rescheduled, move)));
  }

  @Override
  public Optional<Booking> updateSlot(
      Booking rescheduled,
      Duration buffer,
      List<PeriodCap> caps,
      HostChoice choice,
      List<Effect> effects,
      List<Tally> tallies) {
    SlotWrites.Move move = new SlotWrites.Move(buffer, caps, effects, tallies);
    return SlotWrites.guard(
        rescheduled.slot(),
        () ->
            calendarWriter.write(
                (h, counts) -> slots.moveAmongHosts(h, counts, rescheduled, move, choice)));
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
    return storeOutcomes(List.of(effect));
  }

  @Override
  public Optional<Booking> storeOutcomes(List<Effect> effects) {
    return storeOutcomes(Optional.empty(), effects);
  }

  @Override
  public Optional<Booking> storeOutcomes(Booking known, List<Effect> effects) {
    return storeOutcomes(Optional.of(known), effects);
  }

  /** Batched with the outcomes other threads of this process store at the time. */
  private Optional<Booking> storeOutcomes(Optional<Booking> known, List<Effect> effects) {
    EffectStore.requireOneBooking(effects);
    if (effects.isEmpty()) {
      return Optional.empty();
    }
    UUID booking = effects.get(0).bookingId();
    return outcomeWriter.write(
        booking, h -> BookingWrites.storeOutcomes(h, known, effects, mapper));
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
}
