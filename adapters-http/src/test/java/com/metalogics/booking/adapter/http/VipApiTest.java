package com.metalogics.booking.adapter.http;

import static com.metalogics.booking.adapter.http.CatalogAdminApiTest.ADMIN;
import static com.metalogics.booking.adapter.http.CatalogAdminApiTest.put;
import static com.metalogics.booking.adapter.http.TestServer.SLOT;
import static com.metalogics.booking.adapter.http.TestServer.bookingJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.metalogics.booking.adapter.http.TestServer.Answer;
import com.metalogics.booking.core.domain.IntegrationException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** VIP tiers, links, the slots query and bookings with a link, through the real server. */
class VipApiTest {

  static final String GOLD =
      """
      {"name": "Gold", "members": {"emails": ["ceo@example.com"], "domains": ["partner.example.org"]},
       "grants": [{"eventType": "meeting", "reservedShare": 100, "releaseHours": 0,
                   "minNoticeMinutes": 60, "frequencyLimit": "none"}]}
      """;

  private static final String DAY = "startDate=2026-12-02&endDate=2026-12-02&duration=30";

  private final TestServer server = TestServer.withAdmin();

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void aTierIsCreated_readBack_listed_andReplacedByVersion() {
    Answer created = put(server, "/api/admin/vip-tiers/gold", GOLD);
    assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
    JsonNode tier = server.get("/api/admin/vip-tiers/gold", ADMIN).data();
    assertThat(tier.path("version").asLong()).isEqualTo(1);
    assertThat(tier.path("members").path("domains").get(0).asText())
        .isEqualTo("partner.example.org");
    JsonNode grant = tier.path("grants").get(0);
    assertThat(grant.path("reservedShare").asInt()).isEqualTo(100);
    assertThat(grant.path("frequencyLimit").asText()).isEqualTo("none");
    assertThat(server.get("/api/admin/vip-tiers", ADMIN).data()).hasSize(1);
    assertThat(put(server, "/api/admin/vip-tiers/gold", GOLD).errorCode())
        .isEqualTo("VERSION_CONFLICT");
    String replaced = GOLD.replace("\"name\": \"Gold\"", "\"name\": \"Gold+\", \"version\": 1");
    assertThat(put(server, "/api/admin/vip-tiers/gold", replaced).status()).isEqualTo(200);
    assertThat(server.get("/api/admin/vip-tiers/nope", ADMIN).status()).isEqualTo(404);
  }

  @Test
  void tierChanges_areListedInTheAudit_withBothShapes() {
    put(server, "/api/admin/vip-tiers/gold", GOLD);
    String replaced = GOLD.replace("\"name\": \"Gold\"", "\"name\": \"Gold+\", \"version\": 1");
    put(server, "/api/admin/vip-tiers/gold", replaced);

    Answer audit = server.get("/api/admin/audit?kind=vip-tier", ADMIN);
    assertThat(audit.status()).as(audit.raw().body()).isEqualTo(200);
    assertThat(audit.data()).hasSize(2);
    JsonNode change = audit.data().get(0);
    assertThat(change.path("kind").asText()).isEqualTo("vip-tier");
    assertThat(change.path("before").path("name").asText()).isEqualTo("Gold");
    assertThat(change.path("after").path("name").asText()).isEqualTo("Gold+");
    assertThat(server.get("/api/admin/audit", ADMIN).status()).isEqualTo(200);
  }

  @Test
  void badFields_areAllNamedAtOnce() {
    Answer answer =
        put(
            server,
            "/api/admin/vip-tiers/gold",
            """
            {"name": "", "members": {"emails": ["not-an-address"]},
             "grants": [{"reservedShare": 150, "releaseHours": -1,
                         "frequencyLimit": {"max": 0, "windowDays": 7}}]}
            """);
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.json().path("error").path("details").path("fields").fieldNames())
        .toIterable()
        .contains(
            "name",
            "members.emails[0]",
            "grants[0].reservedShare",
            "grants[0].releaseHours",
            "grants[0].frequencyLimit.max");
    Answer unknownType =
        put(
            server,
            "/api/admin/vip-tiers/gold",
            "{\"name\": \"Gold\", \"grants\": [{\"eventType\": \"nope\", \"reservedShare\": 10}]}");
    assertThat(
            unknownType
                .json()
                .path("error")
                .path("details")
                .path("fields")
                .has("grants[0].eventType"))
        .isTrue();
  }

  @Test
  void aLinkWithoutItsTierOrExpiry_isRefusedNamingBoth_notAServerError() {
    put(server, "/api/admin/vip-tiers/gold", GOLD);
    for (String body :
        new String[] {"{}", "{\"email\": \"ceo@example.com\"}", "{\"tierId\": \"\", \"x\": 1}"}) {
      Answer answer = server.post("/api/admin/vip-links", body, ADMIN);
      assertThat(answer.status()).as(body).isEqualTo(400);
      assertThat(answer.json().path("error").path("code").asText()).isEqualTo("VALIDATION_ERROR");
      assertThat(answer.json().path("error").path("details").path("fields").fieldNames())
          .toIterable()
          .as(body)
          .contains("expiresAt");
    }
    Answer noTier =
        server.post("/api/admin/vip-links", "{\"expiresAt\": \"2026-12-31T00:00:00Z\"}", ADMIN);
    assertThat(noTier.status()).isEqualTo(400);
    assertThat(noTier.json().path("error").path("details").path("fields").has("tierId")).isTrue();
    Answer wrongTypes =
        server.post("/api/admin/vip-links", "{\"tierId\": 7, \"expiresAt\": true}", ADMIN);
    assertThat(wrongTypes.status()).isEqualTo(400);
    assertThat(wrongTypes.json().path("error").path("details").path("fields").fieldNames())
        .toIterable()
        .containsExactlyInAnyOrder("tierId", "expiresAt");
    Answer unknownTier =
        server.post(
            "/api/admin/vip-links",
            "{\"tierId\": \"nope\", \"expiresAt\": \"2026-12-31T00:00:00Z\"}",
            ADMIN);
    assertThat(unknownTier.status()).isEqualTo(404);
  }

  @Test
  void aLink_opensTheHeldBackSlots_andABookingWithItRecordsTheTier() {
    put(server, "/api/admin/vip-tiers/gold", GOLD);
    Answer link =
        server.post(
            "/api/admin/vip-links",
            "{\"tierId\": \"gold\", \"expiresAt\": \"2026-12-31T00:00:00Z\"}",
            ADMIN);
    assertThat(link.status()).as(link.raw().body()).isEqualTo(201);
    String token = link.data().path("token").asText();
    assertThat(link.data().path("url").asText())
        .startsWith("http://localhost:8080/book/meeting?vipToken=");
    String encoded = URLEncoder.encode(token, StandardCharsets.UTF_8);

    assertThat(server.get("/api/bookings/available-slots?" + DAY).data().path("slots")).isEmpty();
    JsonNode vipSlots =
        server.get("/api/bookings/available-slots?" + DAY + "&vipToken=" + encoded).data();
    assertThat(vipSlots.path("slots")).isNotEmpty();
    assertThat(
            server
                .get("/api/bookings/available-slots?" + DAY + "&vipToken=x" + encoded)
                .data()
                .path("slots"))
        .isEmpty();

    Answer refused = server.post("/api/bookings", bookingJson("eve@example.com", SLOT, 30));
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.json().path("error").path("details").path("reason").asText())
        .isEqualTo("RESERVED");
    Answer tampered =
        server.post(
            "/api/bookings", withToken(bookingJson("eve@example.com", SLOT, 30), "x" + token));
    assertThat(tampered.status()).isEqualTo(400);
    assertThat(tampered.json().path("error").path("details").path("fields").has("vipToken"))
        .isTrue();
    Answer booked =
        server.post("/api/bookings", withToken(bookingJson("eve@example.com", SLOT, 30), token));
    assertThat(booked.status()).as(booked.raw().body()).isEqualTo(201);
    assertThat(booked.data().path("booking").path("vipTier").asText()).isEqualTo("gold");
  }

  @Test
  void aCrmThatCannotAnswer_leavesTheOrdinaryRules_andSaysSoInTheWarnings() {
    put(
        server,
        "/api/admin/vip-tiers/customers",
        """
        {"name": "Customers",
         "members": {"crmProperty": {"property": "lifecyclestage", "value": "customer"}},
         "grants": [{"reservedShare": 0}]}
        """);
    server.crm.failures().failWith(() -> IntegrationException.crm("HubSpot is down", null));
    Answer booked = server.post("/api/bookings", bookingJson("buyer@example.com", SLOT, 30));
    assertThat(booked.status()).as(booked.raw().body()).isEqualTo(201);
    assertThat(booked.data().path("warnings").toString()).contains("CRM_UNAVAILABLE");
    assertThat(booked.data().path("booking").has("vipTier")).isFalse();
  }

  @Test
  void theVipRoutes_needTheAdminKey() {
    assertThat(server.get("/api/admin/vip-tiers").status()).isEqualTo(401);
    assertThat(
            server
                .post(
                    "/api/admin/vip-links",
                    "{\"tierId\": \"gold\", \"expiresAt\": \"2026-12-31T00:00:00Z\"}")
                .status())
        .isEqualTo(401);
  }

  private static String withToken(String bookingJson, String token) {
    return bookingJson.substring(0, bookingJson.length() - 1) + ",\"vipToken\":\"" + token + "\"}";
  }
}
