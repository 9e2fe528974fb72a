package com.metalogics.booking.adapter.http;

import static com.metalogics.booking.adapter.http.TestServer.ADMIN_KEY;
import static com.metalogics.booking.adapter.http.TestServer.SLOT;
import static com.metalogics.booking.adapter.http.TestServer.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.metalogics.booking.adapter.http.TestServer.Answer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** GET /api/admin/bookings: sync state per integration, sort, search, total and paging. */
class AdminListApiTest {

  private static final String[] ADMIN = {"Authorization", bearer(ADMIN_KEY)};

  private TestServer server = TestServer.withAdmin();

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void givenIntegrationsOff_bookingsShowThemDisabled_andNeverNeedSync_cancelledOnesNeither() {
    server.close();
    server = TestServer.withAdminAndIntegrationsOff();
    String kept = id(book("Ada Lovelace", "ada@example.com", "Engines", 0));
    String gone = id(book("Bob Babbage", "bob@example.com", "Engines", 1));
    Answer cancelled = server.post("/api/bookings/" + gone + "/cancel", "{}", ADMIN);
    assertThat(cancelled.status()).isEqualTo(200);
    server.clock.advance(Duration.ofHours(2));

    Answer needing = server.get("/api/admin/bookings?needsSync=true", ADMIN);
    assertThat(needing.data().path("bookings")).isEmpty();
    assertThat(needing.data().path("total").asInt()).isZero();
    Answer all = server.get("/api/admin/bookings?needsSync=false", ADMIN);
    assertThat(ids(all)).containsExactly(kept, gone);
    for (JsonNode booking : all.data().path("bookings")) {
      assertThat(booking.path("sync").toString())
          .isEqualTo("{\"calendar\":\"DISABLED\",\"crm\":\"DISABLED\",\"email\":\"DISABLED\"}");
      assertThat(booking.path("requiresManualCalendarSync").asBoolean()).as("seed field").isTrue();
    }
    assertThat(cancelled.data().path("warnings")).isEmpty();
    Answer syncAll = server.post("/api/admin/sync", "", ADMIN);
    assertThat(syncAll.data().path("attempted").asInt()).isZero();
    Answer syncOne = server.post("/api/admin/bookings/" + kept + "/sync", "", ADMIN);
    assertThat(syncOne.data().path("complete").asBoolean()).isTrue();
  }

  @Test
  void givenIntegrationsOn_theSyncFieldSaysWhatIsSyncedAndWhatFailed() {
    server.crm.failures().failWith(() -> new IllegalStateException("HubSpot down"));
    Answer created = book("Ada Lovelace", "ada@example.com", "Engines", 0);

    assertThat(created.data().path("booking").path("sync").toString())
        .isEqualTo("{\"calendar\":\"SYNCED\",\"crm\":\"FAILED\",\"email\":\"SYNCED\"}");
    Answer needing = server.get("/api/admin/bookings?needsSync=true", ADMIN);
    assertThat(ids(needing)).containsExactly(id(created));
  }

  @Test
  void list_sortsByTheGivenFieldAndDirection_andRefusesUnknownOnes() {
    String bob = id(book("bob", "b@example.com", "Zeta", 0));
    String ada = id(book("Ada", "a@example.com", null, 1));
    String cleo = id(book("Cleo", "c@example.com", "alpha", 2));

    assertThat(ids(list("sort=name"))).containsExactly(ada, bob, cleo);
    assertThat(ids(list("sort=NAME&direction=desc"))).containsExactly(cleo, bob, ada);
    assertThat(ids(list("sort=company"))).containsExactly(ada, cleo, bob);
    assertThat(ids(list("sort=start&direction=desc"))).containsExactly(cleo, ada, bob);
    Answer bad = server.get("/api/admin/bookings?sort=colour&direction=up", ADMIN);
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.errorCode()).isEqualTo("VALIDATION_ERROR");
    assertThat(fields(bad)).containsExactlyInAnyOrder("sort", "direction");
  }

  @Test
  void list_searchesPartOfNameEmailOrCompany_ignoringCase_andTakesWildcardsLiterally() {
    String grace = id(book("Grace Hopper", "grace@navy.example", "Navy_Labs", 0));
    String alan = id(book("Alan Turing", "alan@example.com", "NavyXLabs", 1));

    assertThat(ids(list("q=HOPPER"))).containsExactly(grace);
    assertThat(ids(list("q=navy"))).containsExactly(grace, alan);
    assertThat(ids(list("q=y_l"))).containsExactly(grace);
    assertThat(ids(list("q=%25"))).isEmpty();
    Answer tooLong = server.get("/api/admin/bookings?q=" + "x".repeat(101), ADMIN);
    assertThat(fields(tooLong)).containsExactly("q");
  }

  @Test
  void list_answersTheTotal_andCursorsBothWays() {
    List<String> all = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      all.add(id(book("Person " + i, "p" + i + "@example.com", null, i)));
    }
    Answer first = list("limit=2");
    assertThat(first.data().path("total").asInt()).isEqualTo(5);
    assertThat(first.data().path("prevCursor").isNull()).isTrue();
    Answer second = list("limit=2&cursor=" + first.data().path("nextCursor").asText());
    assertThat(ids(second)).isEqualTo(all.subList(2, 4));
    assertThat(second.data().path("total").asInt()).isEqualTo(5);

    Answer back = list("limit=2&cursor=" + second.data().path("prevCursor").asText());

    assertThat(ids(back)).isEqualTo(all.subList(0, 2));
    assertThat(back.data().path("prevCursor").isNull()).isTrue();
    Answer otherOrder =
        server.get(
            "/api/admin/bookings?sort=name&cursor=" + first.data().path("nextCursor").asText(),
            ADMIN);
    assertThat(fields(otherOrder)).containsExactly("cursor");
  }

  @Test
  void list_aRangeStartingAfterItsEnd_isAnInvalidDateRange() {
    book("Ada", "ada@example.com", null, 0);

    Answer inverted = server.get("/api/admin/bookings?from=2026-12-03&to=2026-12-02", ADMIN);
    Answer oneDay = server.get("/api/admin/bookings?from=2026-12-02&to=2026-12-02", ADMIN);

    assertThat(inverted.status()).isEqualTo(400);
    assertThat(inverted.errorCode()).isEqualTo("INVALID_DATE_RANGE");
    assertThat(oneDay.status()).isEqualTo(200);
    assertThat(oneDay.data().path("total").asInt()).isEqualTo(1);
  }

  private Answer list(String query) {
    Answer answer = server.get("/api/admin/bookings?" + query, ADMIN);
    assertThat(answer.status()).as(answer.raw().body()).isEqualTo(200);
    return answer;
  }

  private Answer book(String name, String email, String company, int hourOffset) {
    String json =
        "{\"name\":\"%s\",\"email\":\"%s\",\"startTime\":\"%s\",\"duration\":30%s}"
            .formatted(
                name,
                email,
                SLOT.plusSeconds(3600L * hourOffset),
                company == null ? "" : ",\"company\":\"" + company + "\"");
    Answer answer = server.post("/api/bookings", json);
    assertThat(answer.status()).as(answer.raw().body()).isEqualTo(201);
    return answer;
  }

  private static String id(Answer created) {
    return created.data().path("booking").path("id").asText();
  }

  private static List<String> ids(Answer list) {
    List<String> ids = new ArrayList<>();
    list.data().path("bookings").forEach(b -> ids.add(b.path("id").asText()));
    return ids;
  }

  private static List<String> fields(Answer answer) {
    List<String> names = new ArrayList<>();
    answer
        .json()
        .path("error")
        .path("details")
        .path("fields")
        .fieldNames()
        .forEachRemaining(names::add);
    return names;
  }
}
