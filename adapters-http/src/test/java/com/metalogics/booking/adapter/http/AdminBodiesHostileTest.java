package com.metalogics.booking.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.metalogics.booking.adapter.http.hostile.AdminBodies;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@link AdminBodies} on the in-memory adapters: every admin write with hostile fields answers in
 * the error envelope, never 5xx. A fuzzing pass found {@code POST /api/admin/vip-links} answering
 * 500 without its {@code tierId}; this keeps the whole admin surface under the same rule. The app
 * runs the same on PostgreSQL.
 */
class AdminBodiesHostileTest {

  private final TestServer server = TestServer.withAdmin();

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void everyAdminWrite_withHostileFields_answersInTheEnvelope_neverA5xx() {
    AdminBodies.Report report =
        new AdminBodies(server.app.port(), TestServer.ADMIN_KEY)
            .run("https://hooks.example.org/booking");

    assertThat(report.problems()).as("%d requests sent", report.sent()).isEmpty();
    assertThat(report.sent()).isGreaterThan(3_000);
  }
}
