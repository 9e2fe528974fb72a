package com.metalogics.booking.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.metalogics.booking.core.contract.MutableClock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code HOST} is where the server listens, and what the start line says. */
class ListenHostTest {

  @Test
  void givenHostLoopback_serviceListensThereAndSaysSo() {
    try (Application app = start("127.0.0.1")) {
      int port = app.port();

      assertThat(app.startupLines().get(0))
          .startsWith(
              "Booking service listening on 127.0.0.1:%d (http://127.0.0.1:%d/); "
                  .formatted(port, port));
      assertThat(new ApiClient(port).get("/health/live").status()).isEqualTo(200);
    }
  }

  @Test
  void givenHostThisMachineDoesNotHave_startFailsNamingHostAndReason() {
    // 192.0.2.0/24 is reserved for documentation: no machine has it.
    assertThatThrownBy(() -> start("192.0.2.1"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("Cannot listen on HOST 192.0.2.1, PORT 0: ")
        .hasMessageNotContaining("already in use");
  }

  private static Application start(String host) {
    Map<String, String> env = new HashMap<>();
    env.put("HOST", host);
    env.put("PORT", "0");
    env.put("DATABASE_URL", "jdbc:h2:mem:listen-host-" + host);
    env.put("MANAGE_TOKEN_SECRET", "a-secret-of-at-least-32-bytes-for-tests");
    env.put("SYNC_INTERVAL_SECONDS", "3600");
    return Application.start(
        ConfigLoader.load(env), new MutableClock(Instant.parse("2030-01-07T15:00:00Z")));
  }
}
