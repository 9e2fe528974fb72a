package com.metalogics.booking.adapter.jdbi;

import static com.metalogics.booking.core.contract.Fixtures.NOW;
import static com.metalogics.booking.core.contract.Fixtures.booking;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.StorageUnavailableException;
import com.metalogics.booking.core.port.out.FrequencyLimit;
import com.metalogics.booking.core.port.out.Reservation;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Another instance's session stuck holding the calendar lock row: a reservation gives up after the
 * configured wait with STORAGE_UNAVAILABLE instead of hanging, and succeeds once the row is free.
 */
class PostgresLockTimeoutTest {

  @Test
  void givenLockRowHeldElsewhere_reserveFailsAsUnavailable_andSucceedsOnceReleased()
      throws Exception {
    StorageConfig config =
        PostgresServer.freshDatabase().withConnectionTimeout(Duration.ofMillis(500));
    try (JdbiStorage storage = JdbiStorage.open(config);
        Connection other =
            DriverManager.getConnection(config.jdbcUrl(), config.user(), config.password());
        Statement holder = other.createStatement()) {
      other.setAutoCommit(false);
      holder.execute("SELECT name FROM calendar_lock WHERE name = 'calendar' FOR UPDATE");

      Reservation reservation = reservation(Instant.parse("2031-06-02T10:00:00Z"));
      assertThatThrownBy(() -> storage.repository().reserve(reservation))
          .isInstanceOf(StorageUnavailableException.class);
      assertThat(storage.repository().findById(reservation.booking().id())).isEmpty();

      other.rollback();
      Booking stored = storage.repository().reserve(reservation);
      assertThat(storage.repository().findById(stored.id())).contains(stored);
    }
  }

  private static Reservation reservation(Instant start) {
    Booking booking = booking(start, "lock-" + UUID.randomUUID() + "@example.com");
    return new Reservation(
        booking, Duration.ZERO, new FrequencyLimit(5, NOW.minus(Duration.ofDays(1)), 1));
  }
}
