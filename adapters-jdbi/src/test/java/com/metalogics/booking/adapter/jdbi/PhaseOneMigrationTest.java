package com.metalogics.booking.adapter.jdbi;

import static com.metalogics.booking.core.contract.Fixtures.NOW;
import static com.metalogics.booking.core.contract.Fixtures.booking;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.metalogics.booking.adapter.jdbi.internal.Migrations;
import com.metalogics.booking.core.domain.Attendee;
import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.Effect;
import com.metalogics.booking.core.domain.EffectKind;
import com.metalogics.booking.core.domain.EffectState;
import com.metalogics.booking.core.domain.Placement;
import com.metalogics.booking.core.domain.SlotUnavailableException;
import com.metalogics.booking.core.domain.SyncStatus;
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
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * A database of phase 1 (its schema up to the last phase-1 migration, its bookings inserted as that
 * schema knew them) migrates to the latest schema with every booking intact, each now of the
 * default event type and host, and its sync flags turned into effects: nothing synced is redone,
 * nothing pending is dropped.
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

  /**
   * A booking as phase 1 stored it, with its sync flags.
   *
   * @param synced calendar, CRM, mail
   * @param failed calendar, CRM (mail failures show in the error)
   */
  private record Row(
      Booking booking,
      boolean[] synced,
      boolean[] failed,
      Optional<String> eventId,
      Optional<String> contactId,
      Optional<String> error,
      int attempts,
      Optional<Instant> nextAttempt,
      boolean alerted) {}

  @Test
  void givenPhaseOneH2File_migrating_keepsEveryBooking_andTurnsItsFlagsIntoEffects()
      throws Exception {
    assertMigratesIntact(H2Files.freshDatabase());
  }

  @Test
  void givenPhaseOnePostgres_migrating_keepsEveryBooking_andTurnsItsFlagsIntoEffects()
      throws Exception {
    assertMigratesIntact(PostgresServer.freshDatabase());
  }

  private static void assertMigratesIntact(StorageConfig database) throws Exception {
    List<Row> phaseOne = phaseOneRows();
    try (JdbiStorage storage = JdbiStorage.connect(database)) {
      MigrationVersions.versionedOnly(storage).target(LAST_PHASE_ONE_VERSION).load().migrate();
      insertAsPhaseOne(storage.dataSource(), phaseOne);

      assertThat(Migrations.migrate(storage.dataSource(), storage.dialect()))
          .isEqualTo(MigrationVersions.after(LAST_PHASE_ONE_VERSION));

      LoadsBackFill.assertMatches(
          storage.dataSource(), phaseOne.stream().map(Row::booking).toList());
      BookingRepository repository = storage.repository();
      for (Row row : phaseOne) {
        Booking booking = repository.findById(row.booking().id()).orElseThrow();
        assertThat(booking.withSync(row.booking().sync())).isEqualTo(row.booking());
        assertThat(booking.placement()).isEqualTo(Placement.DEFAULT);
      }
      assertEffects(repository, phaseOne);
      assertThat(repository.findActiveOverlapping(TimeSlot.of(DAY, Duration.ofDays(1)))).hasSize(3);
      assertStillGuarded(repository, phaseOne.get(0).booking());
    }
  }

  private static void assertEffects(BookingRepository repository, List<Row> rows) {
    Row mirrored = rows.get(0);
    Booking done = repository.findById(mirrored.booking().id()).orElseThrow();
    assertThat(List.of(done.sync().calendar(), done.sync().crm(), done.sync().email()))
        .containsOnly(SyncStatus.SYNCED);
    assertThat(done.sync().calendarEventId()).contains("event-1");
    assertThat(done.sync().crmContactId()).contains("77");
    assertThat(repository.effectsOf(done.id()))
        .extracting(Effect::kind, Effect::state, e -> e.remoteRef().orElse(""))
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(EffectKind.CALENDAR, EffectState.DONE, "event-1"),
            org.assertj.core.groups.Tuple.tuple(EffectKind.CRM, EffectState.DONE, "77"),
            org.assertj.core.groups.Tuple.tuple(
                EffectKind.ATTENDEE_MAIL, EffectState.DONE, done.id() + ":1"));

    Row failing = rows.get(2);
    Booking crmFailed = repository.findById(failing.booking().id()).orElseThrow();
    assertThat(crmFailed.sync().crm()).isEqualTo(SyncStatus.FAILED);
    Effect crm =
        repository.effectsOf(crmFailed.id()).stream()
            .filter(e -> e.kind() == EffectKind.CRM)
            .findFirst()
            .orElseThrow();
    assertThat(crm.state()).isEqualTo(EffectState.PENDING);
    assertThat(crm.attempts()).isEqualTo(1);
    assertThat(crm.nextAttemptAt()).isEqualTo(failing.nextAttempt().orElseThrow());
    assertThat(crm.lastError()).contains("crm: HubSpot down");
    assertThat(repository.effectsOf(rows.get(3).booking().id()))
        .extracting(Effect::kind, Effect::state)
        .contains(org.assertj.core.groups.Tuple.tuple(EffectKind.ADMIN_ALERT, EffectState.DONE));

    List<UUID> due =
        repository
            .claimDue(
                NOW.plus(Duration.ofDays(1)),
                Duration.ofMinutes(1),
                100,
                EnumSet.allOf(EffectKind.class))
            .stream()
            .map(Effect::bookingId)
            .toList();
    assertThat(due).doesNotContain(done.id());
    for (Row waiting : List.of(rows.get(1), rows.get(2), rows.get(4))) {
      UUID id = waiting.booking().id();
      assertThat(repository.effectsOf(id)).filteredOn(Effect::isPending).hasSize(3);
      assertThat(due.stream().filter(id::equals))
          .as("due now: the calendar and the CRM; the mail after the calendar")
          .hasSize(2);
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

  /** Every shape phase 1 wrote: fully mirrored, cancelled, failing with a retry, alerted, bare. */
  private static List<Row> phaseOneRows() {
    Booking mirrored =
        booking(
                DAY.plus(Duration.ofHours(9)),
                Duration.ofMinutes(30),
                "ada@example.com",
                NOW.minus(Duration.ofDays(2)))
            .withVersion(4);
    Booking cancelled = booking(DAY.plus(Duration.ofHours(11)), "bob@example.com");
    cancelled = cancelled.cancel(NOW.plusSeconds(90), Optional.of("Changed plans")).withVersion(2);
    Booking failing =
        booking(
                DAY.plus(Duration.ofHours(13)),
                Duration.ofMinutes(30),
                "cy@example.com",
                NOW.minus(Duration.ofHours(20)))
            .withVersion(3);
    Booking alerted = booking(DAY.plus(Duration.ofHours(15)), "di@example.com").withVersion(9);
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
    boolean[] none = {false, false, false};
    Optional<Instant> grace = Optional.of(NOW.plusSeconds(60));
    return List.of(
        new Row(
            mirrored,
            new boolean[] {true, true, true},
            none,
            Optional.of("event-1"),
            Optional.of("77"),
            Optional.empty(),
            0,
            Optional.empty(),
            false),
        new Row(
            cancelled,
            none,
            none,
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            0,
            grace,
            false),
        new Row(
            failing,
            none,
            new boolean[] {false, true, false},
            Optional.empty(),
            Optional.empty(),
            Optional.of("crm: HubSpot down"),
            1,
            Optional.of(NOW.plus(Duration.ofMinutes(5))),
            false),
        new Row(
            alerted,
            new boolean[] {true, false, true},
            new boolean[] {false, true, false},
            Optional.of("event-4"),
            Optional.empty(),
            Optional.of("crm: 401"),
            10,
            Optional.of(NOW.plus(Duration.ofHours(1))),
            true),
        new Row(
            minimal,
            none,
            none,
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            0,
            grace,
            false));
  }

  private static void insertAsPhaseOne(DataSource dataSource, List<Row> rows) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert = connection.prepareStatement(PHASE_ONE_INSERT)) {
      for (Row row : rows) {
        List<Object> values = phaseOneRow(row);
        for (int i = 0; i < values.size(); i++) {
          insert.setObject(i + 1, values.get(i));
        }
        insert.executeUpdate();
      }
    }
  }

  private static List<Object> phaseOneRow(Row row) {
    Booking b = row.booking();
    Attendee a = b.attendee();
    boolean[] synced = row.synced();
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
        row.eventId().orElse(null),
        synced[0],
        row.failed()[0],
        row.contactId().orElse(null),
        synced[1],
        row.failed()[1],
        synced[2],
        !(synced[0] && synced[1] && synced[2]),
        row.error().orElse(null),
        row.attempts(),
        row.nextAttempt().map(PhaseOneMigrationTest::utc).orElse(null),
        row.alerted(),
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
