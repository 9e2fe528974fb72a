package com.metalogics.booking.adapter.jdbi;

import static com.metalogics.booking.core.contract.Fixtures.NOW;
import static com.metalogics.booking.core.contract.Fixtures.booking;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.metalogics.booking.adapter.jdbi.internal.Migrations;
import com.metalogics.booking.core.domain.Attendee;
import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.Placement;
import com.metalogics.booking.core.domain.SlotUnavailableException;
import com.metalogics.booking.core.domain.SyncState;
import com.metalogics.booking.core.domain.TimeSlot;
import com.metalogics.booking.core.port.out.BookingRepository;
import com.metalogics.booking.core.port.out.FrequencyLimit;
import com.metalogics.booking.core.port.out.Reservation;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * A database of phase 1 (its schema up to the last phase-1 migration, its bookings inserted as that
 * schema knew them) migrates to the latest schema with every booking intact, each now of the
 * default event type and host.
 */
class PhaseOneMigrationTest {

  private static final String LAST_PHASE_ONE_VERSION = "4";

  /** The columns of {@code bookings} in phase 1, in the order of the insert below. */
  private static final String PHASE_ONE_INSERT =
      "INSERT INTO bookings (id, attendee_name, attendee_email, email_normalized,"
          + " attendee_company, attendee_phone, attendee_message, attendee_time_zone, start_time,"
          + " end_time, status, revision, calendar_event_id, calendar_synced,"
          + " requires_manual_calendar_sync, crm_contact_id, crm_synced, requires_manual_crm_sync,"
          + " attendee_notified, needs_sync, last_error, sync_attempts, next_attempt_at,"
          + " admin_alerted, claimed_until, created_at, updated_at, cancelled_at, cancel_reason,"
          + " manage_token_hash, idempotency_key, version)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
          + " ?, ?, ?, ?, ?, ?, ?)";

  private static final Instant DAY = Instant.parse("2027-04-05T00:00:00Z");

  @Test
  void givenPhaseOneH2File_migrating_keepsEveryBooking_asTheDefaultTypesAndHosts()
      throws SQLException {
    assertMigratesIntact(H2Files.freshDatabase());
  }

  @Test
  void givenPhaseOnePostgres_migrating_keepsEveryBooking_asTheDefaultTypesAndHosts()
      throws SQLException {
    assertMigratesIntact(PostgresServer.freshDatabase());
  }

  private static void assertMigratesIntact(StorageConfig database) throws SQLException {
    List<Booking> phaseOne = phaseOneBookings();
    try (JdbiStorage storage = JdbiStorage.connect(database)) {
      Flyway.configure()
          .dataSource(storage.dataSource())
          .locations(storage.dialect().migrationLocations())
          .target(LAST_PHASE_ONE_VERSION)
          .load()
          .migrate();
      insertAsPhaseOne(storage.dataSource(), phaseOne);

      assertThat(Migrations.migrate(storage.dataSource(), storage.dialect()))
          .isEqualTo(
              Integer.parseInt(Migrations.NEWEST_VERSION)
                  - Integer.parseInt(LAST_PHASE_ONE_VERSION));

      BookingRepository repository = storage.repository();
      for (Booking booking : phaseOne) {
        assertThat(repository.findById(booking.id())).contains(booking);
        assertThat(booking.placement()).isEqualTo(Placement.DEFAULT);
      }
      assertThat(repository.findActiveOverlapping(TimeSlot.of(DAY, Duration.ofDays(1)))).hasSize(2);
      assertStillGuarded(repository, phaseOne.get(0));
    }
  }

  /** The migrated bookings still hold their slots, and new ones still fit around them. */
  private static void assertStillGuarded(BookingRepository repository, Booking confirmed) {
    FrequencyLimit limit = new FrequencyLimit(10, NOW.minus(Duration.ofDays(30)), 30);
    Booking clash = booking(confirmed.startTime(), "clash@example.com");
    assertThatThrownBy(() -> repository.reserve(new Reservation(clash, Duration.ZERO, limit)))
        .isInstanceOf(SlotUnavailableException.class);
    Booking later = booking(DAY.plus(Duration.ofHours(20)), "later@example.com");
    assertThat(repository.reserve(new Reservation(later, Duration.ZERO, limit)).placement())
        .isEqualTo(Placement.DEFAULT);
  }

  /** Every shape phase 1 wrote: fully mirrored, cancelled, failing with a retry, bare. */
  private static List<Booking> phaseOneBookings() {
    Booking mirrored = booking(DAY.plus(Duration.ofHours(9)), "ada@example.com");
    mirrored =
        mirrored
            .withSync(
                mirrored
                    .sync()
                    .calendarMirrored(Optional.of("event-1"))
                    .crmMirrored("77")
                    .notified(),
                NOW)
            .withVersion(4);
    Booking cancelled = booking(DAY.plus(Duration.ofHours(11)), "bob@example.com");
    cancelled = cancelled.cancel(NOW.plusSeconds(90), Optional.of("Changed plans")).withVersion(2);
    Booking failing = booking(DAY.plus(Duration.ofHours(13)), "cy@example.com");
    SyncState retry =
        failing
            .sync()
            .crmFailed("HubSpot down")
            .afterAttempt(Optional.of(NOW.plus(Duration.ofMinutes(5))));
    failing = failing.withSync(retry, NOW).withVersion(3);
    Attendee bare =
        new Attendee(
            "Dee",
            "Dee@Example.com",
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            ZoneId.of("UTC"));
    UUID id = UUID.randomUUID();
    Booking minimal =
        Booking.newBooking(
                id,
                bare,
                TimeSlot.of(DAY.plus(Duration.ofDays(1)), Duration.ofMinutes(45)),
                NOW,
                "hash-" + id,
                Optional.of("key-" + id))
            .withVersion(1);
    return List.of(mirrored, cancelled, failing, minimal);
  }

  private static void insertAsPhaseOne(DataSource dataSource, List<Booking> bookings)
      throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert = connection.prepareStatement(PHASE_ONE_INSERT)) {
      for (Booking booking : bookings) {
        List<Object> values = phaseOneRow(booking);
        for (int i = 0; i < values.size(); i++) {
          insert.setObject(i + 1, values.get(i));
        }
        insert.executeUpdate();
      }
    }
  }

  private static List<Object> phaseOneRow(Booking b) {
    Attendee a = b.attendee();
    SyncState s = b.sync();
    return Arrays.asList(
        b.id(),
        a.name(),
        a.email(),
        a.normalizedEmail(),
        a.company().orElse(null),
        a.phone().orElse(null),
        a.message().orElse(null),
        a.timeZone().getId(),
        utc(b.startTime()),
        utc(b.endTime()),
        b.status().name(),
        b.revision(),
        s.calendarEventId().orElse(null),
        s.calendarSynced(),
        s.requiresManualCalendarSync(),
        s.crmContactId().orElse(null),
        s.crmSynced(),
        s.requiresManualCrmSync(),
        s.attendeeNotified(),
        s.needsSync(),
        s.lastError().orElse(null),
        s.attempts(),
        s.nextAttemptAt().map(PhaseOneMigrationTest::utc).orElse(null),
        s.adminAlerted(),
        null,
        utc(b.createdAt()),
        utc(b.updatedAt()),
        b.cancelledAt().map(PhaseOneMigrationTest::utc).orElse(null),
        b.cancelReason().orElse(null),
        b.manageTokenHash(),
        b.idempotencyKey().orElse(null),
        b.version());
  }

  private static OffsetDateTime utc(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
