package com.metalogics.booking.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.metalogics.booking.adapter.http.hostile.AdminBodies;
import com.metalogics.booking.adapter.http.hostile.HostileSuite;
import com.metalogics.booking.core.contract.MutableClock;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The HTTP adapter's hostile admin bodies against the whole service on PostgreSQL, where a NUL byte
 * that reached a statement would fail it: every admin write answers in the error envelope, never
 * 5xx.
 */
class PostgresAdminBodiesTest {

  private static final String ADMIN_KEY = "admin-key-for-hostile-admin-bodies";

  private Application app;

  @AfterEach
  void stop() {
    if (app != null) {
      app.close();
    }
  }

  @Test
  void everyAdminWrite_withHostileFields_answersInTheEnvelope_neverA5xx() {
    Map<String, String> env = new HashMap<>(PostgresServer.freshDatabase());
    env.put("PORT", "0");
    env.put("ADMIN_API_KEY", ADMIN_KEY);
    env.put("MANAGE_TOKEN_SECRET", "a-secret-of-at-least-32-bytes-for-admin-bodies");
    env.put("PUBLIC_BASE_URL", "https://book.example.test");
    env.put("SYNC_INTERVAL_SECONDS", "3600");
    app = Application.start(ConfigLoader.load(env), new MutableClock(HostileSuite.NOW));

    AdminBodies.Report report =
        new AdminBodies(app.port(), ADMIN_KEY).run("https://hooks.example.org/booking");

    assertThat(report.problems()).as("%d requests sent", report.sent()).isEmpty();
    assertThat(report.sent()).isGreaterThan(3_000);
  }
}
