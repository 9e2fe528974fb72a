package com.metalogics.booking.adapter.jdbi;

import static com.metalogics.booking.core.contract.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import com.metalogics.booking.core.domain.Attendee;
import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.Effect;
import com.metalogics.booking.core.domain.EffectKind;
import com.metalogics.booking.core.domain.TimeSlot;
import com.metalogics.booking.core.port.out.FrequencyLimit;
import com.metalogics.booking.core.port.out.Reservation;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class H2FileDurabilityTest {

  private static final String SQL_INJECTION = "'); DROP TABLE bookings;--";

  @Test
  void givenEveryFieldSet_whenThePoolIsClosedAndTheFileReopened_thenEverythingReadsBackEqual() {
    StorageConfig file = H2Files.freshDatabase();
    Booking written;
    Effect mail;
    try (JdbiStorage storage = JdbiStorage.open(file)) {
      Booking reserved = storage.repository().reserve(reservation(oddBooking()));
      Booking cancelled = cancelled(reserved);
      Effect calendar = effect(cancelled, EffectKind.CALENDAR, Optional.empty());
      mail =
          effect(
              cancelled,
              EffectKind.ATTENDEE_MAIL,
              Optional.of("{\"q\":\"" + SQL_INJECTION + "\"}"));
      storage.repository().update(cancelled, List.of(calendar, mail)).orElseThrow();
      storage
          .repository()
          .storeOutcome(calendar.done(Optional.of("evt" + SQL_INJECTION), cancelled.updatedAt()));
      mail =
          mail.retryAt(
              NOW.plus(Duration.ofMinutes(5)).plusNanos(123_000),
              "SMTP said: 550 'no'; DELETE FROM bookings",
              cancelled.updatedAt());
      written = storage.repository().storeOutcome(mail).orElseThrow();
      storage.repository().setLimitOverride("zoë@example.com", 7);
    }
    try (JdbiStorage reopened = JdbiStorage.open(file)) {
      assertThat(reopened.repository().findById(written.id())).contains(written);
      assertThat(reopened.repository().findEffect(mail.id())).contains(mail);
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

  private static Booking cancelled(Booking booking) {
    Instant later = NOW.plus(Duration.ofSeconds(90)).plusNanos(654_321_000);
    return booking.cancel(later, Optional.of("Cancelled: \"" + SQL_INJECTION + "\" \uD83D\uDE00"));
  }

  private static Effect effect(Booking booking, EffectKind kind, Optional<String> payload) {
    Instant at = booking.updatedAt();
    return Effect.planned(booking, kind, "", at, at.plusSeconds(60), payload, at);
  }

  private static Reservation reservation(Booking booking) {
    return new Reservation(
        booking, Duration.ofMinutes(10), new FrequencyLimit(3, NOW.minus(Duration.ofDays(30)), 30));
  }
}
