package com.metalogics.booking.adapter.http;

import static com.metalogics.booking.adapter.http.TestServer.bookingJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.metalogics.booking.adapter.http.TestServer.Answer;
import com.metalogics.booking.adapter.http.hostile.HostileSuite;
import com.metalogics.booking.core.domain.Booking;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Over a thousand generated malformed or hostile requests against every route, on the in-memory
 * adapters: none may answer 5xx, each must be refused in the error envelope, and none may change
 * the stored bookings. The app runs the same suite against PostgreSQL.
 */
class HostileInputTest {

  private static final int REQUESTS = 1_200;

  private final TestServer server =
      new TestServer(new HttpConfig(Optional.of(TestServer.ADMIN_KEY), 65_536, 0, List.of(), true));

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void givenSeededHostileRequests_noneAnswers5xx_allAreRefused_andNothingIsStored() {
    Answer legit =
        server.post("/api/bookings", bookingJson("legit@example.com", HostileSuite.SLOT, 30));
    assertThat(legit.status()).isEqualTo(201);
    String id = legit.data().path("booking").path("id").asText();
    String token = legit.data().path("manageToken").asText();
    List<Booking> before = server.repository.all();

    HostileSuite.Report report =
        new HostileSuite(server.app.port())
            .run(HostileSuite.DEFAULT_SEED, REQUESTS, id, token, TestServer.ADMIN_KEY);

    assertThat(report.problems())
        .as("seed %d, requests by kind %s", report.seed(), report.byLabel())
        .isEmpty();
    assertThat(report.sent()).isEqualTo(REQUESTS);
    assertThat(report.byLabel()).containsKey("control characters");
    assertThat(server.repository.all()).as("seed %d", report.seed()).isEqualTo(before);
  }

  @Test
  void givenMalformedRawHttp_serverAnswers4xxNeverCrashes() throws IOException {
    HostileSuite suite = new HostileSuite(server.app.port());
    String admin = "Authorization: Bearer " + TestServer.ADMIN_KEY + "\r\n";
    for (String head : HostileSuite.malformedHeads()) {
      assertThat(suite.rawStatus(head, admin))
          .as(head.length() > 120 ? head.substring(0, 120) : head)
          .isBetween(400, 499);
    }
  }
}
