package com.metalogics.booking.adapter.hubspot.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.metalogics.booking.adapter.hubspot.internal.HubSpotCallException.Kind;
import com.metalogics.booking.core.domain.EmailAddress;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The few HubSpot CRM v3 calls the adapter makes, over {@link HttpClient}: JSON in, JSON out, every
 * failure a classified {@link HubSpotCallException}. One call, no retries: policies wrap it.
 */
public final class HubSpotClient {

  private static final Logger LOG = LoggerFactory.getLogger(HubSpotClient.class);
  private static final Pattern EMAIL = Pattern.compile("[^\\s\"'<>@]+@[^\\s\"'<>@]+\\.[a-zA-Z]+");

  private final HttpClient http;
  private final ObjectMapper json;
  private final String baseUrl;
  private final String authorization;
  private final Duration callTimeout;

  public HubSpotClient(HttpClient http, ObjectMapper json, URI baseUrl, String token, Duration t) {
    this.http = http;
    this.json = json;
    String base = baseUrl.toString();
    this.baseUrl = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    this.authorization = "Bearer " + token;
    this.callTimeout = t;
  }

  public JsonNode get(String path) {
    return send("GET", path, HttpRequest.BodyPublishers.noBody());
  }

  public JsonNode post(String path, JsonNode body) {
    return send("POST", path, publisher(body));
  }

  public JsonNode patch(String path, JsonNode body) {
    return send("PATCH", path, publisher(body));
  }

  public ObjectMapper json() {
    return json;
  }

  private JsonNode send(String method, String path, HttpRequest.BodyPublisher body) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .timeout(callTimeout)
            .header("Authorization", authorization)
            .header("Accept", "application/json")
            .header("Content-Type", "application/json")
            .method(method, body)
            .build();
    long started = System.nanoTime();
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      LOG.debug("HubSpot {} {} failed: {}", method, path, e.toString());
      throw new HubSpotCallException(
          Kind.TRANSIENT, 0, Optional.empty(), method + " " + path + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new HubSpotCallException(
          Kind.REJECTED, 0, Optional.empty(), method + " " + path + " interrupted", e);
    }
    LOG.debug(
        "HubSpot {} {} -> {} in {} ms",
        method,
        path,
        response.statusCode(),
        Duration.ofNanos(System.nanoTime() - started).toMillis());
    if (response.statusCode() / 100 == 2) {
      return parse(response.body());
    }
    throw failure(method + " " + path, response);
  }

  private HubSpotCallException failure(String call, HttpResponse<String> response) {
    int status = response.statusCode();
    JsonNode body = parse(response.body());
    String detail =
        call
            + " answered "
            + status
            + " "
            + body.path("category").asText(body.path("errorType").asText(""))
            + ": "
            + maskEmails(body.path("message").asText(""))
            + " (correlationId "
            + body.path("correlationId").asText("-")
            + ")";
    if (status == 429) {
      return rateLimited(status, response, body, detail);
    }
    Kind kind =
        switch (status) {
          case 401, 403 -> Kind.AUTH;
          case 404 -> Kind.NOT_FOUND;
          case 409 -> Kind.CONFLICT;
          default -> status >= 500 ? Kind.TRANSIENT : Kind.REJECTED;
        };
    return new HubSpotCallException(kind, status, Optional.empty(), detail, null);
  }

  private static HubSpotCallException rateLimited(
      int status, HttpResponse<String> response, JsonNode body, String detail) {
    String policy = body.path("policyName").asText("");
    if (policy.startsWith("DAILY")) {
      // The daily quota is gone: waiting seconds will not bring it back.
      return new HubSpotCallException(Kind.REJECTED, status, Optional.empty(), detail, null);
    }
    Optional<Duration> wait =
        response
            .headers()
            .firstValue("Retry-After")
            .flatMap(HubSpotClient::seconds)
            .or(
                () ->
                    response
                        .headers()
                        .firstValue("X-HubSpot-RateLimit-Interval-Milliseconds")
                        .flatMap(HubSpotClient::millis))
            .or(() -> waitOfPolicy(policy));
    return new HubSpotCallException(Kind.RATE_LIMITED, status, wait, detail, null);
  }

  private static Optional<Duration> waitOfPolicy(String policy) {
    return switch (policy) {
      case "SECONDLY" -> Optional.of(Duration.ofSeconds(1));
      case "TEN_SECONDLY_ROLLING" -> Optional.of(Duration.ofSeconds(10));
      default -> Optional.empty();
    };
  }

  private static Optional<Duration> seconds(String value) {
    return number(value).map(Duration::ofSeconds);
  }

  private static Optional<Duration> millis(String value) {
    return number(value).map(Duration::ofMillis);
  }

  private static Optional<Long> number(String value) {
    try {
      long parsed = Long.parseLong(value.trim());
      return parsed >= 0 ? Optional.of(parsed) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private JsonNode parse(String body) {
    if (body == null || body.isBlank()) {
      return MissingNode.getInstance();
    }
    try {
      return json.readTree(body);
    } catch (JsonProcessingException e) {
      return MissingNode.getInstance();
    }
  }

  private HttpRequest.BodyPublisher publisher(JsonNode body) {
    try {
      return HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise a HubSpot request", e);
    }
  }

  /** HubSpot echoes invalid values in its messages: keep addresses out of logs and errors. */
  static String maskEmails(String message) {
    Matcher matcher = EMAIL.matcher(message);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      matcher.appendReplacement(out, Matcher.quoteReplacement(EmailAddress.mask(matcher.group())));
    }
    matcher.appendTail(out);
    return out.toString();
  }
}
