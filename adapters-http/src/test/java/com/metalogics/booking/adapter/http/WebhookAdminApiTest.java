package com.metalogics.booking.adapter.http;

import static com.metalogics.booking.adapter.http.CatalogAdminApiTest.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.metalogics.booking.adapter.http.TestServer.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Webhook subscriptions through the real server with the admin key. */
class WebhookAdminApiTest {

  private static final String HOOK =
      """
      {"url": "https://hooks.example.org/booking", "events": ["booking.created", "booking.cancelled"]}
      """;

  private final TestServer server = TestServer.withAdmin();

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void create_showsTheGeneratedSecretOnce_andNeverAgain() {
    Answer created = server.post("/api/admin/webhooks", HOOK, ADMIN);

    assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
    JsonNode hook = created.data();
    assertThat(hook.path("secret").asText()).startsWith("whsec_");
    assertThat(hook.path("version").asLong()).isEqualTo(1);
    assertThat(hook.path("active").asBoolean()).isTrue();
    assertThat(hook.path("paused").asBoolean()).isFalse();
    assertThat(hook.path("events"))
        .extracting(JsonNode::asText)
        .containsExactly("booking.created", "booking.cancelled");
    String id = hook.path("id").asText();
    JsonNode read = server.get("/api/admin/webhooks/" + id, ADMIN).data();
    assertThat(read.has("secret")).isFalse();
    assertThat(read.path("url").asText()).isEqualTo("https://hooks.example.org/booking");
    JsonNode listed = server.get("/api/admin/webhooks", ADMIN).data();
    assertThat(listed).hasSize(1);
    assertThat(listed.get(0).has("secret")).isFalse();
  }

  @Test
  void put_replacesWithTheStoredVersion_andAStaleOneIsAConflict() {
    String id = server.post("/api/admin/webhooks", HOOK, ADMIN).data().path("id").asText();
    String v1 =
        """
        {"url": "https://hooks.example.org/v2", "events": ["booking.rescheduled"],
         "active": false, "version": 1}
        """;

    Answer replaced = put("/api/admin/webhooks/" + id, v1);
    Answer stale = put("/api/admin/webhooks/" + id, v1);
    Answer withoutVersion = put("/api/admin/webhooks/" + id, HOOK);

    assertThat(replaced.status()).as(replaced.raw().body()).isEqualTo(200);
    assertThat(replaced.data().path("version").asLong()).isEqualTo(2);
    assertThat(replaced.data().path("active").asBoolean()).isFalse();
    assertThat(replaced.data().has("secret")).isFalse();
    assertThat(stale.status()).isEqualTo(409);
    assertThat(stale.errorCode()).isEqualTo("VERSION_CONFLICT");
    assertThat(withoutVersion.status()).isEqualTo(400);
    assertThat(withoutVersion.json().path("error").path("details").path("fields").has("version"))
        .isTrue();
  }

  @Test
  void invalidFields_areAllNamed_andNothingIsStored() {
    Answer bad =
        server.post(
            "/api/admin/webhooks",
            """
            {"url": "http://hooks.example.org/x", "events": ["booking.created", 7, "booking.oops"],
             "secret": "short", "active": "yes"}
            """,
            ADMIN);

    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.errorCode()).isEqualTo("VALIDATION_ERROR");
    assertThat(bad.json().path("error").path("details").path("fields").fieldNames())
        .toIterable()
        .contains("events[1]", "active");
    assertThat(server.get("/api/admin/webhooks", ADMIN).data()).isEmpty();
    Answer semantic =
        server.post(
            "/api/admin/webhooks",
            """
            {"url": "http://hooks.example.org/x", "events": ["booking.oops"], "secret": "short"}
            """,
            ADMIN);
    assertThat(semantic.json().path("error").path("details").path("fields").fieldNames())
        .toIterable()
        .containsExactlyInAnyOrder("url", "events[0]", "secret");
  }

  @Test
  void delete_removesIt_andUnknownIdsAreNotFound() {
    String id = server.post("/api/admin/webhooks", HOOK, ADMIN).data().path("id").asText();

    Answer deleted = server.method("DELETE", "/api/admin/webhooks/" + id, null, null, ADMIN);

    assertThat(deleted.status()).isEqualTo(200);
    assertThat(deleted.data().path("deleted").asBoolean()).isTrue();
    assertThat(server.get("/api/admin/webhooks/" + id, ADMIN).status()).isEqualTo(404);
    assertThat(server.method("DELETE", "/api/admin/webhooks/" + id, null, null, ADMIN).status())
        .isEqualTo(404);
    assertThat(server.get("/api/admin/webhooks/not-a-uuid", ADMIN).errorCode())
        .isEqualTo("NOT_FOUND");
  }

  @Test
  void withoutTheAdminKey_nothingIsShown() {
    server.post("/api/admin/webhooks", HOOK, ADMIN);

    assertThat(server.get("/api/admin/webhooks").status()).isEqualTo(401);
    assertThat(server.post("/api/admin/webhooks", HOOK).status()).isEqualTo(401);
  }

  private Answer put(String path, String json) {
    return server.method("PUT", path, "application/json", json, ADMIN);
  }
}
