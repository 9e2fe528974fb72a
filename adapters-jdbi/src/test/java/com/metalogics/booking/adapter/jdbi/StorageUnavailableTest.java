package com.metalogics.booking.adapter.jdbi;

import static com.metalogics.booking.core.contract.Fixtures.NOW;
import static com.metalogics.booking.core.contract.Fixtures.booking;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.metalogics.booking.core.domain.EffectKind;
import com.metalogics.booking.core.domain.StorageUnavailableException;
import com.metalogics.booking.core.port.out.BookingRepository;
import com.metalogics.booking.core.port.out.FrequencyLimit;
import com.metalogics.booking.core.port.out.Reservation;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class StorageUnavailableTest {

  private static StorageConfig unreachable;

  @BeforeAll
  static void findAClosedPort() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    unreachable =
        StorageConfig.of("jdbc:postgresql://127.0.0.1:" + port + "/booking", "booking", "secret")
            .withConnectionTimeout(Duration.ofMillis(500));
  }

  @Test
  void givenUnreachableDatabase_open_throwsStorageUnavailable() {
    assertThatThrownBy(() -> JdbiStorage.open(unreachable))
        .isInstanceOf(StorageUnavailableException.class);
  }

  @Test
  void givenUnreachableDatabase_everyRepositoryCall_throwsStorageUnavailable() {
    try (JdbiStorage storage = JdbiStorage.connect(unreachable)) {
      BookingRepository repository = storage.repository();
      Reservation reservation =
          new Reservation(
              booking(Instant.parse("2031-01-01T10:00:00Z"), "down@example.com"),
              Duration.ZERO,
              new FrequencyLimit(3, NOW.minus(Duration.ofDays(30)), 30));
      assertThatThrownBy(() -> repository.reserve(reservation))
          .isInstanceOf(StorageUnavailableException.class);
      assertThatThrownBy(() -> repository.findById(UUID.randomUUID()))
          .isInstanceOf(StorageUnavailableException.class);
      assertThatThrownBy(
              () ->
                  repository.claimDue(
                      NOW, Duration.ofMinutes(1), 10, EnumSet.allOf(EffectKind.class)))
          .isInstanceOf(StorageUnavailableException.class);
      assertThatThrownBy(repository::ping).isInstanceOf(StorageUnavailableException.class);
    }
  }
}
