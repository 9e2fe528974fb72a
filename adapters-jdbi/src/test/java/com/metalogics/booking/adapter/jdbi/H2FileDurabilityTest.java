package com.metalogics.booking.adapter.jdbi;

import static com.metalogics.booking.core.contract.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import com.metalogics.booking.core.domain.Attendee;
import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.SyncState;
import com.metalogics.booking.core.domain.TimeSlot;
import com.metalogics.booking.core.port.out.FrequencyLimit;
import com.metalogics.booking.core.port.out.Reservation;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class H2FileDurabilityTest {

  private static final String SQL_INJECTION = "'); DROP TABLE bookings;--";

  @Test
  void givenEveryFieldSet_whenThePoolIsClosedAndTheFileReopened_thenEverythingReadsBackEqual() {
    StorageConfig file = H2Files.freshDatabase();
    Booking written;
    try (JdbiStorage storage = JdbiStorage.open(file)) {
      Booking reserved = storage.repository().reserve(reservation(oddBooking()));
      written = storage.repository().update(cancelledAndSynced(reserved)).orElseThrow();
      storage.repository().setLimitOverride("zoë@example.com", 7);
    }
    try (JdbiStorage reopened = JdbiStorage.open(file)) {
      assertThat(reopened.repository().findById(written.id())).contains(written);
      assertThat(reopened.repository().findByIdempotencyKey(SQL_INJECTION)).contains(written);
      assertThat(reopened.repository().findLimitOverride("zoë@example.com")).contains(7);
    }
  }

  private static Booking oddBooking() {
    Attendee attendee =
        new Attendee(
            "Zoë \"Ω\" O'Brien 李小龍 \uD83D\uDE00",
            "  Zoë@Example.com ",
            Optional.of(SQL_INJECTION),
            Optional.of("+44 (0)20 7946 0958"),
            Optional.of("Line one\nLine two\t\\ % _ ' \" \u2603"),
            ZoneId.of("America/St_Johns"));
    return Booking.newBooking(
        UUID.randomUUID(),
        attendee,
        TimeSlot.of(Instant.parse("2031-02-03T10:15:00Z"), Duration.ofMinutes(45)),
        NOW,
        "sha256:" + SQL_INJECTION,
        Optional.of(SQL_INJECTION));
  }

  private static Booking cancelledAndSynced(Booking booking) {
    Instant later = NOW.plus(Duration.ofSeconds(90)).plusNanos(654_321_000);
    Booking cancelled =
        booking.cancel(later, Optional.of("Cancelled: \"" + SQL_INJECTION + "\" \uD83D\uDE00"));
    SyncState sync =
        cancelled
            .sync()
            .calendarMirrored(Optional.of("evt" + SQL_INJECTION))
            .crmMirrored("crm-\u00e9-42")
            .notificationFailed("SMTP said: 550 'no'; DELETE FROM bookings")
            .afterAttempt(Optional.of(NOW.plus(Duration.ofMinutes(5)).plusNanos(123_000)))
            .withAdminAlerted();
    return cancelled.withSync(sync, later);
  }

  private static Reservation reservation(Booking booking) {
    return new Reservation(
        booking, Duration.ofMinutes(10), new FrequencyLimit(3, NOW.minus(Duration.ofDays(30)), 30));
  }
}
