package com.metalogics.booking.adapter.jdbi;

import static com.metalogics.booking.core.contract.Fixtures.NOW;
import static com.metalogics.booking.core.contract.Fixtures.booking;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.SlotUnavailableException;
import com.metalogics.booking.core.domain.TimeSlot;
import com.metalogics.booking.core.port.out.FrequencyLimit;
import com.metalogics.booking.core.port.out.Reservation;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The database itself refuses overlapping confirmed bookings of one host that bypass the
 * repository; two hosts may hold the same time.
 */
class PostgresExclusionConstraintTest {

  private static final String SHIFT =
      "UPDATE copy SET id = ?, idempotency_key = NULL, status = ?,"
          + " start_time = start_time + make_interval(mins => ?),"
          + " end_time = end_time + make_interval(mins => ?)";

  private static JdbiStorage storage;

  @BeforeAll
  static void openStorage() {
    storage = JdbiStorage.open(PostgresServer.freshDatabase());
  }

  @AfterAll
  static void closeStorage() {
    storage.close();
  }

  @Test
  void givenConfirmedBooking_plainSqlInsertOfAnOverlappingConfirmedOne_isRejected() {
    Booking stored = reserve(Instant.parse("2031-05-05T10:00:00Z"));
    assertThatThrownBy(() -> insertCopy(stored, 10, "CONFIRMED", stored.placement().hostId()))
        .isInstanceOfSatisfying(
            SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("23P01"));
  }

  @Test
  void givenConfirmedBooking_plainSqlInsertOfAnOverlappingOneOfAnotherHost_isAccepted()
      throws SQLException {
    Booking stored = reserve(Instant.parse("2031-05-08T10:00:00Z"));
    insertCopy(stored, 0, "CONFIRMED", "another-host");
  }

  @Test
  void givenConfirmedBooking_plainSqlInsertOfOverlappingCancelledOrAdjacentOne_isAccepted()
      throws SQLException {
    Booking stored = reserve(Instant.parse("2031-05-06T10:00:00Z"));
    insertCopy(stored, 10, "CANCELLED", stored.placement().hostId());
    insertCopy(stored, 30, "CONFIRMED", stored.placement().hostId());
  }

  @Test
  void givenUpdateThatMovesOntoAnotherBooking_theConstraintSurfacesAsSlotUnavailable() {
    Booking first = reserve(Instant.parse("2031-05-07T10:00:00Z"));
    Booking second = reserve(Instant.parse("2031-05-07T12:00:00Z"));
    Booking moved = second.reschedule(TimeSlot.of(first.startTime(), Duration.ofMinutes(30)), NOW);
    assertThatThrownBy(() -> storage.repository().update(moved))
        .isInstanceOf(SlotUnavailableException.class);
    assertThat(storage.repository().findById(second.id())).contains(second);
  }

  private static Booking reserve(Instant start) {
    Booking booking = booking(start, "constraint-" + UUID.randomUUID() + "@example.com");
    return storage
        .repository()
        .reserve(
            new Reservation(
                booking, Duration.ZERO, new FrequencyLimit(5, NOW.minus(Duration.ofDays(1)), 1)));
  }

  private static void insertCopy(Booking original, int shiftMinutes, String status, String host)
      throws SQLException {
    try (Connection c = storage.dataSource().getConnection()) {
      c.setAutoCommit(false);
      try {
        try (PreparedStatement create =
            c.prepareStatement(
                "CREATE TEMP TABLE copy ON COMMIT DROP AS SELECT * FROM bookings"
                    + " WHERE id = ?")) {
          create.setObject(1, original.id());
          create.execute();
        }
        try (PreparedStatement shift = c.prepareStatement(SHIFT)) {
          shift.setObject(1, UUID.randomUUID());
          shift.setString(2, status);
          shift.setInt(3, shiftMinutes);
          shift.setInt(4, shiftMinutes);
          shift.executeUpdate();
        }
        c.createStatement().executeUpdate("INSERT INTO bookings SELECT * FROM copy");
        try (PreparedStatement hostRow =
            c.prepareStatement(
                "INSERT INTO booking_hosts (booking_id, host_id, event_type, start_time,"
                    + " end_time, status) SELECT id, ?, event_type, start_time, end_time, status"
                    + " FROM copy")) {
          hostRow.setString(1, host);
          hostRow.executeUpdate();
        }
        c.commit();
      } catch (SQLException e) {
        c.rollback();
        throw e;
      }
    }
  }
}
