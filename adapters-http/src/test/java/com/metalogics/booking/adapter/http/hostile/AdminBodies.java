package com.metalogics.booking.adapter.http.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Every admin write of a running service, with each field of a valid body (and each field one level
 * down) replaced by hostile values or left out: every answer must be a success or a refusal in the
 * error envelope, never a server error. The valid bodies come from the service's own answers, so
 * fields added later are covered too. Published in the test-jar, so the app runs it against
 * PostgreSQL, which refuses a NUL byte that H2 and the in-memory adapters store.
 */
public final class AdminBodies {

  /** The VIP tier the runs create and mutate; its one grant is on the default type. */
  static final String GOLD =
      """
      {"name": "Gold", "members": {"emails": ["ceo@example.com"]},
       "grants": [{"eventType": "meeting", "reservedShare": 10, "releaseHours": 0}]}
      """;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private static final List<JsonNode> HOSTILE =
      List.of(
          NODES.nullNode(),
          NODES.textNode(""),
          NODES.textNode(" "),
          NODES.textNode("a\u0000b"),
          NODES.textNode("x".repeat(5_000)),
          NODES.textNode("2026-13-45"),
          NODES.textNode("25:99"),
          NODES.textNode("../../etc"),
          NODES.numberNode(-1),
          NODES.numberNode(0),
          NODES.numberNode(1L << 31),
          NODES.numberNode(BigInteger.ONE.shiftLeft(64)),
          NODES.numberNode(1.5),
          NODES.numberNode(1e308),
          NODES.booleanNode(true),
          NODES.arrayNode(),
          NODES.arrayNode().add("a"),
          NODES.objectNode(),
          NODES.objectNode().put("a", 1));

  private final String base;
  private final String bearer;
  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final List<String> problems = new ArrayList<>();
  private int sent;

  /** What a run found: one line per answer that broke the rule, and how many requests it sent. */
  public record Report(List<String> problems, int sent) {}

  public AdminBodies(int port, String adminKey) {
    this.base = "http://127.0.0.1:" + port;
    this.bearer = "Bearer " + adminKey;
  }

  /**
   * Creates a VIP tier and a webhook subscription to have bodies of every kind, then sends the
   * mutations of each admin write. {@code webhookUrl} must be one the service accepts (https in
   * production).
   */
  public Report run(String webhookUrl) {
    expectCreated(call("PUT", "/api/admin/vip-tiers/gold", GOLD));
    HttpResponse<String> webhook =
        call(
            "POST",
            "/api/admin/webhooks",
            "{\"url\": \"" + webhookUrl + "\", \"events\": [\"booking.created\"]}");
    expectCreated(webhook);
    ObjectNode subscription = (ObjectNode) read(webhook.body()).path("data");
    String webhookId = subscription.path("id").asText();
    subscription.remove("secret");

    catalogWrites("/api/admin/event-types/", "meeting", "slug");
    catalogWrites("/api/admin/hosts/", "owner", "id");
    catalogWrites("/api/admin/schedules/", "default", "id");
    catalogWrites("/api/admin/vip-tiers/", "gold", "id");
    mutations(subscription, body -> send("POST", "/api/admin/webhooks", body));
    mutations(subscription, body -> send("PUT", "/api/admin/webhooks/" + webhookId, body));
    mutations(
        (ObjectNode) read("{\"tierId\": \"gold\", \"expiresAt\": \"2026-12-31T00:00:00Z\"}"),
        body -> send("POST", "/api/admin/vip-links", body));
    mutations(
        (ObjectNode) read("{\"maxBookings\": 3}"),
        body -> send("PUT", "/api/admin/limits/someone@example.com", body));
    return new Report(List.copyOf(problems), sent);
  }

  /** Creates under new keys (without a version) and replaces the stored one (with its version). */
  private void catalogWrites(String collection, String key, String keyField) {
    ObjectNode stored = (ObjectNode) read(call("GET", collection + key, null).body()).path("data");
    ObjectNode fresh = stored.deepCopy();
    fresh.remove("version");
    int[] next = {0};
    mutations(
        fresh,
        body -> {
          String newKey = "fuzz-" + next[0]++;
          if (body.path(keyField).asText().equals(key)) {
            body.put(keyField, newKey);
          }
          send("PUT", collection + newKey, body);
        });
    mutations(
        stored,
        body -> {
          JsonNode now = read(call("GET", collection + key, null).body()).path("data");
          body.set("version", now.path("version"));
          send("PUT", collection + key, body);
        });
  }

  /** Each field replaced by each hostile value or removed; the same one level down. */
  private static void mutations(ObjectNode valid, Consumer<ObjectNode> send) {
    List<String> fields = new ArrayList<>();
    valid.fieldNames().forEachRemaining(fields::add);
    for (String field : fields) {
      for (JsonNode value : HOSTILE) {
        ObjectNode body = valid.deepCopy();
        body.set(field, value);
        send.accept(body);
      }
      ObjectNode without = valid.deepCopy();
      without.remove(field);
      send.accept(without);
      nested(valid, field, send);
    }
  }

  /** Inside an object field, or the first object of an array field; an array of each value. */
  private static void nested(ObjectNode valid, String field, Consumer<ObjectNode> send) {
    JsonNode inner = valid.get(field);
    if (inner instanceof ArrayNode) {
      for (JsonNode value : HOSTILE) {
        ObjectNode body = valid.deepCopy();
        body.set(field, NODES.arrayNode().add(value));
        send.accept(body);
      }
    }
    boolean inArray = inner instanceof ArrayNode array && array.path(0).isObject();
    JsonNode target = inArray ? inner.get(0) : inner;
    if (!(target instanceof ObjectNode object)) {
      return;
    }
    List<String> keys = new ArrayList<>();
    object.fieldNames().forEachRemaining(keys::add);
    for (String key : keys) {
      for (JsonNode value : HOSTILE) {
        ObjectNode body = valid.deepCopy();
        JsonNode place = inArray ? body.get(field).get(0) : body.get(field);
        ((ObjectNode) place).set(key, value);
        send.accept(body);
      }
    }
  }

  private void send(String method, String path, ObjectNode body) {
    sent++;
    HttpResponse<String> answer = call(method, path, body.toString());
    String problem = problemWith(answer);
    if (problem != null) {
      String text = body.toString();
      problems.add(
          method
              + " "
              + path
              + " "
              + (text.length() > 300 ? text.substring(0, 300) + "..." : text)
              + ": "
              + problem);
    }
  }

  private static String problemWith(HttpResponse<String> answer) {
    if (answer.statusCode() >= 500) {
      return answer.statusCode() + " " + answer.body();
    }
    if (answer.statusCode() < 400) {
      return null;
    }
    JsonNode json;
    try {
      json = JSON.readTree(answer.body());
    } catch (IOException e) {
      return answer.statusCode() + " not JSON: " + answer.body();
    }
    boolean envelope =
        !json.path("success").asBoolean(true)
            && !json.path("error").path("code").asText().isEmpty()
            && !json.path("error").path("requestId").asText().isEmpty();
    return envelope ? null : answer.statusCode() + " outside the error envelope: " + answer.body();
  }

  private HttpResponse<String> call(String method, String path, String json) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", bearer);
    if (json == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(json));
    }
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(method + " " + path, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private static void expectCreated(HttpResponse<String> answer) {
    if (answer.statusCode() != 201) {
      throw new IllegalStateException(
          "set-up refused: " + answer.statusCode() + " " + answer.body());
    }
  }

  private static JsonNode read(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException("not JSON: " + json, e);
    }
  }
}
